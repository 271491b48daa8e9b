import { localeStrings } from '../locale/locale-strings.js';
import type { Program } from '../program/program.js';
import type { ProgramProgress } from '../report/compute-program-progress.js';
import { percentDone, toLocalDate } from '../report/progress-figures.js';
import type { BoardFieldKey } from './board-fields.js';

/** A field's value: an option name (single select), a date `YYYY-MM-DD`, a text or a number. */
export type BoardValue = string | number;

/** What one issue's item should show; a managed key without a value is an empty field. */
export interface DesiredBoardItem {
  readonly issueNumber: number;
  readonly managed: readonly BoardFieldKey[];
  readonly values: Readonly<Partial<Record<BoardFieldKey, BoardValue>>>;
}

const ALL_FIELDS: readonly BoardFieldKey[] = [
  'status',
  'nextSession',
  'sessions',
  'progress',
  'lastActivity',
];

/**
 * Every tandem issue's values, from the figures the report shows. `formerIssues` are the program's
 * issues no tandem has any more (a tandem removed and its issue closed): their items show *closed*
 * and keep their other values, as the last state of that tandem.
 */
export function desiredBoardItems(
  program: Pick<Program, 'language' | 'timezone'>,
  progress: ProgramProgress,
  formerIssues: readonly number[],
): DesiredBoardItem[] {
  const strings = localeStrings(program.language);
  const status = strings.report.status;
  const items: DesiredBoardItem[] = [];
  for (const tandem of progress.tandems) {
    if (tandem.issueNumber === undefined) continue;
    const lastActivity = toLocalDate(tandem.lastActivity, program.timezone);
    items.push({
      issueNumber: tandem.issueNumber,
      managed: ALL_FIELDS,
      values: {
        status: status[tandem.status],
        ...(tandem.nextSession !== undefined &&
          tandem.status !== 'closed' && { nextSession: tandem.nextSession }),
        sessions: strings.boardSessions(tandem.sessionsCompleted, tandem.sessionsTotal),
        progress: percentDone(tandem.itemsDone, tandem.itemsTotal),
        ...(lastActivity !== undefined && { lastActivity }),
      },
    });
  }
  for (const issueNumber of formerIssues) {
    items.push({ issueNumber, managed: ['status'], values: { status: status.closed } });
  }
  return items;
}

import { localeStrings } from '../locale/locale-strings.js';
import type { Language } from '../program/program.js';
import { TANDEM_STATUSES } from '../report/tandem-status.js';

/** The board fields Tandem keeps, by the key the code uses. */
export type BoardFieldKey = 'status' | 'nextSession' | 'sessions' | 'progress' | 'lastActivity';

/** The data types of Projects (v2) fields that Tandem creates (GitHub's `ProjectV2FieldType` names). */
export type BoardFieldType = 'SINGLE_SELECT' | 'DATE' | 'TEXT' | 'NUMBER';

export interface BoardFieldSpec {
  readonly key: BoardFieldKey;
  /** The field's name on the board (SPEC's public names, in every language). */
  readonly name: string;
  readonly type: BoardFieldType;
  /** A single select's options, in order: the report's status words in the program's language. */
  readonly options?: readonly string[];
}

/** Five fields; the Status options are the report's own words, so board and report never disagree. */
export function boardFieldSpecs(language: Language): readonly BoardFieldSpec[] {
  const status = localeStrings(language).report.status;
  return [
    {
      key: 'status',
      name: 'Status',
      type: 'SINGLE_SELECT',
      options: TANDEM_STATUSES.map((key) => status[key]),
    },
    { key: 'nextSession', name: 'Next session', type: 'DATE' },
    { key: 'sessions', name: 'Sessions', type: 'TEXT' },
    { key: 'progress', name: 'Progress', type: 'NUMBER' },
    { key: 'lastActivity', name: 'Last activity', type: 'DATE' },
  ];
}

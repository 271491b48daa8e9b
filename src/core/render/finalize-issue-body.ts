import { lineEndAt } from '../checklist.js';
import { countOccurrences } from './count-occurrences.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { IssueTemplateData } from './issue-template-data.js';
import { itemRecordMarker } from './item-record.js';
import { TemplateContractError } from './render-errors.js';

/** The whole line around `offset`, as written (a marker must start in column 1, not in code). */
function lineAt(body: string, offset: number): string {
  return body.slice(body.lastIndexOf('\n', offset - 1) + 1, lineEndAt(body, offset));
}

interface FoundMarker {
  readonly count: number;
  readonly offset: number;
}

/** Every session marker in the body, in one pass (a long program has hundreds). */
function findSessionMarkers(body: string): Map<string, FoundMarker> {
  const found = new Map<string, FoundMarker>();
  for (const match of body.matchAll(/<!-- tandem:session ([a-z0-9-]+) -->/g)) {
    const previous = found.get(match[1]!);
    found.set(match[1]!, { count: (previous?.count ?? 0) + 1, offset: previous?.offset ?? match.index });
  }
  return found;
}

/**
 * What sync, report and remind rely on in every rendered issue: the issue marker, each session
 * marker and the notes marker, each exactly once, the session and notes markers alone on their
 * lines, every session before the notes. Checked on the text: parsing every body would double the
 * cost of a sync, and a template would have to put a marker into a fenced block to slip through.
 */
function findContractProblems(
  body: string,
  data: IssueTemplateData,
  sessions: Map<string, FoundMarker>,
): string[] {
  const problems: string[] = [];
  const issueCount = countOccurrences(body, data.markers.issue);
  if (issueCount !== 1) {
    problems.push(
      `Put {{{markers.issue}}} in the template exactly once (the output has it ${issueCount} times).`,
    );
  }
  const badSessions = data.sessions.filter((session) => {
    const found = sessions.get(session.key);
    return found?.count !== 1 || lineAt(body, found.offset) !== session.marker;
  });
  if (badSessions.length > 0) {
    problems.push(
      'Put {{{marker}}} alone on a line inside {{#each sessions}} … {{/each}}, once per session; it is missing, ' +
        `repeated or not alone on its line for ${badSessions.map((session) => `"${session.key}"`).join(', ')}.`,
    );
  }
  const notesCount = countOccurrences(body, data.markers.notes);
  const notesOffset = body.indexOf(data.markers.notes);
  if (notesCount !== 1 || lineAt(body, notesOffset) !== data.markers.notes) {
    problems.push(
      `Put {{{markers.notes}}} alone on a line after the sessions, exactly once (the output has it ${notesCount} times).`,
    );
  } else if ([...sessions.values()].some((found) => found.offset > notesOffset)) {
    problems.push('Put {{{markers.notes}}} after the sessions: everything below it belongs to the pair.');
  }
  return problems;
}

/**
 * Adds the hidden item record under each session marker (see item-record.ts): the texts of the
 * agenda items as `- [ ] {{md this}}` renders them. A custom template that renders items differently
 * only loses one nicety: an item the program drops is then kept as if the pair had written it.
 */
function addItemRecords(body: string, data: IssueTemplateData, sessions: Map<string, FoundMarker>): string {
  let result = '';
  let copied = 0;
  const placed = data.sessions
    .map((session) => ({ session, offset: sessions.get(session.key)!.offset }))
    .sort((a, b) => a.offset - b.offset);
  for (const { session, offset } of placed) {
    const lineEnd = lineEndAt(body, offset);
    result += `${body.slice(copied, lineEnd)}\n${itemRecordMarker(session.agenda.map(escapeMarkdown))}`;
    copied = lineEnd;
  }
  return result + body.slice(copied);
}

/** Checks a rendered body against the contract (throws TemplateContractError) and completes it. */
export function finalizeIssueBody(body: string, data: IssueTemplateData): string {
  const sessions = findSessionMarkers(body);
  const problems = findContractProblems(body, data, sessions);
  if (problems.length > 0) throw new TemplateContractError(problems);
  return addItemRecords(body, data, sessions);
}

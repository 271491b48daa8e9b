import { isHeadingLine, readItemLine, splitBodyLines } from '../issue-body/body-lines.js';
import { lineEndAt } from '../issue-body/checklist.js';
import { itemRecordMarker, lineRecordMarker } from '../issue-body/item-record.js';
import { findSessionMarkers } from '../issue-body/markers.js';
import { escapeMarkdown } from '../markdown/escape-markdown.js';
import { countOccurrences } from './count-occurrences.js';
import type { IssueTemplateData } from './issue-template-data.js';
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
function countSessionMarkers(body: string): Map<string, FoundMarker> {
  const found = new Map<string, FoundMarker>();
  for (const { key, offset } of findSessionMarkers(body)) {
    const previous = found.get(key);
    found.set(key, { count: (previous?.count ?? 0) + 1, offset: previous?.offset ?? offset });
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
 * Adds Tandem's hidden records (see item-record.ts): the head record under the issue marker, an item
 * record under each session marker (the texts of the agenda items as `- [ ] {{md this}}` renders
 * them, with the session's key and date), and the tail record after the last session's items. A
 * custom template that renders items differently only loses one nicety: an item the program drops
 * is then kept as if the pair had written it.
 */
function addRecords(body: string, data: IssueTemplateData): string {
  const lines = splitBodyLines(body);
  const texts = lines.map((line) => line.text);
  const issueLine = texts.findIndex((text) => text.includes(data.markers.issue));
  const notesLine = texts.indexOf(data.markers.notes);
  const byMarker = new Map(data.sessions.map((session) => [session.marker, session]));
  const sessionLines = texts.flatMap((text, index) => (byMarker.has(text) ? [index] : []));
  const firstSession = sessionLines[0] ?? notesLine;
  const headEnd =
    firstSession > 0 && isHeadingLine(texts[firstSession - 1]!) ? firstSession - 1 : firstSession;
  const lastSession = sessionLines.at(-1);
  let tailStart = lastSession === undefined ? headEnd : lastSession + 1;
  if (lastSession !== undefined) {
    // The last session's lines run to its last agenda item (a calendar line may come before them).
    const agenda = byMarker.get(texts[lastSession]!)!.agenda.length;
    for (let seen = 0; seen < agenda && tailStart < notesLine; tailStart += 1)
      if (readItemLine(texts[tailStart] ?? '')) seen += 1;
  }
  const added = new Map<number, string>();
  const eolAt = (index: number) => lines[index]?.eol || '\n';
  if (issueLine >= 0 && issueLine < headEnd)
    added.set(issueLine, lineRecordMarker('head', texts.slice(issueLine + 1, headEnd)));
  sessionLines.forEach((index, order) => {
    const session = byMarker.get(texts[index]!)!;
    const next = sessionLines[order + 1];
    const end = next === undefined ? tailStart : isHeadingLine(texts[next - 1]!) ? next - 1 : next;
    const ownLines = texts.slice(index + 1, end).filter((text) => !readItemLine(text));
    added.set(index, itemRecordMarker(session.agenda.map(escapeMarkdown), session, ownLines));
  });
  if (lastSession !== undefined && tailStart <= notesLine) {
    const tail = lineRecordMarker('tail', texts.slice(tailStart, notesLine));
    added.set(tailStart - 1, added.has(tailStart - 1) ? `${added.get(tailStart - 1)}\n${tail}` : tail);
  }
  return lines
    .map((line, index) => {
      const record = added.get(index);
      if (record === undefined) return line.text + line.eol;
      return `${line.text}${eolAt(index)}${record.replace('\n', eolAt(index))}${line.eol}`;
    })
    .join('');
}

/** Checks a rendered body against the contract (throws TemplateContractError) and completes it. */
export function finalizeIssueBody(body: string, data: IssueTemplateData): string {
  const sessions = countSessionMarkers(body);
  const problems = findContractProblems(body, data, sessions);
  if (problems.length > 0) throw new TemplateContractError(problems);
  return addRecords(body, data);
}

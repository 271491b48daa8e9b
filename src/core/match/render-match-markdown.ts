import {
  escapeInline,
  escapeTableCell,
  formatCodeSpan,
  formatLoginInert,
} from '../markdown/escape-markdown.js';
import type { MatchResult } from './pool.js';

export interface MatchDescriptionInput {
  readonly programTitle: string;
  readonly programFile: string;
  readonly poolFile: string;
  readonly result: MatchResult;
  /** Why each proposed pair, in the order of `result.tandems`. */
  readonly reasons: readonly string[];
}

/**
 * The description of a matching pull request: the proposal as a table, who is not matched and why,
 * and what merging does. Logins are inert (no one is notified by a proposal); every text from the
 * pool is escaped.
 */
export function renderMatchDescription(input: MatchDescriptionInput): string {
  const { result } = input;
  const count = result.tandems.length;
  const lines = [
    `Tandem proposes ${count} new tandem${count === 1 ? '' : 's'} for **${escapeInline(input.programTitle)}**, matched from ${formatCodeSpan(input.poolFile)} around the tandems the program already has.`,
    `Merging adds ${count === 1 ? 'it' : 'them'} to ${formatCodeSpan(input.programFile)}; the sync after the merge opens their issues. The comment below shows what that sync will do.`,
    '',
    '| Mentor | Mentee | Score | Shared topics | Reason |',
    '| --- | --- | ---: | --- | --- |',
    ...result.tandems.map(
      (tandem, index) =>
        `| ${formatLoginInert(tandem.mentor)} | ${formatLoginInert(tandem.mentee)} | ${tandem.score} | ${escapeTableCell(tandem.shared.join(', '))} | ${escapeTableCell(input.reasons[index] ?? '')} |`,
    ),
  ];
  if (result.unmatched.length > 0) {
    lines.push(
      '',
      `**Not matched** (${result.unmatched.length}):`,
      '',
      '| Person | Role | Why |',
      '| --- | --- | --- |',
      ...result.unmatched.map(
        (person) =>
          `| ${formatLoginInert(person.login)} | ${person.role} | ${escapeTableCell(person.reason)} |`,
      ),
    );
  }
  lines.push(
    '',
    'Review the pairs like code. To change a pair, edit the program file here: once a person pushes to this branch, Tandem leaves it to them. To decline the proposal, close this pull request: Tandem does not propose the same pairs again.',
  );
  return lines.join('\n');
}

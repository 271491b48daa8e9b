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
export function renderMatchDescription(input: MatchDescriptionInput, maxLength = MAX_DESCRIPTION): string {
  const { result } = input;
  const count = result.tandems.length;
  const intro = [
    `Tandem proposes ${count} new tandem${count === 1 ? '' : 's'} for **${escapeInline(input.programTitle)}**, matched from ${formatCodeSpan(input.poolFile)} around the tandems the program already has.`,
    `Merging adds ${count === 1 ? 'it' : 'them'} to ${formatCodeSpan(input.programFile)}; the sync after the merge opens their issues. The comment below shows what that sync will do.`,
  ];
  const pairs = result.tandems.map(
    (tandem, index) =>
      `| ${formatLoginInert(tandem.mentor)} | ${formatLoginInert(tandem.mentee)} | ${tandem.score} | ${escapeTableCell(tandem.shared.join(', '))} | ${escapeTableCell(input.reasons[index] ?? '')} |`,
  );
  const unmatched = result.unmatched.map(
    (person) => `| ${formatLoginInert(person.login)} | ${person.role} | ${escapeTableCell(person.reason)} |`,
  );
  const outro =
    'Review the pairs like code. To change a pair, edit the program file here: once a person pushes to this branch, Tandem leaves it to them. To decline the proposal, close this pull request: Tandem does not propose the same pairs again.';
  // A pull request's description holds at most 65,536 characters: rows that do not fit are counted.
  let budget = maxLength - [...intro, outro].join('\n').length - 400;
  const keepRows = (rows: readonly string[], tail: (left: number) => string): string[] => {
    const kept: string[] = [];
    for (const row of rows) {
      if (row.length + 1 > budget) break;
      kept.push(row);
      budget -= row.length + 1;
    }
    const left = rows.length - kept.length;
    return left === 0 ? kept : [...kept, '', tail(left)];
  };
  const lines = [
    ...intro,
    '',
    '| Mentor | Mentee | Score | Shared topics | Reason |',
    '| --- | --- | ---: | --- | --- |',
  ];
  lines.push(...keepRows(pairs, (left) => `… and ${left} more tandems: see the program file's diff.`));
  if (unmatched.length > 0) {
    lines.push(
      '',
      `**Not matched** (${unmatched.length}):`,
      '',
      '| Person | Role | Why |',
      '| --- | --- | --- |',
    );
    lines.push(
      ...keepRows(unmatched, (left) => `… and ${left} more: \`tandem match\` with the pool lists everyone.`),
    );
  }
  lines.push('', outro);
  return lines.join('\n');
}

/** Below GitHub's 65,536 characters, leaving room for the proposal's hidden marker. */
const MAX_DESCRIPTION = 65_000;

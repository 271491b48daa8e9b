import { describe, expect, it } from 'vitest';
import { renderDesiredIssues } from '../../../src/core/sync/desired-issues.js';
import { mergeIssueBody } from '../../../src/core/sync/merge-issue-body.js';
import { exampleProgram, exampleTandem } from '../render/example-program.js';

/**
 * Lines Tandem writes besides headings, items and markers (the record of title and people under the
 * issue marker, a session's add-to-calendar line) are Tandem's: never taken for the pair's text, so
 * never written twice.
 */
const program = exampleProgram();
const [issue] = renderDesiredIssues(program);
const body = issue!.body;

const lineCount = (text: string, pattern: RegExp): number =>
  text.split('\n').filter((line) => pattern.test(line)).length;

describe('Tandem’s own lines in an issue', () => {
  it('writes nothing when a freshly rendered body meets itself', () => {
    expect(mergeIssueBody(body, body)).toBe(body);
  });

  it('puts back the issue marker and keeps one record of title and people when the marker was deleted', () => {
    const withoutMarker = body
      .split('\n')
      .filter((line) => !line.startsWith('<!-- tandem:issue'))
      .join('\n');
    const merged = mergeIssueBody(body, withoutMarker);
    expect(merged).toBe(body);
    expect(lineCount(merged, /^<!-- tandem:rendered /)).toBe(1);
  });

  it('keeps the pair’s line under a session’s calendar line and writes the calendar line once when the date moves', () => {
    const calendar = body.split('\n').find((line) => line.startsWith('📅'))!;
    const withNote = body.replace(`${calendar}\n`, `${calendar}\nWe meet in room 4.\n`);
    const later = renderDesiredIssues(
      exampleProgram({ tandems: [{ ...exampleTandem, start: '2027-01-18' }] }),
    )[0]!.body;
    expect(later).not.toBe(body);
    const merged = mergeIssueBody(later, withNote);
    expect(merged).toContain('We meet in room 4.');
    expect(lineCount(merged, /^📅/)).toBe(lineCount(later, /^📅/));
    // The calendar lines are the program's new ones, with the new dates: none of the old stays.
    for (const line of later.split('\n').filter((text) => text.startsWith('📅')))
      expect(merged).toContain(line);
    expect(merged).not.toContain(calendar);
    expect(mergeIssueBody(later, merged)).toBe(merged);
  });
});

import { structuredPatch } from 'diff';
import { isCalendarLinksLine } from '../render/calendar-links.js';

// Tandem's hidden markers (issue, session, item records, notes): they change with what they mark, and
// a reviewer cannot see them on GitHub either.
const HIDDEN_LINE = /^\s*<!-- tandem:[^>]*-->\s*$/;
// `[X]` and `[x]` are the same tick: the merge writing one for the other is no change to a reader.
const UPPER_TICK = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+)\[X\]/;

function visibleLines(body: string): string {
  return (
    body
      .split(/\r?\n/)
      // A session's add-to-calendar line changes with its heading's date, which the diff shows already.
      .filter((line) => !HIDDEN_LINE.test(line) && !isCalendarLinksLine(line))
      .map((line) => line.replace(UPPER_TICK, '$1[x]'))
      .join('\n')
  );
}

/**
 * The lines a reader of the issue would see change, without context: each hunk is headed by the
 * heading it falls under (`@@ ### 3 · AI tools — Tuesday, 9 February 2027 @@`), as `git diff` heads
 * hunks with their function. Empty when nothing visible changes.
 */
export function formatBodyDiff(before: string, after: string): string {
  const old = visibleLines(before);
  const next = visibleLines(after);
  if (old === next) return '';
  const oldLines = old.split('\n');
  const patch = structuredPatch('', '', `${old}\n`, `${next}\n`, '', '', { context: 0 });
  const out: string[] = [];
  for (const hunk of patch.hunks) {
    const lines = hunk.lines.filter((line) => !line.startsWith('\\'));
    // A hunk that starts at a heading says where it is by itself.
    if (!/^[-+]#{1,6} /.test(lines[0] ?? '')) {
      const heading = headingAbove(oldLines, hunk.oldStart - 1, hunk.oldLines === 0);
      out.push(heading ? `@@ ${heading} @@` : '@@');
    }
    out.push(...lines);
  }
  return out.join('\n');
}

/** The nearest Markdown heading above a hunk (or the changed heading itself). */
function headingAbove(lines: readonly string[], index: number, isInsertion: boolean): string | undefined {
  for (let i = isInsertion ? index : index - 1; i >= 0; i -= 1) {
    if (/^#{1,6} /.test(lines[i] ?? '')) return lines[i]!.trim();
  }
  return undefined;
}

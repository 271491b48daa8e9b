import type { SourceLines } from './source-lines.js';

export interface TaskBox {
  readonly checked: boolean;
  /** Where the item's text starts. */
  readonly textOffset: number;
}

/**
 * Where the item's text begins: after the box and its blank, or, when the box ends its line, on the
 * next line after that line's quote markers and indentation.
 */
function findTextStart(lines: SourceLines, boxEnd: number): number {
  const { source } = lines;
  const boxLineEnd = lines.end(lines.lineOf(boxEnd - 1));
  let offset = boxEnd;
  while (offset < source.length && /\s/.test(source[offset]!)) offset += 1;
  if (offset > boxLineEnd) {
    offset = lines.start(lines.lineOf(offset));
    while (offset < source.length && /[ \t>]/.test(source[offset]!)) offset += 1;
  }
  return offset;
}

/** A list marker and the blanks after it, at the end of the text before a box. */
const MARKER_BEFORE = /(?:[-+*]|\d{1,9}[.)])[ \t]+$/;

/**
 * The task box at `boxOffset`, the start of a list item's first paragraph, by the rule of GitHub's
 * parser (cmark-gfm's tasklist extension): on the item's first line, right after its marker and
 * blanks, `[ ]`, `[x]` or `[X]`, then a space or a tab (trailing blanks will do). So `- [x]` at the
 * end of its line, `[x]` on the line after an empty `-`, and a tab inside the box make no box.
 */
export function readTaskBox(
  lines: SourceLines,
  paragraph: { readonly first: number; readonly end: number; readonly content: string },
  boxOffset: number,
): TaskBox | undefined {
  const { source } = lines;
  const value = source[boxOffset + 1];
  if (source[boxOffset] !== '[' || source[boxOffset + 2] !== ']') return undefined;
  if (value !== ' ' && value !== 'x' && value !== 'X') return undefined;
  const after = source[boxOffset + 3];
  if (after !== ' ' && after !== '\t') return undefined;
  if (!MARKER_BEFORE.test(source.slice(lines.start(paragraph.first), boxOffset))) return undefined;
  return { checked: value !== ' ', textOffset: findTextStart(lines, boxOffset + 3) };
}

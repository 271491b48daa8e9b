import type { SourceLines } from './source-lines.js';

export interface TaskBox {
  readonly checked: boolean;
  /** Where the item's text starts. */
  readonly textOffset: number;
}

/** Visual column of `offset` in its line, tabs to the next multiple of four as CommonMark counts. */
function columnOf(lines: SourceLines, line: number, offset: number): number {
  let column = 0;
  for (let index = lines.start(line); index < offset; index += 1)
    column += lines.source[index] === '\t' ? 4 - (column % 4) : 1;
  return column;
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

/**
 * The task box at `boxOffset`, the start of a list item's first paragraph (lines `first` to `end`,
 * `content` as markdown-it reads them), by the rules of micromark's GFM extension: `[ ]`, `[x]` or
 * `[X]` (the blank may be a tab one column wide, or a line break when the next line of the paragraph
 * starts with `]`), then a line break or blanks and more text.
 */
export function readTaskBox(
  lines: SourceLines,
  paragraph: { readonly first: number; readonly end: number; readonly content: string },
  boxOffset: number,
): TaskBox | undefined {
  const { source } = lines;
  if (source[boxOffset] !== '[') return undefined;
  const value = source[boxOffset + 1];
  let close = boxOffset + 2;
  let closeLine = paragraph.first;
  if (value === '\n' || value === '\r') {
    if (paragraph.first + 1 >= paragraph.end || paragraph.content.split('\n', 2)[1]?.[0] !== ']')
      return undefined;
    closeLine = paragraph.first + 1;
    // Only container markers and blanks, never a `]`, precede the paragraph's text on its line.
    close = source.indexOf(']', lines.start(closeLine));
  } else if (value === '\t') {
    // A wider tab is read as a tab and spaces, and a space is no `]`.
    if (columnOf(lines, paragraph.first, boxOffset + 1) % 4 !== 3) return undefined;
  } else if (value !== ' ' && value !== 'x' && value !== 'X') return undefined;
  if (source[close] !== ']') return undefined;

  const rest = source.slice(close + 1, lines.end(closeLine));
  const isLastLine = closeLine === paragraph.end - 1;
  // Trailing blanks are no part of the paragraph: on its last line, text must follow them.
  const isFollowed = rest === '' ? !isLastLine : /^[ \t]/.test(rest) && (!isLastLine || /[^ \t]/.test(rest));
  if (!isFollowed) return undefined;
  return { checked: value === 'x' || value === 'X', textOffset: findTextStart(lines, close + 1) };
}

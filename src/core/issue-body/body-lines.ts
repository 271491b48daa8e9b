/** One line of an issue body and the line break that ends it (`''` for a last line without one). */
export interface BodyLine {
  readonly text: string;
  readonly eol: string;
}

/** The lines of a body, each with its own line break, so that joining them gives the body back. */
export function splitBodyLines(body: string): BodyLine[] {
  const lines: BodyLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(body); match; match = breaks.exec(body)) {
    lines.push({ text: body.slice(start, match.index), eol: match[0] });
    start = match.index + match[0].length;
  }
  if (start < body.length) lines.push({ text: body.slice(start), eol: '' });
  return lines;
}

export const joinBodyLines = (lines: readonly BodyLine[]): string =>
  lines.map((line) => line.text + line.eol).join('');

export const isBlank = (line: BodyLine): boolean => line.text.trim() === '';

/** `- [ ] text`, `* [x] text`, `1. [X] text` at the start of a line: how Tandem writes an item. */
const ITEM_LINE = /^((?:[-*+]|\d{1,9}[.)]) \[)([ xX])(\] ?)(.*)$/;

export interface ItemLine {
  readonly prefix: string;
  readonly box: string;
  readonly close: string;
  readonly text: string;
}

export function readItemLine(text: string): ItemLine | undefined {
  const match = ITEM_LINE.exec(text);
  if (!match) return undefined;
  return { prefix: match[1]!, box: match[2]!, close: match[3]!, text: match[4]!.trim() };
}

export const isHeadingLine = (text: string): boolean => /^ {0,3}#{1,6}(?:[ \t]|$)/.test(text);

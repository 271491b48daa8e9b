const isLineBreak = (char: string | undefined): boolean => char === '\n' || char === '\r';

/** Offset of the line break (or of the end of the source) at or after `offset`. */
export function lineEndAt(source: string, offset: number): number {
  let end = offset;
  while (end < source.length && !isLineBreak(source[end])) end += 1;
  return end;
}

/** Offsets where lines start: `\r\n`, `\r` and `\n` end lines, as in CommonMark. */
function findLineStarts(source: string): number[] {
  const starts = [0];
  if (!source.includes('\r')) {
    for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1))
      starts.push(index + 1);
    return starts;
  }
  for (let index = 0; index < source.length; index += 1) {
    const code = source.charCodeAt(index);
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
  }
  return starts;
}

/** Index of the last start at or before `offset`. */
function locate(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A function from an offset to its 1-based line (`\r\n`, `\r` and `\n` end lines, as in CommonMark). */
export function createLineLocator(source: string): (offset: number) => number {
  const starts = findLineStarts(source);
  return (offset) => locate(starts, offset) + 1;
}

/** The lines of a Markdown source by 0-based index, as the `map` of markdown-it's tokens counts them. */
export interface SourceLines {
  readonly source: string;
  /** How many lines markdown-it sees: a line break at the very end starts no further line. */
  readonly count: number;
  start(line: number): number;
  /** Offset of the line's line break, or of the end of the source. */
  end(line: number): number;
  text(line: number): string;
  /** 0-based line of an offset. */
  lineOf(offset: number): number;
}

export function createSourceLines(source: string): SourceLines {
  const starts = findLineStarts(source);
  const start = (line: number): number => starts[line] ?? source.length;
  const end = (line: number): number => {
    const next = starts[line + 1];
    if (next === undefined) return source.length;
    return source[next - 1] === '\n' && source[next - 2] === '\r' ? next - 2 : next - 1;
  };
  return {
    source,
    count: source === '' ? 0 : starts.length - (isLineBreak(source.at(-1)) ? 1 : 0),
    start,
    end,
    text: (line) => source.slice(start(line), end(line)),
    lineOf: (offset) => locate(starts, offset),
  };
}

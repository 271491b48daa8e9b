import type Token from 'markdown-it/lib/token.mjs';
import type { ScannedMarker } from '../checklist.js';
import { readItemRecord } from '../item-record.js';
import { NOTES_MARKER, readFormerSessionMarker, readSessionMarker } from '../markers.js';
import { findInlineHtml } from './parse-markdown-blocks.js';
import type { SourceLines } from './source-lines.js';

/** Every marker Tandem writes starts so; a line that does not (blanks aside) holds none. */
const MARKER_START = '<!-- tandem:';

/** The marker that the HTML starting at `offset` on `line` makes, when the line is a marker line. */
function readMarker(lines: SourceLines, line: number, offset: number): ScannedMarker | undefined {
  const { source } = lines;
  const lineStart = lines.start(line);
  const lineEnd = lines.end(line);
  const text = source.slice(lineStart, lineEnd);
  const sessionKey = readSessionMarker(text);
  if (sessionKey) return { kind: 'session', key: sessionKey, offset, lineEnd };
  const formerKey = readFormerSessionMarker(text);
  if (formerKey) return { kind: 'former', key: formerKey, offset, lineEnd };
  const hashes = readItemRecord(text);
  if (hashes) return { kind: 'record', hashes, offset, lineEnd };
  if (source.startsWith(NOTES_MARKER, offset) && text.trimStart().startsWith(NOTES_MARKER)) {
    return { kind: 'notes', offset: lineStart + text.indexOf(NOTES_MARKER), lineEnd };
  }
  if (/^<!-- tandem:issue [^\n]*-->$/.test(text.trim())) return { kind: 'issue', offset, lineEnd };
  return undefined;
}

const blanksBefore = (text: string): number => text.length - text.trimStart().length;

/** Lines that begin, blanks aside, like a marker: the only ones worth a closer look. */
function findMarkerLines(lines: SourceLines): Set<number> {
  const found = new Set<number>();
  const { source } = lines;
  for (let at = source.indexOf(MARKER_START); at >= 0; at = source.indexOf(MARKER_START, at + 1)) {
    const line = lines.lineOf(at);
    if (source.slice(lines.start(line), at).trim() === '') found.add(line);
  }
  return found;
}

/**
 * A reader of Tandem's markers from markdown-it's block tokens, in document order: HTML blocks, and
 * inline HTML in paragraphs, headings and table cells (a marker line indented as a continuation line,
 * or after a non-breaking space, is hidden HTML on GitHub too, and a marker). Never in code.
 */
export function createMarkerReader(lines: SourceLines): (token: Token, markers: ScannedMarker[]) => void {
  const markerLines = findMarkerLines(lines);
  let row: { line: number; cursor: number } | undefined;

  /** Markers in inline `content` starting on `firstLine`; `sourceOffset` maps its line starts. */
  const readInline = (
    content: string,
    firstLine: number,
    sourceOffset: (index: number, text: string) => number,
    markers: ScannedMarker[],
  ) => {
    const contentLines = content.split('\n');
    let lineStart = 0;
    let index = 0;
    for (const html of findInlineHtml(content)) {
      while (index + 1 < contentLines.length && lineStart + contentLines[index]!.length < html.start) {
        lineStart += contentLines[index]!.length + 1;
        index += 1;
      }
      if (!markerLines.has(firstLine + index)) continue;
      const offset = sourceOffset(index, contentLines[index]!) + html.start - lineStart;
      const marker = readMarker(lines, firstLine + index, offset);
      if (marker) markers.push(marker);
    }
  };

  return (token, markers) => {
    if (token.type === 'html_block' && markerLines.has(token.map![0])) {
      // The block starts after its containers' indentation, with its own (up to three spaces).
      const offset = lines.end(token.map![0]) - token.content.split('\n', 1)[0]!.length;
      const marker = readMarker(lines, token.map![0], offset);
      if (marker) markers.push(marker);
    } else if (token.type === 'tr_open') {
      row = { line: token.map![0], cursor: lines.start(token.map![0]) };
    } else if (token.type === 'inline' && token.map) {
      const [first, end] = token.map;
      let hasMarkerLine = false;
      for (let line = first; line < end && !hasMarkerLine; line += 1) hasMarkerLine = markerLines.has(line);
      if (!hasMarkerLine) return;
      // From its first non-blank character on, a line of the content is the line of the source.
      const lineOffset = (index: number, text: string) =>
        lines.start(first + index) + blanksBefore(lines.text(first + index)) - blanksBefore(text);
      readInline(token.content, first, lineOffset, markers);
    } else if (token.type === 'inline' && row && markerLines.has(row.line)) {
      // A table cell: found in its row, after the cells before it.
      const cellStart = lines.source.indexOf(token.content, row.cursor);
      if (cellStart < 0 || cellStart >= lines.end(row.line)) return;
      row.cursor = cellStart + token.content.length;
      readInline(token.content, row.line, () => cellStart, markers);
    }
  };
}

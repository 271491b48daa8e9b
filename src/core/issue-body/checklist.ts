import type Token from 'markdown-it/lib/token.mjs';
import { parseMarkdownBlocks } from './checklist/parse-markdown-blocks.js';
import { createMarkerReader } from './checklist/read-markers.js';
import { readTaskBox } from './checklist/read-task-box.js';
import { createSourceLines, type SourceLines } from './checklist/source-lines.js';

export { createLineLocator, lineEndAt } from './checklist/source-lines.js';

/** One GitHub task-list item (`- [ ] …`, `* [x] …`, `1. [X] …`, nested or quoted, never in code). */
export interface ChecklistItem {
  readonly checked: boolean;
  /** The item's first line of source after the box, trimmed (Markdown as written, not rendered). */
  readonly text: string;
  /** 1-based line of the box. */
  readonly line: number;
  /**
   * Key of the nearest preceding session marker (or former-session marker); undefined before the
   * first one and for items in the notes.
   */
  readonly sessionKey?: string;
  /** Under a former-session marker: the pair's item from a session the program no longer has. */
  readonly isFromFormerSession?: boolean;
  /** After the notes marker, in the part of the issue that belongs to the pair. */
  readonly inNotes: boolean;
}

export interface ScannedItem extends ChecklistItem {
  /** Offset of the `[` of the box. */
  readonly boxOffset: number;
  /** End offset of the outermost list item around this one: where items can be appended after it. */
  readonly blockEnd: number;
}

export type ScannedMarker =
  | { readonly kind: 'issue' | 'notes'; readonly offset: number; readonly lineEnd: number }
  | {
      readonly kind: 'session' | 'former';
      readonly key: string;
      readonly offset: number;
      readonly lineEnd: number;
    }
  | {
      readonly kind: 'record';
      readonly hashes: readonly string[];
      readonly offset: number;
      readonly lineEnd: number;
    };

export interface IssueBodyScan {
  readonly items: readonly ScannedItem[];
  /** Tandem's hidden markers on lines of their own (never in code), in document order. */
  readonly markers: readonly ScannedMarker[];
  /** Offset of the notes marker in Tandem's place (see findNotesMarker), when there is one. */
  readonly notesOffset?: number;
  /** 0-based line ranges `[first, end)` of fenced and indented code blocks. */
  readonly codeRanges: readonly (readonly [number, number])[];
}

interface RawItem {
  readonly checked: boolean;
  readonly boxOffset: number;
  readonly textOffset: number;
  blockEnd: number;
}

/** Blocks whose last line is content (a list item's own map may run on over blank lines). */
const CONTENT_BLOCKS = new Set([
  'paragraph_open',
  'heading_open',
  'fence',
  'code_block',
  'html_block',
  'hr',
  'table_open',
  'blockquote_open',
]);

/** CommonMark's HTML blocks that end at a string rather than at a blank line (kinds 1 to 5). */
const HTML_BLOCK_ENDS: readonly (readonly [start: RegExp, end: RegExp])[] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/**
 * An unclosed fence, or an HTML block still waiting for its end string, at the end of the body: it
 * takes in the blank lines after it, so a list item ending in it ends with the body.
 */
function runsToEnd(lines: SourceLines, token: Token): boolean {
  if (token.type !== 'fence' && token.type !== 'html_block') return false;
  const [first, end] = token.map!;
  for (let line = end; line < lines.count; line += 1) if (!/^[ \t]*$/.test(lines.text(line))) return false;
  if (token.type === 'fence') return end - first - 1 === token.content.split('\n').length - 1;
  const opener = token.content.trimStart();
  const endString = HTML_BLOCK_ENDS.find(([start]) => start.test(opener))?.[1];
  return (
    endString !== undefined && !endString.test(end - first === 1 ? opener.slice(2) : lines.text(end - 1))
  );
}

/** The task items and markers of `lines`, in document order; a list item's box opens its paragraph. */
function collect(lines: SourceLines): {
  items: RawItem[];
  markers: ScannedMarker[];
  codeRanges: [number, number][];
} {
  const { tokens, paragraphColumns } = parseMarkdownBlocks(lines.source);
  const readMarkers = createMarkerReader(lines);
  const items: RawItem[] = [];
  const markers: ScannedMarker[] = [];
  const codeRanges: [number, number][] = [];
  let depth = 0;
  // The outermost list item open now: its last line so far, and its task items.
  let outer = { lastLine: 0, toEnd: false, items: [] as RawItem[] };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    readMarkers(token, markers);
    if ((token.type === 'fence' || token.type === 'code_block') && token.map)
      codeRanges.push([token.map[0], token.map[1]]);
    if (token.type === 'list_item_open') {
      if (depth === 0) outer = { lastLine: token.map![0], toEnd: false, items: [] };
      else outer.lastLine = Math.max(outer.lastLine, token.map![0]);
      depth += 1;
    } else if (token.type === 'list_item_close') {
      depth -= 1;
      if (depth > 0) continue;
      const blockEnd = outer.toEnd ? lines.source.length : lines.end(outer.lastLine);
      for (const item of outer.items) item.blockEnd = blockEnd;
    } else if (depth > 0 && token.map && CONTENT_BLOCKS.has(token.type)) {
      outer.lastLine = Math.max(outer.lastLine, token.map[1] - 1);
      outer.toEnd ||= runsToEnd(lines, token);
    }
    if (token.type === 'paragraph_open' && tokens[index - 1]?.type === 'list_item_open') {
      const [first, end] = token.map!;
      const boxOffset = lines.start(first) + paragraphColumns.get(first)!;
      const content = tokens[index + 1]!.content;
      const box = readTaskBox(lines, { first, end, content }, boxOffset);
      if (box) {
        const item = { checked: box.checked, boxOffset, textOffset: box.textOffset, blockEnd: 0 };
        items.push(item);
        outer.items.push(item);
      }
    }
  }
  return { items, markers, codeRanges };
}

// A sync merges and compares the same few bodies (an unchanged issue is its own rendering). Found by
// `===`, which compares lengths first: a Map would hash every 5 kB body it is asked about.
const recentScans: [string, IssueBodyScan][] = [];
const RECENT_SCANS = 8;

/**
 * Every task-list item and hidden marker of an issue body, with offsets for editing it: the one reader
 * of checklists for sync, report and remind. Built on markdown-it's block parser (about 0.2 ms for a
 * 5 kB issue, some 40 times faster than micromark's full syntax tree);
 * tests/core/merge/checklist-reference.test.ts holds it to micromark's answers.
 */
export function scanIssueBody(markdown: string): IssueBodyScan {
  const recent = recentScans.find(([body]) => body === markdown);
  if (recent) return recent[1];
  const scan = scanUncached(markdown);
  if (recentScans.length >= RECENT_SCANS) recentScans.shift();
  recentScans.push([markdown, scan]);
  return scan;
}

function scanUncached(markdown: string): IssueBodyScan {
  const lines = createSourceLines(markdown);
  const { items: rawItems, markers, codeRanges } = collect(lines);
  const notesOffset = findNotesMarker(markers, (marker) => isInTandemsPlace(lines, marker.offset))?.offset;
  const sections = markers.filter((marker) => marker.kind === 'session' || marker.kind === 'former');
  let sectionIndex = -1;
  // Object literals of fixed shapes: spreading optional fields costs microseconds an item.
  const items = rawItems.map(({ checked, boxOffset, textOffset, blockEnd }): ScannedItem => {
    const inNotes = notesOffset !== undefined && boxOffset > notesOffset;
    while (sectionIndex + 1 < sections.length && sections[sectionIndex + 1]!.offset < boxOffset)
      sectionIndex += 1;
    const section = inNotes ? undefined : sections[sectionIndex];
    const text = markdown.slice(textOffset, lines.end(lines.lineOf(textOffset))).trim();
    const line = lines.lineOf(boxOffset) + 1;
    if (section?.kind === 'session')
      return { checked, text, line, sessionKey: section.key, inNotes, boxOffset, blockEnd };
    if (section?.kind === 'former') {
      const sessionKey = section.key;
      return { checked, text, line, sessionKey, isFromFormerSession: true, inNotes, boxOffset, blockEnd };
    }
    return { checked, text, line, inNotes, boxOffset, blockEnd };
  });
  return notesOffset === undefined
    ? { items, markers, codeRanges }
    : { items, markers, notesOffset, codeRanges };
}

/** A session marker right under a heading or right above its item record, as Tandem writes it. */
export function isInTandemsPlace(lines: SourceLines, offset: number): boolean {
  const line = lines.lineOf(offset);
  return (
    (line > 0 && /^ {0,3}#{1,6}(?:[ \t]|$)/.test(lines.text(line - 1))) ||
    (line + 1 < lines.count &&
      lines
        .text(line + 1)
        .trimStart()
        .startsWith('<!-- tandem:items'))
  );
}

/**
 * The notes marker in Tandem's place: the first one below which no session starts (in Tandem's
 * place) that was not already above it. A notes marker the pair moved above the sessions is then
 * their text, while a session marker they pasted into their notes stays part of the notes.
 */
export function findNotesMarker(
  markers: readonly ScannedMarker[],
  isSessionStart: (marker: ScannedMarker) => boolean = () => true,
): ScannedMarker | undefined {
  const seen = new Set<string>();
  const notes = markers.filter((marker) => marker.kind === 'notes');
  if (notes.length === 0) return undefined;
  const isAbove = (offset: number) => (marker: ScannedMarker) =>
    marker.kind === 'session' && marker.offset > offset && !seen.has(marker.key) && isSessionStart(marker);
  let index = 0;
  for (const candidate of notes) {
    for (; index < markers.length && markers[index]!.offset < candidate.offset; index += 1) {
      const marker = markers[index]!;
      if (marker.kind === 'session') seen.add(marker.key);
    }
    if (!markers.some(isAbove(candidate.offset))) return candidate;
  }
  return undefined;
}

const toChecklistItem = (item: ScannedItem): ChecklistItem => {
  const { checked, text, line, sessionKey, inNotes } = item;
  if (sessionKey === undefined) return { checked, text, line, inNotes };
  if (item.isFromFormerSession)
    return { checked, text, line, sessionKey, isFromFormerSession: true, inNotes };
  return { checked, text, line, sessionKey, inNotes };
};

/**
 * The task-list items of a GitHub issue body, parsed as GitHub-flavoured Markdown: items in code
 * blocks or HTML comments do not count, items in block quotes do.
 */
export function parseChecklist(markdown: string): ChecklistItem[] {
  return scanIssueBody(markdown).items.map(toChecklistItem);
}

import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { NOTES_MARKER, readFormerSessionMarker, readSessionMarker } from './markers.js';
import { readItemRecord } from './render/item-record.js';

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
  /** Offset of the first notes marker, when there is one. */
  readonly notesOffset?: number;
}

type Root = ReturnType<typeof fromMarkdown>;
type MdNode = Root | Root['children'][number];

/**
 * GitHub-flavoured Markdown's block-level constructs (tables, footnote definitions, task items) on
 * CommonMark. GFM's inline-only extensions (autolink literals, strikethrough) cannot create, hide or
 * move a list item or an HTML block, yet they double the parse time: they are left out. Built once.
 */
const PARSE_OPTIONS = {
  extensions: [gfmFootnote(), gfmTable(), gfmTaskListItem()],
  mdastExtensions: [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()],
};
const parseMarkdown = (markdown: string): Root => fromMarkdown(markdown, PARSE_OPTIONS);

const isLineBreak = (char: string | undefined): boolean => char === '\n' || char === '\r';

function lineStartAt(source: string, offset: number): number {
  let start = offset;
  while (start > 0 && !isLineBreak(source[start - 1])) start -= 1;
  return start;
}

export function lineEndAt(source: string, offset: number): number {
  let end = offset;
  while (end < source.length && !isLineBreak(source[end])) end += 1;
  return end;
}

/** A function from an offset to its 1-based line (`\r\n`, `\r` and `\n` end lines, as in CommonMark). */
export function createLineLocator(source: string): (offset: number) => number {
  const starts = [0];
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\n' || (char === '\r' && source[index + 1] !== '\n')) starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function readMarker(source: string, offset: number, value: string): ScannedMarker | undefined {
  const lineStart = lineStartAt(source, offset);
  const lineEnd = lineEndAt(source, offset);
  const line = source.slice(lineStart, lineEnd);
  const sessionKey = readSessionMarker(line);
  if (sessionKey) return { kind: 'session', key: sessionKey, offset, lineEnd };
  const formerKey = readFormerSessionMarker(line);
  if (formerKey) return { kind: 'former', key: formerKey, offset, lineEnd };
  const hashes = readItemRecord(line);
  if (hashes) return { kind: 'record', hashes, offset, lineEnd };
  if (value.startsWith(NOTES_MARKER) && line.trimStart().startsWith(NOTES_MARKER)) {
    return { kind: 'notes', offset: lineStart + line.indexOf(NOTES_MARKER), lineEnd };
  }
  if (/^<!-- tandem:issue [^\n]*-->$/.test(line.trim())) return { kind: 'issue', offset, lineEnd };
  return undefined;
}

interface RawItem {
  readonly checked: boolean;
  readonly boxOffset: number;
  readonly textOffset: number;
  readonly blockEnd: number;
}

/**
 * Where the item's text begins. The paragraph's reported start is unreliable when the text is on the
 * line after the box (in a block quote it points at the `>`), so skip the line's container prefix.
 */
function findTextStart(source: string, afterBox: number, paragraphStart: number): number {
  let offset = Math.max(afterBox, paragraphStart);
  const boxLineEnd = lineEndAt(source, afterBox);
  while (offset < source.length && /\s/.test(source[offset]!)) offset += 1;
  if (offset > boxLineEnd) {
    offset = lineStartAt(source, offset);
    while (offset < source.length && /[ \t>]/.test(source[offset]!)) offset += 1;
  }
  return offset;
}

function collect(
  source: string,
  node: MdNode,
  outerEnd: number | undefined,
  items: RawItem[],
  markers: ScannedMarker[],
) {
  if (node.type === 'html' && node.position) {
    const marker = readMarker(source, node.position.start.offset!, node.value);
    if (marker) markers.push(marker);
    return;
  }
  if (!('children' in node)) return;
  let blockEnd = outerEnd;
  if (node.type === 'listItem' && node.position) {
    blockEnd ??= node.position.end.offset!;
    const paragraph = node.children[0];
    if (typeof node.checked === 'boolean' && paragraph?.type === 'paragraph' && paragraph.position) {
      const start = paragraph.position.start.offset!;
      const boxOffset = source.lastIndexOf('[', start - 1);
      items.push({
        checked: node.checked,
        boxOffset,
        textOffset: findTextStart(source, boxOffset + 3, start),
        blockEnd,
      });
    }
  }
  for (const child of node.children) collect(source, child as MdNode, blockEnd, items, markers);
}

// A sync renders, merges and compares the same few bodies; parsing is the expensive part.
const recentScans = new Map<string, IssueBodyScan>();
const RECENT_SCANS = 8;

/** Every task-list item and hidden marker of an issue body, with offsets for editing it. */
export function scanIssueBody(markdown: string): IssueBodyScan {
  const recent = recentScans.get(markdown);
  if (recent) return recent;
  const scan = scanUncached(markdown);
  if (recentScans.size >= RECENT_SCANS) recentScans.delete(recentScans.keys().next().value!);
  recentScans.set(markdown, scan);
  return scan;
}

function scanUncached(markdown: string): IssueBodyScan {
  const rawItems: RawItem[] = [];
  const markers: ScannedMarker[] = [];
  collect(markdown, parseMarkdown(markdown), undefined, rawItems, markers);
  const notesOffset = markers.find((marker) => marker.kind === 'notes')?.offset;
  const lineOf = createLineLocator(markdown);
  const sections = markers.filter((marker) => marker.kind === 'session' || marker.kind === 'former');
  let sectionIndex = -1;
  const items = rawItems.map((raw): ScannedItem => {
    const inNotes = notesOffset !== undefined && raw.boxOffset > notesOffset;
    while (sectionIndex + 1 < sections.length && sections[sectionIndex + 1]!.offset < raw.boxOffset)
      sectionIndex += 1;
    const section = inNotes ? undefined : sections[sectionIndex];
    return {
      checked: raw.checked,
      text: markdown.slice(raw.textOffset, lineEndAt(markdown, raw.textOffset)).trim(),
      line: lineOf(raw.boxOffset),
      ...(section?.kind === 'session' && { sessionKey: section.key }),
      ...(section?.kind === 'former' && { sessionKey: section.key, isFromFormerSession: true }),
      inNotes,
      boxOffset: raw.boxOffset,
      blockEnd: raw.blockEnd,
    };
  });
  return { items, markers, ...(notesOffset !== undefined && { notesOffset }) };
}

/**
 * The task-list items of a GitHub issue body, parsed as GitHub-flavoured Markdown: items in code
 * blocks or HTML comments do not count, items in block quotes do.
 */
export function parseChecklist(markdown: string): ChecklistItem[] {
  return scanIssueBody(markdown).items.map(({ boxOffset: _box, blockEnd: _end, ...item }) => item);
}

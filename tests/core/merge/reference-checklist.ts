import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { createSourceLines } from '../../../src/core/issue-body/checklist/source-lines.js';
import {
  type ChecklistItem,
  findNotesMarker,
  type IssueBodyScan,
  isInTandemsPlace,
  type ScannedItem,
  type ScannedMarker,
} from '../../../src/core/issue-body/checklist.js';
import { readItemRecord } from '../../../src/core/issue-body/item-record.js';
import {
  NOTES_MARKER,
  readFormerSessionMarker,
  readSessionMarker,
} from '../../../src/core/issue-body/markers.js';

/**
 * The reference for src/core/issue-body/checklist.ts: the same scan, done on the syntax tree that micromark and
 * mdast build (CommonMark plus GFM's block-level extensions), as Tandem did before it moved to
 * markdown-it's block parser for speed (some 40 times faster). checklist-reference.test.ts holds the two
 * to the same answers. Only tests use these packages.
 */

type Root = ReturnType<typeof fromMarkdown>;
type MdNode = Root | Root['children'][number];

/**
 * GitHub-flavoured Markdown's block-level constructs (tables, footnote definitions) on CommonMark.
 * GFM's inline-only extensions (autolink literals, strikethrough) cannot create, hide or move a list
 * item or an HTML block, yet they double the parse time: they are left out. Task boxes are read by
 * GitHub's rule (`hasTaskBox`), not micromark's. Built once.
 */
const PARSE_OPTIONS = {
  extensions: [gfmFootnote(), gfmTable()],
  mdastExtensions: [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown()],
};
const parseMarkdown = (markdown: string): Root => fromMarkdown(markdown, PARSE_OPTIONS);

const isLineBreak = (char: string | undefined): boolean => char === '\n' || char === '\r';

function lineStartAt(source: string, offset: number): number {
  let start = offset;
  while (start > 0 && !isLineBreak(source[start - 1])) start -= 1;
  return start;
}

function lineEndAt(source: string, offset: number): number {
  let end = offset;
  while (end < source.length && !isLineBreak(source[end])) end += 1;
  return end;
}

/** 1-based line of `offset`: `\r\n`, `\r` and `\n` end lines. */
const lineOf = (source: string, offset: number): number => source.slice(0, offset).split(/\r\n|\r|\n/).length;

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

/**
 * GitHub's rule for a task box (cmark-gfm's tasklist extension): the item's paragraph starts on its
 * marker's line with `[ ]`, `[x]` or `[X]` and a space or tab. (cmark-gfm also wants nothing but
 * blanks before the marker on the line; GitHub's page does not, see checklist-differential.test.ts.)
 */
function readTaskBox(source: string, itemStart: number, paragraphStart: number): boolean | undefined {
  const line = source.slice(itemStart, lineEndAt(source, itemStart));
  const box = /^(?:[-+*]|\d{1,9}[.)])[ \t]+\[([ xX])\][ \t]/.exec(line);
  if (!box || itemStart + box[0].length - 4 !== paragraphStart) return undefined;
  return box[1] !== ' ';
}

/** The footnotes GitHub shows: the first definition of each label the text refers to. */
function findHiddenFootnotes(root: Root): Set<MdNode> {
  const referenced = new Set<string>();
  const defined = new Set<string>();
  const hidden = new Set<MdNode>();
  const visit = (node: MdNode) => {
    if (node.type === 'footnoteReference') referenced.add(node.identifier);
    if ('children' in node) for (const child of node.children) visit(child as MdNode);
  };
  visit(root);
  const visitDefinitions = (node: MdNode) => {
    if (node.type === 'footnoteDefinition') {
      if (defined.has(node.identifier) || !referenced.has(node.identifier)) hidden.add(node);
      defined.add(node.identifier);
    }
    if ('children' in node) for (const child of node.children) visitDefinitions(child as MdNode);
  };
  visitDefinitions(root);
  return hidden;
}

function collect(
  source: string,
  node: MdNode,
  outerEnd: number | undefined,
  items: RawItem[],
  markers: ScannedMarker[],
  hidden: Set<MdNode>,
) {
  if (hidden.has(node)) return;
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
    const start = paragraph?.type === 'paragraph' ? paragraph.position!.start.offset! : -1;
    const checked = start < 0 ? undefined : readTaskBox(source, node.position.start.offset!, start);
    if (checked !== undefined) {
      // Only the list marker, blanks and quote markers stand between the item's start and its box. (The
      // paragraph's start is no guide: it is the box when a code span, an emphasis or HTML follows it.)
      const boxOffset = source.indexOf('[', node.position.start.offset!);
      items.push({
        checked,
        boxOffset,
        textOffset: findTextStart(source, boxOffset + 3, start),
        blockEnd,
      });
    }
  }
  for (const child of node.children) collect(source, child as MdNode, blockEnd, items, markers, hidden);
}

/** What `scanIssueBody` answers, read from micromark's syntax tree. */
export function referenceScanIssueBody(markdown: string): IssueBodyScan {
  const rawItems: RawItem[] = [];
  const markers: ScannedMarker[] = [];
  const root = parseMarkdown(markdown);
  collect(markdown, root, undefined, rawItems, markers, findHiddenFootnotes(root));
  const lines = createSourceLines(markdown);
  const notesOffset = findNotesMarker(markers, (marker) => isInTandemsPlace(lines, marker.offset))?.offset;
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
      line: lineOf(markdown, raw.boxOffset),
      ...(section?.kind === 'session' && { sessionKey: section.key }),
      ...(section?.kind === 'former' && { sessionKey: section.key, isFromFormerSession: true }),
      inNotes,
      boxOffset: raw.boxOffset,
      blockEnd: raw.blockEnd,
    };
  });
  return { items, markers, ...(notesOffset !== undefined && { notesOffset }), codeRanges: [] };
}

/** What `parseChecklist` answers, read from micromark's syntax tree. */
export function referenceParseChecklist(markdown: string): ChecklistItem[] {
  return referenceScanIssueBody(markdown).items.map(({ boxOffset: _box, blockEnd: _end, ...item }) => item);
}

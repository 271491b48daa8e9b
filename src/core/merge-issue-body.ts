import {
  createLineLocator,
  type IssueBodyScan,
  lineEndAt,
  type ScannedItem,
  scanIssueBody,
} from './checklist.js';
import { formerSessionMarker, NOTES_MARKER } from './markers.js';
import type { Language } from './program.js';
import { inlineMarkdownToText } from './render/inline-text.js';
import { hashItemText } from './render/item-record.js';
import { localeStrings } from './render/locale-strings.js';

export interface MergeIssueBodyOptions {
  /** Language of the "Items from sessions that no longer exist" heading; default English. */
  readonly language?: Language;
}

interface Edit {
  readonly offset: number;
  readonly remove: number;
  readonly insert: string;
}

type ItemState = Pick<ScannedItem, 'checked' | 'text'>;

/** Section key of an item: its session, or '' before the first session. */
const sectionOf = (item: Pick<ScannedItem, 'sessionKey'>): string => item.sessionKey ?? '';
const formatItem = (item: ItemState): string => `- [${item.checked ? 'x' : ' '}] ${item.text}`;

function groupBySection<T extends ScannedItem>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(sectionOf(item));
    if (group) group.push(item);
    else groups.set(sectionOf(item), [item]);
  }
  return groups;
}

/** Per session: how many items of each text hash Tandem rendered there. */
function readRecords(scan: IssueBodyScan, end: number): Map<string, Map<string, number>> {
  const records = new Map<string, Map<string, number>>();
  let section: string | undefined;
  for (const marker of scan.markers) {
    if (marker.offset >= end) break;
    if (marker.kind === 'session' || marker.kind === 'former')
      section = marker.kind === 'session' ? marker.key : undefined;
    if (marker.kind !== 'record' || section === undefined || records.has(section)) continue;
    const counts = new Map<string, number>();
    for (const hash of marker.hashes) counts.set(hash, (counts.get(hash) ?? 0) + 1);
    records.set(section, counts);
  }
  return records;
}

function take(counts: Map<string, number> | undefined, key: string): boolean {
  const count = counts?.get(key) ?? 0;
  if (count > 0) counts!.set(key, count - 1);
  return count > 0;
}

interface Matching {
  readonly ticks: Map<ScannedItem, boolean>;
  /** The pair's own items, per section, in the order they appear in `actual`. */
  readonly theirs: Map<string, ItemState[]>;
}

function matchItems(
  wanted: Map<string, ScannedItem[]>,
  current: Map<string, ScannedItem[]>,
  records: Map<string, Map<string, number>>,
): Matching {
  const ticks = new Map<ScannedItem, boolean>();
  const theirs = new Map<string, ItemState[]>();
  for (const [section, items] of current) {
    const byText = new Map<string, ScannedItem[]>();
    for (const item of wanted.get(section) ?? []) {
      const sameText = byText.get(item.text);
      if (sameText) sameText.push(item);
      else byText.set(item.text, [item]);
    }
    const rendered = new Map(records.get(section));
    const unmatched: ScannedItem[] = [];
    for (const item of items) {
      const match = byText.get(item.text)?.shift();
      if (!match) unmatched.push(item);
      else {
        ticks.set(match, item.checked);
        take(rendered, hashItemText(item.text));
      }
    }
    const stillUnmatched = matchByShownText(unmatched, byText, ticks, rendered);
    // An unmatched item Tandem rendered was removed by the program; an empty one could not be written back.
    const kept = stillUnmatched.filter(
      (item) => item.text !== '' && !take(rendered, hashItemText(item.text)),
    );
    if (kept.length > 0)
      theirs.set(
        section,
        kept.map(({ checked, text }) => ({ checked, text })),
      );
  }
  return { ticks, theirs };
}

/**
 * Tandem's escaping changed once (`\(summary\)` became `(summary)`): an item that reads the same as a
 * wanted item not matched yet is that item, its tick kept.
 */
function matchByShownText(
  unmatched: readonly ScannedItem[],
  byText: Map<string, ScannedItem[]>,
  ticks: Map<ScannedItem, boolean>,
  rendered: Map<string, number>,
): ScannedItem[] {
  if (unmatched.length === 0) return [];
  const byShownText = new Map<string, ScannedItem[]>();
  for (const [text, items] of byText) {
    const shown = inlineMarkdownToText(text);
    byShownText.set(shown, [...(byShownText.get(shown) ?? []), ...items]);
  }
  return unmatched.filter((item) => {
    const match = byShownText.get(inlineMarkdownToText(item.text))?.shift();
    if (!match) return true;
    ticks.set(match, item.checked);
    take(rendered, hashItemText(item.text));
    return false;
  });
}

/** Where the pair's items of a section go: after its last rendered item, else under its markers. */
function findAnchor(
  desired: string,
  scan: IssueBodyScan,
  wanted: Map<string, ScannedItem[]>,
  section: string,
) {
  const last = wanted.get(section)?.at(-1);
  if (last) return lineEndAt(desired, last.blockEnd);
  const index = scan.markers.findIndex((marker) =>
    section === '' ? marker.kind === 'issue' : marker.kind === 'session' && marker.key === section,
  );
  const marker = scan.markers[index];
  if (!marker) return undefined;
  const next = scan.markers[index + 1];
  return next?.kind === 'record' && next.offset === marker.lineEnd + 1 ? next.lineEnd : marker.lineEnd;
}

/** The block before the notes that keeps the pair's items of sessions the program dropped. */
function formatFormerSessions(former: readonly [string, readonly ItemState[]][], language: Language): string {
  const groups = former.map(([section, items]) =>
    [formerSessionMarker(section), ...items.map(formatItem)].join('\n'),
  );
  return `### ${localeStrings(language).formerSessionsHeading}\n\n${groups.join('\n\n')}\n\n`;
}

function applyEdits(source: string, edits: readonly Edit[]): string {
  let result = '';
  let copied = 0;
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    result += source.slice(copied, edit.offset) + edit.insert;
    copied = edit.offset + edit.remove;
  }
  return result + source.slice(copied);
}

/**
 * Without a notes marker in `actual` nothing tells the pair's text from Tandem's, so every line that
 * `desired` does not have is kept, except task items (merged as items) and Tandem's hidden markers.
 * Some of Tandem's old text (a heading whose date moved) may come along; the pair's never goes.
 */
function collectLeftoverText(actual: string, scan: IssueBodyScan, desired: string): string {
  const desiredLines = new Set(desired.split('\n').map((line) => line.trim()));
  const itemLines = new Set(scan.items.map((item) => item.line));
  const lineOf = createLineLocator(actual);
  const markerLines = new Set(scan.markers.map((marker) => lineOf(marker.offset)));
  const kept = actual
    .split(/\r\n|\r|\n/)
    .filter(
      (line, index) =>
        line.trim() === '' ||
        !(desiredLines.has(line.trim()) || itemLines.has(index + 1) || markerLines.has(index + 1)),
    );
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Merges a freshly rendered tandem issue (`desired`, all boxes open) with the issue as it is on
 * GitHub now (`actual`), so that a sync never loses what the pair did. The result is `desired` with:
 *
 * 1. Ticks: an item whose session key and text are in both keeps the state it has in `actual`
 *    (the n-th item of a text in a session matches the n-th one).
 * 2. The pair's own items: an item of `actual` that matches none of `desired`'s items in its session
 *    and that Tandem did not render there (see item-record.ts; an item whose text the pair edited
 *    counts as theirs) is kept, ticked or not, after the session's rendered items; when the program
 *    no longer has that session, in a block "Items from sessions that no longer exist" just before
 *    the notes, under a former-session marker that brings them home if the session comes back.
 *    Items before the first session go after the issue marker. Continuation lines of such an item are
 *    not kept: an item is its first line.
 * 3. Dropped items: an item Tandem rendered that the program removed is gone, ticked or not; it was
 *    Tandem's, not the pair's.
 * 4. Notes: everything after the notes marker of `actual` is carried over byte for byte. When the
 *    pair deleted the marker, their items are merged as above and every other line of `actual` that
 *    `desired` does not have is appended below `desired`'s notes, so nothing is lost.
 *
 * Free text the pair wrote between sessions (outside the notes) is Tandem's part and re-rendered.
 * When the pair edited the body in GitHub's editor (which saves CRLF line ends), Tandem's part is
 * written with CRLF too, so an unchanged program compares equal and nothing is written.
 */
export function mergeIssueBody(desired: string, actual: string, options: MergeIssueBodyOptions = {}): string {
  const wantedScan = scanIssueBody(desired);
  const currentScan = scanIssueBody(actual);
  const wanted = groupBySection(wantedScan.items.filter((item) => !item.inNotes));
  const end = currentScan.notesOffset ?? actual.length;
  const current = groupBySection(currentScan.items.filter((item) => !item.inNotes));
  const { ticks, theirs } = matchItems(wanted, current, readRecords(currentScan, end));

  const edits: Edit[] = [];
  for (const [item, checked] of ticks) {
    if (item.checked !== checked)
      edits.push({ offset: item.boxOffset + 1, remove: 1, insert: checked ? 'x' : ' ' });
  }
  const former: [string, ItemState[]][] = [];
  for (const [section, items] of theirs) {
    const anchor = findAnchor(desired, wantedScan, wanted, section);
    if (anchor !== undefined)
      edits.push({
        offset: anchor,
        remove: 0,
        insert: items.map((item) => `\n${formatItem(item)}`).join(''),
      });
    else if (section === '')
      edits.push({ offset: 0, remove: 0, insert: `${items.map(formatItem).join('\n')}\n\n` });
    else former.push([section, items]);
  }
  const headEnd =
    wantedScan.notesOffset === undefined ? desired.length : wantedScan.notesOffset + NOTES_MARKER.length;
  if (former.length > 0) {
    const block = formatFormerSessions(former, options.language ?? 'en');
    const offset = wantedScan.notesOffset ?? headEnd;
    edits.push({ offset, remove: 0, insert: wantedScan.notesOffset === undefined ? `\n\n${block}` : block });
  }

  let head = applyEdits(desired.slice(0, headEnd), edits);
  if (actual.slice(0, end).includes('\r\n')) head = head.replace(/\r?\n/g, '\r\n');
  if (currentScan.notesOffset !== undefined) {
    const notes = actual.slice(currentScan.notesOffset + NOTES_MARKER.length);
    return wantedScan.notesOffset === undefined ? `${head}\n\n${NOTES_MARKER}${notes}` : head + notes;
  }
  const desiredNotes = desired.slice(headEnd);
  const pairText = collectLeftoverText(actual, currentScan, desired);
  if (pairText === '') return head + desiredNotes;
  return `${head}${desiredNotes}${desiredNotes.endsWith('\n') ? '' : '\n'}\n${pairText}`;
}

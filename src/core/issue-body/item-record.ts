import { createHash } from 'node:crypto';

/**
 * Hidden lines by which Tandem recognises, in an issue the pair has edited, the lines it rendered
 * itself (as short hashes of their text): everything else in the body is the pair's.
 *
 * - `<!-- tandem:items session=KEY date=YYYY-MM-DD h… -->` under each session marker: the session's
 *   key and date (so a session whose day has passed is known as such, even when its marker was
 *   deleted) and its agenda items, hashed by their text (a ticked box hashes like an open one).
 * - `<!-- tandem:head h… -->` right under the issue marker: the lines of the introduction.
 * - `<!-- tandem:tail h… -->` after the last session's items: the lines between it and the notes.
 *
 * An item whose text the pair edited no longer matches its hash, so it counts as theirs.
 */

const HASH = '[0-9a-f]{12}';
const ITEM_RECORD_PATTERN = new RegExp(
  `^<!-- tandem:items(?: session=([a-z0-9-]+))?(?: date=(\\d{4}-\\d\\d-\\d\\d))?((?: ${HASH})*) -->$`,
);
const LINE_RECORD_PATTERN = new RegExp(`^<!-- tandem:(head|tail)((?: ${HASH})*) -->$`);

// A sync hashes the same texts in every tandem's issue: remembered, up to a bound.
const recentHashes = new Map<string, string>();
const RECENT_HASHES = 20_000;

/** 48 bits: a pair's own line is mistaken for one of Tandem's only on a hash collision. */
export function hashItemText(text: string): string {
  const known = recentHashes.get(text);
  if (known !== undefined) return known;
  const hash = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
  if (recentHashes.size >= RECENT_HASHES) recentHashes.clear();
  recentHashes.set(text, hash);
  return hash;
}

/** A line that is not an item: hashed apart from item texts, blanks around it ignored. */
export const hashLine = (line: string): string => hashItemText(`\u0001${line.trim()}`);

export interface SessionRecordInfo {
  readonly key: string;
  readonly date: string;
}

/**
 * `texts` are the session's agenda items; `lines` the other lines Tandem wrote in the session (a
 * calendar link, why a date moved), hashed as lines so they never pass for an item.
 */
export const itemRecordMarker = (
  texts: readonly string[],
  session?: SessionRecordInfo,
  lines: readonly string[] = [],
): string =>
  `<!-- tandem:items${session ? ` session=${session.key} date=${session.date}` : ''}${[
    ...texts.map(hashItemText),
    ...lines.filter((line) => line.trim() !== '').map(hashLine),
  ]
    .map((hash) => ` ${hash}`)
    .join('')} -->`;

/** The record of the introduction (`head`) or of the text after the sessions (`tail`). */
export const lineRecordMarker = (kind: 'head' | 'tail', lines: readonly string[]): string =>
  `<!-- tandem:${kind}${lines
    .filter((line) => line.trim() !== '')
    .map((line) => ` ${hashLine(line)}`)
    .join('')} -->`;

export type RecordLine =
  | { readonly kind: 'items'; readonly key?: string; readonly date?: string; readonly hashes: string[] }
  | { readonly kind: 'head' | 'tail'; readonly hashes: string[] };

const splitHashes = (text: string): string[] => text.split(' ').filter((hash) => hash !== '');

/** What a record line says, or undefined when the line is none. */
export function readRecordLine(line: string): RecordLine | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('<!-- tandem:')) return undefined;
  const items = ITEM_RECORD_PATTERN.exec(trimmed);
  if (items) {
    const hashes = splitHashes(items[3]!);
    if (items[1] === undefined) return { kind: 'items', hashes };
    return items[2] === undefined
      ? { kind: 'items', key: items[1], hashes }
      : { kind: 'items', key: items[1], date: items[2], hashes };
  }
  const lines = LINE_RECORD_PATTERN.exec(trimmed);
  return lines ? { kind: lines[1] as 'head' | 'tail', hashes: splitHashes(lines[2]!) } : undefined;
}

/** The item hashes on an item-record line, or undefined when the line is none. */
export function readItemRecord(line: string): string[] | undefined {
  const record = readRecordLine(line);
  return record?.kind === 'items' ? record.hashes : undefined;
}

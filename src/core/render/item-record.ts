import { createHash } from 'node:crypto';

/**
 * A hidden line under each session marker that records which checklist items Tandem itself rendered
 * there (as short hashes of their text). When a program drops an item, the merge can then tell
 * Tandem's removed item (gone with the program) from an item the pair wrote (always kept), and an
 * item whose text the pair edited no longer matches its hash, so it counts as theirs.
 */

const ITEM_RECORD_PATTERN = /^<!-- tandem:items((?: [0-9a-f]{12})*) -->$/;

/** 48 bits: a pair's own item is mistaken for a dropped Tandem item only on a hash collision. */
export const hashItemText = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);

export const itemRecordMarker = (texts: readonly string[]): string =>
  `<!-- tandem:items${texts.map((text) => ` ${hashItemText(text)}`).join('')} -->`;

/** The hashes on an item-record line, or undefined when the line is none. */
export function readItemRecord(line: string): string[] | undefined {
  const match = ITEM_RECORD_PATTERN.exec(line.trim());
  return match ? match[1]!.split(' ').filter((hash) => hash !== '') : undefined;
}

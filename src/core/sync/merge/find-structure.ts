import { type BodyLine, isHeadingLine } from '../../issue-body/body-lines.js';
import { scanIssueBody } from '../../issue-body/checklist.js';
import { readRecordLine } from '../../issue-body/item-record.js';
import { NOTES_MARKER, readFormerSessionMarker, readSessionMarker } from '../../issue-body/markers.js';
import { LANGUAGES } from '../../locale/language.js';
import { localeStrings } from '../../locale/locale-strings.js';

/** Where Tandem's structure stands in a body: markers, records and headings in Tandem's places. */

export type Structure =
  | { kind: 'issue' }
  | { kind: 'head-record'; hashes: string[] }
  | { kind: 'render-record' }
  | { kind: 'header'; key: string; date?: string; hashes?: string[]; end: number }
  | { kind: 'tail'; hashes: string[] }
  | { kind: 'former-heading' }
  | { kind: 'former'; key: string };

const FORMER_HEADINGS = new Set(
  LANGUAGES.map((language) => `### ${localeStrings(language).formerSessionsHeading}`),
);

export class Counts {
  private readonly counts = new Map<string, number>();
  constructor(values: Iterable<string>) {
    for (const value of values) this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
  take(value: string): boolean {
    const count = this.counts.get(value) ?? 0;
    if (count > 0) this.counts.set(value, count - 1);
    return count > 0;
  }
  left(): string[] {
    return [...this.counts].flatMap(([value, count]) => Array<string>(count).fill(value));
  }
}

export function isInCode(ranges: readonly (readonly [number, number])[]): (line: number) => boolean {
  const inside = new Set<number>();
  for (const [first, end] of ranges) for (let line = first; line < end; line += 1) inside.add(line);
  return (line) => inside.has(line);
}

/** Tandem's structural lines, each only in Tandem's place (see the README, "How sync keeps…"). */
export function findStructure(lines: readonly BodyLine[], end: number, inCode: (line: number) => boolean) {
  const found = new Map<number, Structure>();
  const text = (index: number) => lines[index]?.text ?? '';
  const isOwnLine = (index: number) => index >= 0 && index < end && !inCode(index);
  for (let index = 0; index < end; index += 1) {
    if (!isOwnLine(index) || !text(index).startsWith('<!-- tandem:')) continue;
    const sessionKey = readSessionMarker(text(index));
    const record = readRecordLine(text(index));
    const nextRecord = isOwnLine(index + 1) ? readRecordLine(text(index + 1)) : undefined;
    const hasHeading = isOwnLine(index - 1) && isHeadingLine(text(index - 1)) && !found.has(index - 1);
    const start = hasHeading ? index - 1 : index;
    if (sessionKey !== undefined) {
      const own = nextRecord?.kind === 'items' && (nextRecord.key ?? sessionKey) === sessionKey;
      // A session marker counts right under its heading or right above its record.
      if (!hasHeading && !own) continue;
      const header = own
        ? { kind: 'header' as const, key: sessionKey, hashes: nextRecord.hashes, end: index + 2 }
        : { kind: 'header' as const, key: sessionKey, end: index + 1 };
      found.set(start, own && nextRecord.date ? { ...header, date: nextRecord.date } : header);
      index = header.end - 1;
    } else if (record?.kind === 'items' && record.key !== undefined) {
      // The record of a session whose marker the pair deleted: it still says which session this is.
      const header = { kind: 'header' as const, key: record.key, hashes: record.hashes, end: index + 1 };
      found.set(start, record.date ? { ...header, date: record.date } : header);
    } else if (record?.kind === 'tail') {
      found.set(index, { kind: 'tail', hashes: record.hashes });
    } else if (readFormerSessionMarker(text(index)) !== undefined) {
      let above = index - 1;
      while (isOwnLine(above) && text(above).trim() === '') above -= 1;
      if (isOwnLine(above) && !found.has(above) && FORMER_HEADINGS.has(text(above).trim()))
        found.set(above, { kind: 'former-heading' });
      found.set(index, { kind: 'former', key: readFormerSessionMarker(text(index))! });
    }
  }
  return found;
}

/** The notes marker's line: the one the scan takes (in Tandem's place), or none. */
export function findNotesLine(body: string, lines: readonly BodyLine[]): number | undefined {
  const offset = scanIssueBody(body).notesOffset;
  if (offset === undefined) return undefined;
  let at = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const next = at + lines[index]!.text.length + lines[index]!.eol.length;
    if (offset < next) return lines[index]!.text.trimStart().startsWith(NOTES_MARKER) ? index : undefined;
    at = next;
  }
  return undefined;
}

/** Without an issue marker, the head record still counts where it stands before the sessions. */
export function placeHeadRecord(lines: readonly BodyLine[], structure: Map<number, Structure>): void {
  for (let index = 0; index < lines.length && !structure.has(index); index += 1) {
    const record = readRecordLine(lines[index]!.text);
    if (record?.kind === 'head') {
      structure.set(index, { kind: 'head-record', hashes: record.hashes });
      return;
    }
  }
}

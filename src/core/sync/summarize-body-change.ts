import { parseChecklist } from '../issue-body/checklist.js';
import { readSessionMarker } from '../issue-body/markers.js';

/** What a body update does to a pair's issue, in the terms a reviewer thinks in. */
export interface BodyChange {
  /** Sessions whose date changed: ISO dates read from their headings. */
  readonly moved: readonly { readonly key: string; readonly from: string; readonly to: string }[];
  /** Sessions whose heading changed in another way (a renamed topic, or a date not recognised). */
  readonly retitled: readonly string[];
  readonly addedSessions: readonly string[];
  readonly removedSessions: readonly string[];
  /** Program items added to or removed from sessions that stay. */
  readonly addedItems: readonly string[];
  readonly removedItems: readonly string[];
  /** Ticked boxes whose item the update drops: the pair's record of what they did. */
  readonly droppedTicks: readonly string[];
}

interface IssueSession {
  readonly heading: string;
  readonly date?: string;
}

const MONTHS: Record<string, number> = {};
for (const names of [
  'January February March April May June July August September October November December',
  'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
]) {
  for (const [index, name] of names.split(' ').entries()) MONTHS[name.toLowerCase()] = index + 1;
}
const LONG_DATE = /(\d{1,2})\.? ([A-Za-zä]+) (\d{4})/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The date in a session heading, as the built-in templates write it ("12 January 2027", "12. Januar 2027") or ISO. */
export function readHeadingDate(heading: string): string | undefined {
  const iso = ISO_DATE.exec(heading);
  if (iso) return iso[0];
  const long = LONG_DATE.exec(heading);
  const month = long ? MONTHS[long[2]!.toLowerCase()] : undefined;
  if (!long || month === undefined) return undefined;
  return `${long[3]}-${String(month).padStart(2, '0')}-${long[1]!.padStart(2, '0')}`;
}

/** Each session of an issue body by its key: the heading above its marker and the date in it. */
export function readIssueSessions(body: string): Map<string, IssueSession> {
  const sessions = new Map<string, IssueSession>();
  const lines = body.split(/\r?\n/);
  let heading = '';
  for (const line of lines) {
    if (/^#{1,6} /.test(line)) heading = line.trim();
    const key = readSessionMarker(line);
    if (key !== undefined) sessions.set(key, { heading, date: readHeadingDate(heading) });
  }
  return sessions;
}

export function summarizeBodyChange(before: string, after: string): BodyChange {
  const old = readIssueSessions(before);
  const next = readIssueSessions(after);
  const moved: { key: string; from: string; to: string }[] = [];
  const retitled: string[] = [];
  for (const [key, session] of next) {
    const previous = old.get(key);
    if (!previous || previous.heading === session.heading) continue;
    if (previous.date && session.date && previous.date !== session.date) {
      moved.push({ key, from: previous.date, to: session.date });
    } else retitled.push(key);
  }
  const kept = (key: string | undefined) => key !== undefined && old.has(key) && next.has(key);
  const oldItems = parseChecklist(before).filter((item) => !item.inNotes);
  const newItems = parseChecklist(after).filter((item) => !item.inNotes);
  const textsIn = (items: typeof oldItems, key: string | undefined) =>
    items.filter((item) => item.sessionKey === key).map((item) => item.text);
  const addedItems: string[] = [];
  const removedItems: string[] = [];
  for (const key of new Set([...old.keys()].filter(kept))) {
    addedItems.push(...without(textsIn(newItems, key), textsIn(oldItems, key)));
    removedItems.push(
      ...without(
        textsIn(
          oldItems.filter((item) => !item.checked),
          key,
        ),
        textsIn(newItems, key),
      ),
    );
  }
  const keptTicks = newItems.filter((item) => item.checked).map((item) => item.text);
  const droppedTicks = without(
    oldItems.filter((item) => item.checked).map((item) => item.text),
    keptTicks,
  );
  return {
    moved,
    retitled,
    addedSessions: [...next.keys()].filter((key) => !old.has(key)),
    removedSessions: [...old.keys()].filter((key) => !next.has(key)),
    addedItems,
    removedItems,
    droppedTicks,
  };
}

/** `items` minus `others`, as multisets: an item twice and once in `others` is left once. */
function without(items: readonly string[], others: readonly string[]): string[] {
  const remaining = new Map<string, number>();
  for (const text of others) remaining.set(text, (remaining.get(text) ?? 0) + 1);
  return items.filter((text) => {
    const count = remaining.get(text) ?? 0;
    if (count === 0) return true;
    remaining.set(text, count - 1);
    return false;
  });
}

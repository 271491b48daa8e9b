import { parseChecklist } from '../issue-body/checklist.js';
import { readRecordLine } from '../issue-body/item-record.js';
import { readSessionMarker } from '../issue-body/markers.js';

/** What a body update does to a pair's issue, in the terms a reviewer thinks in. */
export interface BodyChange {
  /** Sessions whose date changed, as their item records say. */
  readonly moved: readonly { readonly key: string; readonly from: string; readonly to: string }[];
  /** Sessions whose heading changed in another way (a renamed topic, or no dated record before). */
  readonly retitled: readonly string[];
  readonly addedSessions: readonly string[];
  readonly removedSessions: readonly string[];
  /** Program items added to or removed from sessions that stay. */
  readonly addedItems: readonly string[];
  readonly removedItems: readonly string[];
}

interface IssueSession {
  readonly heading: string;
  readonly date?: string;
}

/**
 * Each session of an issue body by its key: the heading above its marker, and its date as the item
 * record under the marker keeps it (a custom template's heading may show the date any way it likes).
 */
export function readIssueSessions(body: string): Map<string, IssueSession> {
  const sessions = new Map<string, IssueSession>();
  const lines = body.split(/\r?\n/);
  let heading = '';
  for (const [index, line] of lines.entries()) {
    if (/^#{1,6} /.test(line)) heading = line.trim();
    const key = readSessionMarker(line);
    if (key === undefined) continue;
    const record = readRecordLine(lines[index + 1] ?? '');
    const date = record?.kind === 'items' ? record.date : undefined;
    sessions.set(key, date === undefined ? { heading } : { heading, date });
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
  return {
    moved,
    retitled,
    addedSessions: [...next.keys()].filter((key) => !old.has(key)),
    removedSessions: [...old.keys()].filter((key) => !next.has(key)),
    addedItems,
    removedItems,
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

import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, YAMLSeq } from 'yaml';
import type { Signup, SignupRole } from './signup-form-fields.js';

export interface SkippedSignup {
  readonly issueNumber: number;
  readonly login: string;
  readonly reason: string;
}

export interface PoolUpdate {
  /** The pool file's new text; byte for byte the old one when nothing changed. */
  readonly text: string;
  readonly isChanged: boolean;
  /** Issue numbers of the sign-ups added, updated (answers edited) and removed (closed, or no longer valid). */
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
  readonly skipped: readonly SkippedSignup[];
}

/** An entry that came from a sign-up says so on its login line; an entry without it is hand-written. */
export const signupMark = (issueNumber: number): string => ` sign-up #${issueNumber}`;
const SIGNUP_MARK = /^\s*sign-up #(\d+)\s*$/m;

const NEW_POOL = `# The people who could form tandems (schema/pool.schema.json).
# \`tandem signups\` keeps the entries marked "# sign-up #<issue>" in step with their open sign-up
# issues; every other entry is yours and is never changed or removed.
version: 1
mentors: []
mentees: []
`;

const STRINGIFY = { flowCollectionPadding: false, lineWidth: 0 } as const;

interface MarkedEntry {
  readonly role: SignupRole;
  readonly node: YAMLMap;
}

/**
 * The pool file with the program's open, valid sign-ups in it: an entry per sign-up, marked with
 * its issue number, added at the end of its list, updated in place when the answers change, and
 * removed when the sign-up is gone. Hand-written entries and every comment stay; a sign-up whose
 * login is already in the pool by hand, or signed up twice, is skipped (the lowest issue wins).
 * `existing` must be a valid pool (check it with `loadPool` first); undefined starts a new file.
 */
export function updatePoolText(
  existing: string | undefined,
  signups: readonly Signup[],
  program: { readonly id: string },
): PoolUpdate {
  const doc = parseDocument(existing ?? NEW_POOL);
  if (doc.errors.length > 0) throw new Error(`the pool is not valid YAML: ${doc.errors[0]!.message}`);
  const lists = { mentor: listOf(doc, 'mentors'), mentee: listOf(doc, 'mentees') };
  const marked = new Map<number, MarkedEntry>();
  const handLogins = new Set<string>();
  for (const role of ['mentor', 'mentee'] as const) {
    for (const node of lists[role].items) {
      if (!isMap(node)) continue;
      const mark = markOf(node);
      if (mark !== undefined && !marked.has(mark)) marked.set(mark, { role, node });
      else if (mark === undefined) handLogins.add(String(node.get('login') ?? '').toLowerCase());
    }
  }

  const wanted: Signup[] = [];
  const skipped: SkippedSignup[] = [];
  const taken = new Map<string, number>();
  for (const signup of [...signups].sort((a, b) => a.issueNumber - b.issueNumber)) {
    if (signup.programId !== program.id) continue;
    const login = signup.login.toLowerCase();
    const skip = (reason: string) =>
      skipped.push({ issueNumber: signup.issueNumber, login: signup.login, reason });
    if (handLogins.has(login)) skip(`${signup.login} is already in the pool by hand`);
    else if (taken.has(login)) skip(`${signup.login} already signed up in #${taken.get(login)}`);
    else {
      taken.set(login, signup.issueNumber);
      wanted.push(signup);
    }
  }

  const wantedNumbers = new Set(wanted.map((signup) => signup.issueNumber));
  const removed: number[] = [];
  for (const role of ['mentor', 'mentee'] as const) {
    for (const node of [...lists[role].items]) {
      const mark = isMap(node) ? markOf(node) : undefined;
      if (mark === undefined || (wantedNumbers.has(mark) && marked.get(mark)?.node === node)) continue;
      removeItem(lists[role], node as YAMLMap);
      if (marked.get(mark)?.node === node) removed.push(mark);
    }
  }

  const added: number[] = [];
  const updated: number[] = [];
  for (const signup of wanted) {
    const entry = createEntry(doc, signup);
    const old = marked.get(signup.issueNumber);
    if (!old) {
      appendItem(lists[signup.role], entry);
      added.push(signup.issueNumber);
    } else if (old.role !== signup.role) {
      removeItem(lists[old.role], old.node);
      appendItem(lists[signup.role], entry);
      updated.push(signup.issueNumber);
    } else if (JSON.stringify(old.node.toJSON()) !== JSON.stringify(entry.toJSON())) {
      const list = lists[signup.role];
      entry.commentBefore = old.node.commentBefore;
      entry.spaceBefore = old.node.spaceBefore;
      list.items[list.items.indexOf(old.node)] = entry;
      updated.push(signup.issueNumber);
    }
  }

  const isChanged = existing === undefined || added.length + updated.length + removed.length > 0;
  return {
    text: isChanged ? doc.toString(STRINGIFY) : existing,
    isChanged,
    added,
    updated,
    removed: removed.sort((a, b) => a - b),
    skipped,
  };
}

function listOf(doc: Document, key: 'mentors' | 'mentees'): YAMLSeq {
  const found = doc.get(key, true);
  if (isSeq(found)) return found;
  const list = new YAMLSeq();
  doc.set(key, list);
  return list;
}

/** The issue number in a `# sign-up #N` comment on the entry's login line. */
function markOf(node: YAMLMap): number | undefined {
  const login = node.get('login', true);
  const comment = isScalar(login) ? login.comment : undefined;
  const match = comment?.match(SIGNUP_MARK);
  return match ? Number(match[1]) : undefined;
}

function createEntry(doc: Document, signup: Signup): YAMLMap {
  const entry = doc.createNode({
    login: signup.login,
    ...(signup.team !== undefined && { team: signup.team }),
    ...(signup.manager !== undefined && { reports_to: signup.manager }),
    [signup.role === 'mentor' ? 'offers' : 'wants']: [...signup.topics],
    ...(signup.capacity !== undefined && { capacity: signup.capacity }),
  }) as YAMLMap;
  for (const pair of entry.items) {
    if (isSeq(pair.value)) pair.value.flow = true;
    if (isScalar(pair.key) && pair.key.value === 'login' && isScalar(pair.value))
      pair.value.comment = signupMark(signup.issueNumber);
  }
  return entry;
}

function appendItem(list: YAMLSeq, entry: YAMLMap): void {
  // `mentors: []` is a flow sequence: entries are written as blocks, one per line.
  list.flow = false;
  list.items.push(entry);
}

/** A comment written above a removed entry belongs to what follows it, so it moves down. */
function removeItem(list: YAMLSeq, node: YAMLMap): void {
  const index = list.items.indexOf(node);
  if (index < 0) return;
  list.items.splice(index, 1);
  if (!node.commentBefore) return;
  const next = list.items[index] as YAMLMap | undefined;
  if (next)
    next.commentBefore = next.commentBefore
      ? `${node.commentBefore}\n${next.commentBefore}`
      : node.commentBefore;
  else list.comment = list.comment ? `${node.commentBefore}\n${list.comment}` : node.commentBefore;
}

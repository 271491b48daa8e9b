/** Creating the stand-in's state, and the small lookups and id/time sources every route uses. */
import type { IssueRecord, LabelRecord, StandInState, UserRecord, UserType } from './records.js';

export type * from './records.js';

export interface CreateStateOptions {
  readonly clock?: () => Date;
  /** "owner/name", default "acme/mentoring". */
  readonly repo?: string;
}

const NODE_PREFIX = {
  repo: 'R_kgDO',
  user: 'U_kgDO',
  bot: 'BOT_kgDO',
  issue: 'I_kwDO',
  pull: 'PR_kwDO',
  label: 'LA_kwDO',
  issueComment: 'IC_kwDO',
  category: 'DIC_kwDO',
  discussion: 'D_kwDO',
  discussionComment: 'DC_kwDO',
} as const;
export type NodeKind = keyof typeof NODE_PREFIX;

/** An opaque global id in GitHub's current style (`I_kwDO…`). */
export function makeNodeId(kind: NodeKind, id: number): string {
  return `${NODE_PREFIX[kind]}${Buffer.from(`stand-in:${kind}:${id}`).toString('base64url')}`;
}

export function nextId(state: StandInState): number {
  state.sequence.id += 1;
  return state.sequence.id;
}

/** Issues, pull requests and discussions share one number sequence, as on GitHub. */
export function nextNumber(state: StandInState): number {
  state.sequence.number += 1;
  return state.sequence.number;
}

/** GitHub's timestamp format: ISO 8601 in UTC, whole seconds. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The timestamp of a write: the clock's time, but always at least one second after the last write. */
export function stampWrite(state: StandInState): string {
  const now = Math.floor(state.clock().getTime() / 1000) * 1000;
  state.lastWriteAt = Math.max(now, state.lastWriteAt + 1000);
  return formatTimestamp(state.lastWriteAt);
}

export function ensureUser(state: StandInState, login: string): UserRecord {
  const key = login.toLowerCase();
  const known = state.users.get(key);
  if (known) return known;
  const id = nextId(state);
  const type: UserType = login.endsWith('[bot]') ? 'Bot' : 'User';
  const user: UserRecord = { login, id, node_id: makeNodeId(type === 'Bot' ? 'bot' : 'user', id), type };
  state.users.set(key, user);
  return user;
}

export function findIssue(state: StandInState, number: number): IssueRecord | undefined {
  return state.issues.find((issue) => issue.number === number);
}

export function findLabel(state: StandInState, name: string): LabelRecord | undefined {
  const key = name.toLowerCase();
  return state.labels.find((label) => label.name.toLowerCase() === key);
}

export function isAssignable(state: StandInState, login: string): boolean {
  const key = login.toLowerCase();
  return state.repo.collaborators.some((collaborator) => collaborator.toLowerCase() === key);
}

const HOUR_S = 3600;

export function createState(options: CreateStateOptions = {}): StandInState {
  const clock = options.clock ?? (() => new Date());
  const [owner = 'acme', name = 'mentoring'] = (options.repo ?? 'acme/mentoring').split('/');
  const startMs = Math.floor(clock().getTime() / 1000) * 1000;
  const created = formatTimestamp(startMs - 86_400_000);
  // Clients compare the reset time with the wall clock, whatever the test clock says.
  const resetAt = Math.floor(Date.now() / 1000) + HOUR_S;
  const state: StandInState = {
    repo: {
      id: 1,
      node_id: makeNodeId('repo', 1),
      owner,
      name,
      default_branch: 'main',
      private: false,
      has_issues: true,
      hasDiscussionsEnabled: true,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      collaborators: [],
      created_at: created,
      updated_at: created,
    },
    viewer: 'github-actions[bot]',
    readOnlyTokens: new Set(),
    badTokens: new Set(),
    users: new Map(),
    issues: [],
    labels: [],
    issueComments: [],
    discussionCategories: [],
    discussions: [],
    discussionComments: [],
    rateLimits: {
      core: { limit: 5000, remaining: 5000, reset: resetAt, used: 0 },
      graphql: { limit: 5000, remaining: 5000, reset: resetAt, used: 0 },
    },
    clock,
    sequence: { id: 1000, number: 0 },
    lastWriteAt: startMs - 1000,
  };
  // The categories GitHub gives every repository when discussions are turned on.
  for (const [categoryName, emoji, isAnswerable] of DEFAULT_CATEGORIES) {
    const id = nextId(state);
    state.discussionCategories.push({
      id,
      node_id: makeNodeId('category', id),
      name: categoryName,
      slug: slugify(categoryName),
      emoji,
      description: null,
      isAnswerable,
      created_at: created,
    });
  }
  return state;
}

const DEFAULT_CATEGORIES: readonly (readonly [string, string, boolean])[] = [
  ['Announcements', ':mega:', false],
  ['General', ':speech_balloon:', false],
  ['Ideas', ':bulb:', false],
  ['Polls', ':ballot_box:', false],
  ['Q&A', ':pray:', true],
  ['Show and tell', ':raised_hands:', false],
];

/** GitHub's category slug: lower case, runs of other characters become one dash. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

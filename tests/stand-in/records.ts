/**
 * The records of the stand-in's in-memory GitHub: one repository with its issues (pull requests share
 * their number sequence, as on GitHub), labels, comments, discussion categories, discussions and their
 * comments. Tests read and seed them directly; they are mutable on purpose.
 */

export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate';
export type UserType = 'User' | 'Bot' | 'Organization';

export interface UserRecord {
  readonly login: string;
  readonly id: number;
  readonly node_id: string;
  readonly type: UserType;
}

export interface RepoPermissions {
  admin: boolean;
  maintain: boolean;
  push: boolean;
  triage: boolean;
  pull: boolean;
}

export interface RepoRecord {
  id: number;
  node_id: string;
  owner: string;
  name: string;
  default_branch: string;
  private: boolean;
  has_issues: boolean;
  hasDiscussionsEnabled: boolean;
  /** What the token may do in this repository (REST `permissions`, GraphQL `viewerPermission`). */
  permissions: RepoPermissions;
  /** Logins that can be assigned to issues. */
  collaborators: string[];
  /** The setting "Allow GitHub Actions to create and approve pull requests" (off: false). */
  actionsMayCreatePullRequests?: boolean;
  created_at: string;
  updated_at: string;
}

export interface IssueRecord {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  state_reason: StateReason | null;
  /** Label names, as stored on the issue (labels are matched case-insensitively). */
  labels: string[];
  assignees: string[];
  user: string;
  isPullRequest: boolean;
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Who closed it (REST `closed_by`, on a single issue's read); tests set it for a person's close. */
  closed_by?: string | null;
  /** A pull request's branches and merge (absent on a pull request seeded without branches). */
  pull?: PullInfo;
}

export interface PullInfo {
  /** Branch names in this repository. */
  head: string;
  base: string;
  merged_at: string | null;
  merged_by: string | null;
  merge_commit_sha: string | null;
}

/** A commit: its whole tree (path → blob sha), parents and message. */
export interface CommitRecord {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly tree: ReadonlyMap<string, string>;
  readonly treeSha: string;
  readonly author: string;
  readonly date: string;
}

/** The repository's git data: blobs by sha, commits by sha, refs (`heads/main`) → commit sha. */
export interface GitRecord {
  readonly blobs: Map<string, string>;
  readonly commits: Map<string, CommitRecord>;
  readonly refs: Map<string, string>;
}

export interface LabelRecord {
  id: number;
  node_id: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
  created_at: string;
}

export interface IssueCommentRecord {
  id: number;
  node_id: string;
  issue_number: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface DiscussionCategoryRecord {
  id: number;
  node_id: string;
  name: string;
  slug: string;
  emoji: string;
  description: string | null;
  isAnswerable: boolean;
  created_at: string;
}

export interface DiscussionRecord {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string;
  /** node_id of the category. */
  category_id: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface DiscussionCommentRecord {
  id: number;
  node_id: string;
  discussion_number: number;
  body: string;
  user: string;
  /** node_id of the comment this one replies to. */
  reply_to: string | null;
  created_at: string;
  updated_at: string;
}

export interface RateLimitBucket {
  limit: number;
  remaining: number;
  /** Epoch seconds when `remaining` is refilled to `limit`. */
  reset: number;
  used: number;
}

export interface StandInState {
  repo: RepoRecord;
  /** The login the token acts as (author of everything the code creates). */
  viewer: string;
  /** Tokens that may read but not write: writes get 403 "Resource not accessible by integration". */
  readOnlyTokens: Set<string>;
  /** Tokens that get 401 "Bad credentials". */
  badTokens: Set<string>;
  users: Map<string, UserRecord>;
  /** Issues and pull requests, in number order. */
  issues: IssueRecord[];
  labels: LabelRecord[];
  issueComments: IssueCommentRecord[];
  discussionCategories: DiscussionCategoryRecord[];
  discussions: DiscussionRecord[];
  discussionComments: DiscussionCommentRecord[];
  /** Created on first use, with one empty commit on the default branch (see git-store.ts). */
  git?: GitRecord;
  rateLimits: { core: RateLimitBucket; graphql: RateLimitBucket };
  clock: () => Date;
  /** Last database id and last issue/discussion number handed out. */
  sequence: { id: number; number: number };
  /** Epoch ms of the last write's timestamp; every write gets a later one. */
  lastWriteAt: number;
}

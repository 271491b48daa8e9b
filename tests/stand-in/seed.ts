/**
 * Adding records to the stand-in's state: used by the routes and resolvers (a write through the API)
 * and by tests and main.ts (seeding). Every add stamps the write clock.
 */
import { commitFiles } from './git-store.js';

import { addProject, type ProjectInput, projectsOf } from './projects-state.js';
import {
  type DiscussionCategoryRecord,
  type DiscussionCommentRecord,
  type DiscussionRecord,
  ensureUser,
  findLabel,
  type IssueCommentRecord,
  type IssueRecord,
  type IssueState,
  type LabelRecord,
  makeNodeId,
  nextId,
  nextNumber,
  type RepoPermissions,
  type StandInState,
  type StateReason,
  slugify,
  stampWrite,
} from './state.js';

export interface LabelInput {
  readonly name: string;
  readonly color?: string;
  readonly description?: string | null;
}

export interface CommentInput {
  readonly body: string;
  readonly user?: string;
}

export interface IssueInput {
  readonly title: string;
  readonly body?: string | null;
  readonly state?: IssueState;
  readonly state_reason?: StateReason | null;
  readonly labels?: readonly string[];
  readonly assignees?: readonly string[];
  /** Author login; default the token's viewer. */
  readonly user?: string;
  /** A pull request: shares the number sequence, has `pull_request` in REST, absent from GraphQL `issues`. */
  readonly pullRequest?: boolean;
  readonly comments?: readonly (string | CommentInput)[];
}

export interface CategoryInput {
  readonly name: string;
  readonly slug?: string;
  readonly emoji?: string;
  readonly description?: string | null;
  readonly isAnswerable?: boolean;
}

export interface DiscussionInput {
  readonly title: string;
  readonly body: string;
  /** Category name or slug. */
  readonly category: string;
  readonly user?: string;
  readonly comments?: readonly (string | CommentInput)[];
}

/** A JSON-serialisable description of a repository's contents (tests, and main.ts's seed file). */
export interface SeedData {
  readonly repo?: {
    readonly default_branch?: string;
    readonly private?: boolean;
    readonly has_issues?: boolean;
    readonly hasDiscussionsEnabled?: boolean;
    readonly permissions?: Partial<RepoPermissions>;
    readonly collaborators?: readonly string[];
    readonly actionsMayCreatePullRequests?: boolean;
  };
  readonly viewer?: string;
  readonly readOnlyTokens?: readonly string[];
  readonly badTokens?: readonly string[];
  readonly labels?: readonly LabelInput[];
  readonly issues?: readonly IssueInput[];
  /** Added to the default categories (Announcements, General, Ideas, Polls, Q&A, Show and tell). */
  readonly discussionCategories?: readonly CategoryInput[];
  readonly discussions?: readonly DiscussionInput[];
  /** The default branch's files (path → text), committed in one commit. */
  readonly files?: Readonly<Record<string, string>>;
  /** Projects (v2) boards; `denyBoardAccess`: the token reaches none (the built-in GITHUB_TOKEN). */
  readonly projects?: readonly ProjectInput[];
  readonly denyBoardAccess?: boolean;
}

export function addLabel(state: StandInState, input: LabelInput): LabelRecord {
  const existing = findLabel(state, input.name);
  if (existing) return existing;
  const id = nextId(state);
  const label: LabelRecord = {
    id,
    node_id: makeNodeId('label', id),
    name: input.name,
    color: input.color ?? 'ededed',
    description: input.description ?? null,
    default: false,
    created_at: stampWrite(state),
  };
  state.labels.push(label);
  return label;
}

/** Label names as GitHub stores them on an issue: existing labels keep their spelling, others are created. */
export function resolveLabelNames(state: StandInState, names: readonly string[]): string[] {
  const resolved: string[] = [];
  for (const name of names) {
    const label = addLabel(state, { name });
    if (!resolved.includes(label.name)) resolved.push(label.name);
  }
  return resolved;
}

export function addIssue(state: StandInState, input: IssueInput): IssueRecord {
  const id = nextId(state);
  const number = nextNumber(state);
  const now = stampWrite(state);
  const isClosed = input.state === 'closed';
  const issue: IssueRecord = {
    id,
    node_id: makeNodeId(input.pullRequest ? 'pull' : 'issue', id),
    number,
    title: input.title,
    body: input.body ?? null,
    state: input.state ?? 'open',
    state_reason: input.state_reason ?? (isClosed ? 'completed' : null),
    labels: resolveLabelNames(state, input.labels ?? []),
    assignees: [...(input.assignees ?? [])],
    user: ensureUser(state, input.user ?? state.viewer).login,
    isPullRequest: input.pullRequest ?? false,
    locked: false,
    created_at: now,
    updated_at: now,
    closed_at: isClosed ? now : null,
  };
  state.issues.push(issue);
  for (const comment of input.comments ?? []) addIssueComment(state, issue, toCommentInput(comment));
  return issue;
}

export function addIssueComment(
  state: StandInState,
  issue: IssueRecord,
  input: CommentInput,
): IssueCommentRecord {
  const id = nextId(state);
  const now = stampWrite(state);
  const comment: IssueCommentRecord = {
    id,
    node_id: makeNodeId('issueComment', id),
    issue_number: issue.number,
    body: input.body,
    user: ensureUser(state, input.user ?? state.viewer).login,
    created_at: now,
    updated_at: now,
  };
  state.issueComments.push(comment);
  issue.updated_at = now;
  return comment;
}

export function addDiscussionCategory(state: StandInState, input: CategoryInput): DiscussionCategoryRecord {
  const id = nextId(state);
  const category: DiscussionCategoryRecord = {
    id,
    node_id: makeNodeId('category', id),
    name: input.name,
    slug: input.slug ?? slugify(input.name),
    emoji: input.emoji ?? ':speech_balloon:',
    description: input.description ?? null,
    isAnswerable: input.isAnswerable ?? false,
    created_at: stampWrite(state),
  };
  state.discussionCategories.push(category);
  return category;
}

export function findCategory(
  state: StandInState,
  nameOrSlugOrId: string,
): DiscussionCategoryRecord | undefined {
  const key = nameOrSlugOrId.toLowerCase();
  return state.discussionCategories.find(
    (category) =>
      category.node_id === nameOrSlugOrId || category.name.toLowerCase() === key || category.slug === key,
  );
}

export function addDiscussion(state: StandInState, input: DiscussionInput): DiscussionRecord {
  const category = findCategory(state, input.category);
  if (!category) throw new Error(`stand-in seed: no discussion category "${input.category}"`);
  const id = nextId(state);
  const now = stampWrite(state);
  const discussion: DiscussionRecord = {
    id,
    node_id: makeNodeId('discussion', id),
    number: nextNumber(state),
    title: input.title,
    body: input.body,
    category_id: category.node_id,
    user: ensureUser(state, input.user ?? state.viewer).login,
    created_at: now,
    updated_at: now,
  };
  state.discussions.push(discussion);
  for (const comment of input.comments ?? [])
    addDiscussionComment(state, discussion, toCommentInput(comment));
  return discussion;
}

export function addDiscussionComment(
  state: StandInState,
  discussion: DiscussionRecord,
  input: CommentInput & { readonly replyTo?: string | null },
): DiscussionCommentRecord {
  const id = nextId(state);
  const now = stampWrite(state);
  const comment: DiscussionCommentRecord = {
    id,
    node_id: makeNodeId('discussionComment', id),
    discussion_number: discussion.number,
    body: input.body,
    user: ensureUser(state, input.user ?? state.viewer).login,
    reply_to: input.replyTo ?? null,
    created_at: now,
    updated_at: now,
  };
  state.discussionComments.push(comment);
  discussion.updated_at = now;
  return comment;
}

function toCommentInput(comment: string | CommentInput): CommentInput {
  return typeof comment === 'string' ? { body: comment } : comment;
}

export function seedState(state: StandInState, data: SeedData): void {
  const { repo } = data;
  if (repo) {
    const { permissions, collaborators, ...rest } = repo;
    Object.assign(state.repo, rest);
    if (permissions) Object.assign(state.repo.permissions, permissions);
    if (collaborators) state.repo.collaborators.push(...collaborators);
  }
  if (data.viewer) state.viewer = data.viewer;
  for (const token of data.readOnlyTokens ?? []) state.readOnlyTokens.add(token);
  for (const token of data.badTokens ?? []) state.badTokens.add(token);
  for (const label of data.labels ?? []) addLabel(state, label);
  for (const category of data.discussionCategories ?? []) {
    if (!findCategory(state, category.name)) addDiscussionCategory(state, category);
  }
  for (const issue of data.issues ?? []) addIssue(state, issue);
  for (const discussion of data.discussions ?? []) addDiscussion(state, discussion);
  if (data.files) commitFiles(state, state.repo.default_branch, data.files, 'Seed files');
  for (const project of data.projects ?? []) addProject(state, project);
  if (data.denyBoardAccess) projectsOf(state).denyAccess = true;
}

/** The GraphQL `Repository` object with its filtered, ordered lists, and lookups by global id. */
import { type ConnectionArgs, GitHubGraphQLError, toConnection } from './graphql-connection.js';
import {
  actorObject,
  categoryObject,
  discussionCommentObject,
  discussionObject,
  type GqlObject,
  issueCommentObject,
  issueObject,
  labelObject,
  notFound,
} from './graphql-objects.js';
import { findIssue, findLabel, type IssueRecord, type StandInState } from './state.js';

interface Order {
  readonly field: string;
  readonly direction: 'ASC' | 'DESC';
}

interface IssueFilters {
  readonly assignee?: string | null;
  readonly createdBy?: string | null;
  readonly labels?: readonly string[] | null;
  readonly mentioned?: string | null;
  readonly since?: string | null;
  readonly states?: readonly string[] | null;
}

interface IssuesArgs extends ConnectionArgs {
  readonly labels?: readonly string[] | null;
  readonly states?: readonly string[] | null;
  readonly orderBy?: Order | null;
  readonly filterBy?: IssueFilters | null;
}

interface DiscussionsArgs extends ConnectionArgs {
  readonly categoryId?: string | null;
  readonly orderBy?: Order | null;
}

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** GraphQL's label filter matches issues with ANY of the labels (REST's `labels` needs all of them). */
function hasAnyLabel(issue: IssueRecord, labels: readonly string[] | null | undefined): boolean {
  if (!labels?.length) return true;
  return labels.some((wanted) => issue.labels.some((own) => sameLogin(own, wanted)));
}

function filterIssues(state: StandInState, args: IssuesArgs): IssueRecord[] {
  const filters = args.filterBy ?? {};
  const states = args.states?.length ? args.states : filters.states;
  return state.issues.filter((issue) => {
    if (issue.isPullRequest) return false;
    if (states?.length && !states.includes(issue.state.toUpperCase())) return false;
    if (!hasAnyLabel(issue, args.labels) || !hasAnyLabel(issue, filters.labels)) return false;
    if (filters.since && Date.parse(issue.updated_at) < Date.parse(filters.since)) return false;
    if (filters.createdBy && !sameLogin(issue.user, filters.createdBy)) return false;
    if (filters.mentioned && !(issue.body ?? '').includes(`@${filters.mentioned}`)) return false;
    if (filters.assignee === '*' && !issue.assignees.length) return false;
    if (
      filters.assignee &&
      filters.assignee !== '*' &&
      !issue.assignees.some((a) => sameLogin(a, filters.assignee!))
    ) {
      return false;
    }
    return true;
  });
}

/** Sorts by the ordered field, ties broken by `tie` (creation order), both in the order's direction. */
function sortBy<T>(
  items: T[],
  order: Order | null | undefined,
  keys: Readonly<Record<string, (item: T) => number>>,
  tie: (item: T) => number,
): T[] {
  const key = keys[order?.field ?? 'CREATED_AT'] ?? keys.CREATED_AT!;
  const sign = order?.direction === 'DESC' ? -1 : 1;
  return items.sort((a, b) => sign * (key(a) - key(b) || tie(a) - tie(b)));
}

export function repositoryObject(state: StandInState): GqlObject {
  const { repo } = state;
  const url = `https://github.com/${repo.owner}/${repo.name}`;
  const permission = repo.permissions.admin ? 'ADMIN' : repo.permissions.push ? 'WRITE' : 'READ';
  return {
    __typename: 'Repository',
    id: repo.node_id,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url,
    owner: actorObject(state, repo.owner),
    isPrivate: repo.private,
    visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
    hasIssuesEnabled: repo.has_issues,
    hasDiscussionsEnabled: repo.hasDiscussionsEnabled,
    viewerPermission: permission,
    defaultBranchRef: { __typename: 'Ref', name: repo.default_branch, prefix: 'refs/heads/' },
    discussionCategories: (args: ConnectionArgs) =>
      toConnection(
        state.discussionCategories,
        args,
        (category) => category.id,
        (category) => categoryObject(state, category),
      ),
    discussionCategory: ({ slug }: { slug: string }) => {
      const category = state.discussionCategories.find((candidate) => candidate.slug === slug);
      return category ? categoryObject(state, category) : null;
    },
    discussions: (args: DiscussionsArgs) => {
      const { categoryId } = args;
      if (categoryId && !state.discussionCategories.some((category) => category.node_id === categoryId)) {
        throw notFound(`a node with the global id of '${categoryId}'`);
      }
      const matching = state.discussions.filter((d) => !categoryId || d.category_id === categoryId);
      const ordered = sortBy(
        matching,
        args.orderBy,
        { CREATED_AT: (d) => Date.parse(d.created_at), UPDATED_AT: (d) => Date.parse(d.updated_at) },
        (d) => d.number,
      );
      return toConnection(
        ordered,
        args,
        (d) => d.id,
        (d) => discussionObject(state, d),
      );
    },
    discussion: ({ number }: { number: number }) => {
      const discussion = state.discussions.find((candidate) => candidate.number === number);
      if (!discussion) throw notFound(`a Discussion with the number of ${number}`);
      return discussionObject(state, discussion);
    },
    issues: (args: IssuesArgs) => {
      const ordered = sortBy(
        filterIssues(state, args),
        args.orderBy,
        {
          CREATED_AT: (issue) => issue.number,
          UPDATED_AT: (issue) => Date.parse(issue.updated_at),
          COMMENTS: (issue) => state.issueComments.filter((c) => c.issue_number === issue.number).length,
        },
        (issue) => issue.number,
      );
      return toConnection(
        ordered,
        args,
        (issue) => issue.id,
        (issue) => issueObject(state, issue),
      );
    },
    issue: ({ number }: { number: number }) => {
      const issue = findIssue(state, number);
      if (!issue || issue.isPullRequest) throw notFound(`an Issue with the number of ${number}`);
      return issueObject(state, issue);
    },
    labels: (args: ConnectionArgs & { query?: string | null }) => {
      const query = args.query?.toLowerCase();
      const matching = state.labels.filter((label) => !query || label.name.toLowerCase().includes(query));
      return toConnection(
        matching,
        args,
        (label) => label.id,
        (label) => labelObject(state, label),
      );
    },
    label: ({ name }: { name: string }) => {
      const label = findLabel(state, name);
      return label ? labelObject(state, label) : null;
    },
  };
}

/** The object behind a global id (`node(id:)`), or undefined. */
export function findNode(state: StandInState, id: string): GqlObject | undefined {
  if (state.repo.node_id === id) return repositoryObject(state);
  const issue = state.issues.find((candidate) => candidate.node_id === id);
  if (issue) return issueObject(state, issue);
  const issueComment = state.issueComments.find((candidate) => candidate.node_id === id);
  if (issueComment) return issueCommentObject(state, issueComment);
  const label = state.labels.find((candidate) => candidate.node_id === id);
  if (label) return labelObject(state, label);
  const category = state.discussionCategories.find((candidate) => candidate.node_id === id);
  if (category) return categoryObject(state, category);
  const discussion = state.discussions.find((candidate) => candidate.node_id === id);
  if (discussion) return discussionObject(state, discussion);
  const comment = state.discussionComments.find((candidate) => candidate.node_id === id);
  if (comment) return discussionCommentObject(state, comment);
  const user = [...state.users.values()].find((candidate) => candidate.node_id === id);
  return user ? actorObject(state, user.login) : undefined;
}

export function requireNode(state: StandInState, id: string, typename: string): GqlObject {
  const node = findNode(state, id);
  if (!node || node.__typename !== typename) {
    throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  }
  return node;
}

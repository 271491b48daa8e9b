/**
 * State records → GraphQL objects. Fields are plain values or functions of the field's arguments
 * (graphql-js's default resolution); a field the stand-in does not know is left out, which the
 * executor reports as unimplemented instead of silently answering null.
 */
import { type ConnectionArgs, GitHubGraphQLError, toConnection } from './graphql-connection.js';
import { repositoryObject } from './graphql-repository.js';
import { findCategory } from './seed.js';
import {
  type DiscussionCategoryRecord,
  type DiscussionCommentRecord,
  type DiscussionRecord,
  ensureUser,
  findLabel,
  type IssueCommentRecord,
  type IssueRecord,
  type LabelRecord,
  type StandInState,
} from './state.js';

export type GqlObject = Readonly<Record<string, unknown>>;

const WEB_URL = 'https://github.com';

const repoUrl = (state: StandInState): string => `${WEB_URL}/${state.repo.owner}/${state.repo.name}`;

export const notFound = (what: string): GitHubGraphQLError =>
  new GitHubGraphQLError('NOT_FOUND', `Could not resolve to ${what}.`);

/** GraphQL shows a bot's login without the `[bot]` suffix that REST shows. */
export function actorObject(state: StandInState, login: string): GqlObject {
  const user = ensureUser(state, login);
  const isBot = user.type === 'Bot';
  const shown = isBot ? user.login.replace(/\[bot\]$/, '') : user.login;
  const url = isBot ? `${WEB_URL}/apps/${shown}` : `${WEB_URL}/${shown}`;
  return {
    __typename: isBot ? 'Bot' : 'User',
    id: user.node_id,
    databaseId: user.id,
    login: shown,
    url,
    resourcePath: new URL(url).pathname,
    avatarUrl: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
  };
}

export function labelObject(state: StandInState, label: LabelRecord): GqlObject {
  return {
    __typename: 'Label',
    id: label.node_id,
    name: label.name,
    color: label.color,
    description: label.description,
    isDefault: label.default,
    createdAt: label.created_at,
    url: `${repoUrl(state)}/labels/${encodeURIComponent(label.name)}`,
  };
}

export function issueCommentObject(state: StandInState, comment: IssueCommentRecord): GqlObject {
  const url = `${repoUrl(state)}/issues/${comment.issue_number}#issuecomment-${comment.id}`;
  return {
    __typename: 'IssueComment',
    id: comment.node_id,
    databaseId: comment.id,
    body: comment.body,
    url,
    createdAt: comment.created_at,
    updatedAt: comment.updated_at,
    lastEditedAt: comment.updated_at === comment.created_at ? null : comment.updated_at,
    author: actorObject(state, comment.user),
    isMinimized: false,
  };
}

export function issueObject(state: StandInState, issue: IssueRecord): GqlObject {
  const kind = issue.isPullRequest ? 'pull' : 'issues';
  const url = `${repoUrl(state)}/${kind}/${issue.number}`;
  const labels = issue.labels.map((name) => findLabel(state, name)).filter((label) => label !== undefined);
  const comments = state.issueComments.filter((comment) => comment.issue_number === issue.number);
  return {
    __typename: issue.isPullRequest ? 'PullRequest' : 'Issue',
    id: issue.node_id,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    url,
    resourcePath: new URL(url).pathname,
    state: issue.state.toUpperCase(),
    stateReason: ({ enableDuplicate }: { enableDuplicate?: boolean | null }) => {
      if (issue.state_reason === 'duplicate' && !enableDuplicate) return 'NOT_PLANNED';
      return issue.state_reason?.toUpperCase() ?? null;
    },
    closed: issue.state === 'closed',
    locked: issue.locked,
    createdAt: issue.created_at,
    updatedAt: issue.updated_at,
    closedAt: issue.closed_at,
    author: actorObject(state, issue.user),
    assignees: (args: ConnectionArgs) =>
      toConnection(
        issue.assignees.map((login) => ensureUser(state, login)),
        args,
        (user) => user.id,
        (user) => actorObject(state, user.login),
      ),
    labels: (args: ConnectionArgs) =>
      toConnection(
        labels,
        args,
        (label) => label.id,
        (label) => labelObject(state, label),
      ),
    comments: (args: ConnectionArgs) =>
      toConnection(
        comments,
        args,
        (comment) => comment.id,
        (comment) => issueCommentObject(state, comment),
      ),
    repository: () => repositoryObject(state),
  };
}

export function categoryObject(state: StandInState, category: DiscussionCategoryRecord): GqlObject {
  return {
    __typename: 'DiscussionCategory',
    id: category.node_id,
    name: category.name,
    slug: category.slug,
    emoji: category.emoji,
    emojiHTML: `<div>${category.emoji}</div>`,
    description: category.description,
    isAnswerable: category.isAnswerable,
    createdAt: category.created_at,
    updatedAt: category.created_at,
    repository: () => repositoryObject(state),
  };
}

export function discussionCommentObject(state: StandInState, comment: DiscussionCommentRecord): GqlObject {
  const replies = state.discussionComments.filter((reply) => reply.reply_to === comment.node_id);
  const parent = state.discussionComments.find((candidate) => candidate.node_id === comment.reply_to);
  const discussion = state.discussions.find((candidate) => candidate.number === comment.discussion_number);
  return {
    __typename: 'DiscussionComment',
    id: comment.node_id,
    databaseId: comment.id,
    body: comment.body,
    url: `${repoUrl(state)}/discussions/${comment.discussion_number}#discussioncomment-${comment.id}`,
    createdAt: comment.created_at,
    updatedAt: comment.updated_at,
    lastEditedAt: comment.updated_at === comment.created_at ? null : comment.updated_at,
    author: actorObject(state, comment.user),
    isMinimized: false,
    replyTo: parent ? () => discussionCommentObject(state, parent) : null,
    replies: (args: ConnectionArgs) =>
      toConnection(
        replies,
        args,
        (reply) => reply.id,
        (reply) => discussionCommentObject(state, reply),
      ),
    discussion: discussion ? () => discussionObject(state, discussion) : null,
  };
}

export function discussionObject(state: StandInState, discussion: DiscussionRecord): GqlObject {
  const url = `${repoUrl(state)}/discussions/${discussion.number}`;
  const category = findCategory(state, discussion.category_id);
  // `comments` lists top-level comments; replies hang under each comment.
  const comments = state.discussionComments.filter(
    (comment) => comment.discussion_number === discussion.number && comment.reply_to === null,
  );
  return {
    __typename: 'Discussion',
    id: discussion.node_id,
    databaseId: discussion.id,
    number: discussion.number,
    title: discussion.title,
    body: discussion.body,
    url,
    resourcePath: new URL(url).pathname,
    createdAt: discussion.created_at,
    updatedAt: discussion.updated_at,
    closed: false,
    locked: false,
    author: actorObject(state, discussion.user),
    category: category ? categoryObject(state, category) : null,
    comments: (args: ConnectionArgs) =>
      toConnection(
        comments,
        args,
        (comment) => comment.id,
        (comment) => discussionCommentObject(state, comment),
      ),
    repository: () => repositoryObject(state),
  };
}

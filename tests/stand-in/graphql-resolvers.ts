/** The GraphQL root fields: queries and the discussion mutations the product uses. */
import { GitHubGraphQLError } from './graphql-connection.js';
import {
  actorObject,
  discussionCommentObject,
  discussionObject,
  type GqlObject,
  notFound,
} from './graphql-objects.js';
import { projectMutations } from './graphql-project-mutations.js';
import { projectQueryRoots } from './graphql-projects.js';
import { findNode, repositoryObject } from './graphql-repository.js';
import { addDiscussion, addDiscussionComment } from './seed.js';
import { formatTimestamp, type StandInState, stampWrite } from './state.js';

export interface ResolverContext {
  readonly state: StandInState;
  readonly isReadOnly: boolean;
  /** Points this request cost (already taken from the GraphQL rate limit). */
  readonly cost: number;
}

const MAX_BODY_LENGTH = 65_536;

const unprocessable = (message: string): GitHubGraphQLError =>
  new GitHubGraphQLError('UNPROCESSABLE', message);

export function queryRoot(ctx: ResolverContext): GqlObject {
  const { state } = ctx;
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const isOurs =
        owner.toLowerCase() === state.repo.owner.toLowerCase() &&
        name.toLowerCase() === state.repo.name.toLowerCase();
      if (!isOurs) throw notFound(`a Repository with the name '${owner}/${name}'`);
      return repositoryObject(state);
    },
    node: ({ id }: { id: string }) => {
      const node = findNode(state, id);
      if (!node) throw notFound(`a node with the global id of '${id}'`);
      return node;
    },
    nodes: ({ ids }: { ids: readonly string[] }) => ids.map((id) => findNode(state, id) ?? null),
    viewer: () => actorObject(state, state.viewer),
    ...projectQueryRoots(state),
    rateLimit: () => {
      const bucket = state.rateLimits.graphql;
      return {
        cost: ctx.cost,
        limit: bucket.limit,
        remaining: bucket.remaining,
        used: bucket.used,
        resetAt: formatTimestamp(bucket.reset * 1000),
        nodeCount: 0,
      };
    },
  };
}

interface CreateDiscussionInput {
  readonly repositoryId: string;
  readonly categoryId: string;
  readonly title: string;
  readonly body: string;
  readonly clientMutationId?: string | null;
}

interface AddDiscussionCommentInput {
  readonly discussionId: string;
  readonly body: string;
  readonly replyToId?: string | null;
  readonly clientMutationId?: string | null;
}

interface UpdateDiscussionCommentInput {
  readonly commentId: string;
  readonly body: string;
  readonly clientMutationId?: string | null;
}

interface UpdateDiscussionInput {
  readonly discussionId: string;
  readonly title?: string | null;
  readonly body?: string | null;
  readonly categoryId?: string | null;
  readonly clientMutationId?: string | null;
}

function checkBody(body: string): void {
  if (!body.trim()) throw unprocessable("Body can't be blank");
  if (body.length > MAX_BODY_LENGTH)
    throw unprocessable(`Body is too long (maximum is ${MAX_BODY_LENGTH} characters)`);
}

const missingNode = (id: string): GitHubGraphQLError => notFound(`a node with the global id of '${id}'`);

export function mutationRoot(ctx: ResolverContext): GqlObject {
  const { state } = ctx;
  const write =
    <I>(mutate: (input: I) => GqlObject) =>
    ({ input }: { input: I }) => {
      if (ctx.isReadOnly) throw new GitHubGraphQLError('FORBIDDEN', 'Resource not accessible by integration');
      return mutate(input);
    };
  const findDiscussion = (id: string) => {
    const discussion = state.discussions.find((candidate) => candidate.node_id === id);
    if (!discussion) throw missingNode(id);
    return discussion;
  };
  return {
    ...projectMutations(ctx),
    createDiscussion: write((input: CreateDiscussionInput) => {
      if (input.repositoryId !== state.repo.node_id) throw missingNode(input.repositoryId);
      if (!state.repo.hasDiscussionsEnabled)
        throw unprocessable('Discussions are disabled for this repository');
      const category = state.discussionCategories.find((candidate) => candidate.node_id === input.categoryId);
      if (!category) throw missingNode(input.categoryId);
      if (!input.title.trim()) throw unprocessable("Title can't be blank");
      checkBody(input.body);
      const discussion = addDiscussion(state, {
        title: input.title,
        body: input.body,
        category: category.node_id,
      });
      return {
        clientMutationId: input.clientMutationId ?? null,
        discussion: discussionObject(state, discussion),
      };
    }),
    updateDiscussion: write((input: UpdateDiscussionInput) => {
      const discussion = findDiscussion(input.discussionId);
      if (input.categoryId) {
        if (!state.discussionCategories.some((c) => c.node_id === input.categoryId))
          throw missingNode(input.categoryId);
        discussion.category_id = input.categoryId;
      }
      if (typeof input.title === 'string') discussion.title = input.title;
      if (typeof input.body === 'string') {
        checkBody(input.body);
        discussion.body = input.body;
      }
      discussion.updated_at = stampWrite(state);
      return {
        clientMutationId: input.clientMutationId ?? null,
        discussion: discussionObject(state, discussion),
      };
    }),
    addDiscussionComment: write((input: AddDiscussionCommentInput) => {
      const discussion = findDiscussion(input.discussionId);
      checkBody(input.body);
      if (input.replyToId) {
        const parent = state.discussionComments.find((comment) => comment.node_id === input.replyToId);
        if (!parent || parent.discussion_number !== discussion.number) throw missingNode(input.replyToId);
      }
      const comment = addDiscussionComment(state, discussion, {
        body: input.body,
        replyTo: input.replyToId ?? null,
      });
      return {
        clientMutationId: input.clientMutationId ?? null,
        comment: discussionCommentObject(state, comment),
      };
    }),
    deleteDiscussion: write((input: { readonly id: string; readonly clientMutationId?: string | null }) => {
      const discussion = findDiscussion(input.id);
      const answer = discussionObject(state, discussion);
      state.discussions = state.discussions.filter((candidate) => candidate !== discussion);
      state.discussionComments = state.discussionComments.filter(
        (comment) => comment.discussion_number !== discussion.number,
      );
      return { clientMutationId: input.clientMutationId ?? null, discussion: answer };
    }),
    deleteDiscussionComment: write(
      (input: { readonly id: string; readonly clientMutationId?: string | null }) => {
        const comment = state.discussionComments.find((candidate) => candidate.node_id === input.id);
        if (!comment) throw missingNode(input.id);
        const answer = discussionCommentObject(state, comment);
        state.discussionComments = state.discussionComments.filter(
          (candidate) => candidate !== comment && candidate.reply_to !== comment.node_id,
        );
        return { clientMutationId: input.clientMutationId ?? null, comment: answer };
      },
    ),
    updateDiscussionComment: write((input: UpdateDiscussionCommentInput) => {
      const comment = state.discussionComments.find((candidate) => candidate.node_id === input.commentId);
      if (!comment) throw missingNode(input.commentId);
      checkBody(input.body);
      if (comment.body !== input.body) {
        comment.body = input.body;
        comment.updated_at = stampWrite(state);
      }
      return {
        clientMutationId: input.clientMutationId ?? null,
        comment: discussionCommentObject(state, comment),
      };
    }),
  };
}

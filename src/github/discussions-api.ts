import type { GitHubClient } from './create-github-client.js';
import {
  ADD_COMMENT_MUTATION,
  CREATE_DISCUSSION_MUTATION,
  DELETE_COMMENT_MUTATION,
  DELETE_DISCUSSION_MUTATION,
  DISCUSSIONS_QUERY,
  EARLIER_COMMENTS_QUERY,
  LATEST_COMMENTS_QUERY,
  UPDATE_COMMENT_MUTATION,
} from './discussion-documents.js';

import type { RepoRef } from './issue-snapshot.js';

export { DISCUSSION_PAGE_FRAGMENT } from './discussion-documents.js';

export interface DiscussionCategory {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
}

export interface DiscussionComment {
  readonly id: string;
  readonly url: string;
  readonly body: string;
}

/** A discussion with its latest top-level comments (oldest first). */
export interface DiscussionThread {
  readonly id: string;
  readonly number: number;
  readonly url: string;
  readonly body: string;
  readonly comments: readonly DiscussionComment[];
  /** Cursor before the earliest comment read, when there are earlier ones. */
  readonly earlierCommentsCursor?: string;
}

export interface DiscussionPage {
  readonly discussions: readonly DiscussionThread[];
  readonly nextCursor?: string;
}

interface RawCommentPage {
  readonly pageInfo: { readonly hasPreviousPage: boolean; readonly startCursor: string | null };
  readonly nodes: readonly (DiscussionComment | null)[];
}

export interface RawDiscussionPage {
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly nodes: readonly ({
    readonly id: string;
    readonly number: number;
    readonly url: string;
    readonly body: string;
    readonly comments: RawCommentPage;
  } | null)[];
}

export function toDiscussionPage(raw: RawDiscussionPage): DiscussionPage {
  const discussions = raw.nodes.flatMap((node): DiscussionThread[] =>
    node
      ? [{ id: node.id, number: node.number, url: node.url, body: node.body, ...toComments(node.comments) }]
      : [],
  );
  const nextCursor = raw.pageInfo.hasNextPage ? raw.pageInfo.endCursor : null;
  return { discussions, ...(nextCursor && { nextCursor }) };
}

function toComments(page: RawCommentPage): Pick<DiscussionThread, 'comments' | 'earlierCommentsCursor'> {
  const comments = page.nodes.filter((node): node is DiscussionComment => node !== null);
  const cursor = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
  return { comments, ...(cursor && { earlierCommentsCursor: cursor }) };
}

/**
 * One GraphQL request to `graphqlUrl` (GITHUB_GRAPHQL_URL). Octokit refuses `url` beside a query
 * string ("cannot be used as variable name"), so the query goes into the options object.
 */
export function queryGraphQL<T>(
  client: GitHubClient,
  graphqlUrl: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  return client.graphql<T>({ query, ...variables, url: graphqlUrl });
}

/** A lost answer to a create must not become a second one; the next run finds what was made and edits it. */
const NO_RETRY = { request: { retries: 0 } };

/** The GraphQL calls Tandem makes on discussions (REST has none for them); narrow parameters. */
export class DiscussionsApi {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly graphqlUrl: string,
  ) {}

  /** A page of the category's discussions, or of every category's when `categoryId` is undefined. */
  async listDiscussions(categoryId: string | undefined, after?: string): Promise<DiscussionPage> {
    const data = await this.request<{ repository: { discussions: RawDiscussionPage } | null }>(
      DISCUSSIONS_QUERY,
      {
        owner: this.repo.owner,
        name: this.repo.repo,
        categoryId: categoryId ?? null,
        after: after ?? null,
      },
    );
    if (!data.repository) throw new Error(`repository ${this.repo.owner}/${this.repo.repo} not found`);
    return toDiscussionPage(data.repository.discussions);
  }

  /** Up to 100 comments before `cursor`, oldest first. */
  async listEarlierComments(
    discussionId: string,
    cursor: string,
  ): Promise<Pick<DiscussionThread, 'comments' | 'earlierCommentsCursor'>> {
    const data = await this.request<{ node: { comments?: RawCommentPage } | null }>(EARLIER_COMMENTS_QUERY, {
      id: discussionId,
      before: cursor,
    });
    if (!data.node?.comments) throw new Error(`discussion ${discussionId} not found`);
    return toComments(data.node.comments);
  }

  /** The latest 100 top-level comments, oldest first. */
  async listLatestComments(discussionId: string): Promise<readonly DiscussionComment[]> {
    const data = await this.request<{ node: { comments?: RawCommentPage } | null }>(LATEST_COMMENTS_QUERY, {
      id: discussionId,
    });
    if (!data.node?.comments) throw new Error(`discussion ${discussionId} not found`);
    return toComments(data.node.comments).comments;
  }

  /** Deletes a discussion; one another run deleted meanwhile is fine. */
  async deleteDiscussion(id: string): Promise<void> {
    await this.ignoreMissing(this.request(DELETE_DISCUSSION_MUTATION, { id }));
  }

  /** Deletes a comment; one another run deleted meanwhile is fine. */
  async deleteComment(id: string): Promise<void> {
    await this.ignoreMissing(this.request(DELETE_COMMENT_MUTATION, { id }));
  }

  private async ignoreMissing(request: Promise<unknown>): Promise<void> {
    try {
      await request;
    } catch (error) {
      const errors = (error as { errors?: { type?: string }[] }).errors;
      if (!errors?.some((entry) => entry.type === 'NOT_FOUND')) throw error;
    }
  }

  async createDiscussion(input: {
    repositoryId: string;
    categoryId: string;
    title: string;
    body: string;
  }): Promise<{ id: string; number: number; url: string }> {
    const data = await this.request<{
      createDiscussion: { discussion: { id: string; number: number; url: string } };
    }>(CREATE_DISCUSSION_MUTATION, { ...input, ...NO_RETRY });
    return data.createDiscussion.discussion;
  }

  async addComment(discussionId: string, body: string): Promise<{ id: string; url: string }> {
    const data = await this.request<{ addDiscussionComment: { comment: { id: string; url: string } } }>(
      ADD_COMMENT_MUTATION,
      { discussionId, body, ...NO_RETRY },
    );
    return data.addDiscussionComment.comment;
  }

  async updateComment(commentId: string, body: string): Promise<{ id: string; url: string }> {
    const data = await this.request<{ updateDiscussionComment: { comment: { id: string; url: string } } }>(
      UPDATE_COMMENT_MUTATION,
      { commentId, body },
    );
    return data.updateDiscussionComment.comment;
  }

  private request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return queryGraphQL<T>(this.client, this.graphqlUrl, query, variables);
  }
}

import type { GitHubClient } from './create-github-client.js';
import {
  DISCUSSION_PAGE_FRAGMENT,
  type DiscussionCategory,
  type DiscussionPage,
  queryGraphQL,
  type RawDiscussionPage,
  toDiscussionPage,
} from './discussions-api.js';
import type { RepoRef } from './issue-snapshot.js';

/** A tandem issue as report and remind read it, one GraphQL page of 100 at a time. */
export interface ProgramIssue {
  /** The issue's node id (a board item is added by it). */
  readonly id: string;
  readonly number: number;
  readonly url: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly updatedAt: string;
  readonly commentCount: number;
  /** The latest comments' bodies (up to 100), oldest first; empty unless asked for. */
  readonly recentCommentBodies: readonly string[];
}

export interface RepositoryFacts {
  readonly id: string;
  readonly hasDiscussionsEnabled: boolean;
  readonly categories: readonly DiscussionCategory[];
}

export interface ReadProgramIssuesOptions {
  readonly repo: RepoRef;
  readonly graphqlUrl: string;
  /** The label every issue of the program carries. */
  readonly label: string;
  /** Read the latest 100 comments of each issue too (remind looks for its markers there). */
  readonly withComments: boolean;
  /**
   * The discussion category the report goes to: when it exists and there is a second page of issues,
   * the category's first page of discussions rides along with it, saving a request.
   */
  readonly categoryName?: string;
}

export interface ReadProgramIssuesResult {
  readonly repository: RepositoryFacts;
  readonly issues: readonly ProgramIssue[];
  /** The category's first page of discussions, when it could be folded into an issues page. */
  readonly discussions?: DiscussionPage;
}

export const TANDEM_ISSUES_QUERY = /* GraphQL */ `
  query TandemIssues(
    $owner: String!
    $name: String!
    $label: String!
    $after: String
    $withRepository: Boolean!
    $withComments: Boolean!
    $commentLimit: Int!
    $withDiscussions: Boolean!
    $categoryId: ID
  ) {
    repository(owner: $owner, name: $name) {
      id @include(if: $withRepository)
      hasDiscussionsEnabled @include(if: $withRepository)
      discussionCategories(first: 100) @include(if: $withRepository) {
        nodes {
          id
          name
          slug
        }
      }
      issues(first: 100, after: $after, labels: [$label], states: [OPEN, CLOSED]) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          number
          url
          body
          state
          updatedAt
          comments(last: $commentLimit) {
            totalCount
            nodes @include(if: $withComments) {
              body
            }
          }
        }
      }
      discussions(first: 100, categoryId: $categoryId) @include(if: $withDiscussions) {
        ...DiscussionPage
      }
    }
  }
  ${DISCUSSION_PAGE_FRAGMENT}
`;

interface RawIssue {
  readonly id: string;
  readonly number: number;
  readonly url: string;
  readonly body: string;
  readonly state: 'OPEN' | 'CLOSED';
  readonly updatedAt: string;
  readonly comments: {
    readonly totalCount: number;
    readonly nodes?: readonly ({ readonly body: string } | null)[];
  };
}

interface TandemIssuesResponse {
  readonly repository: {
    readonly id?: string;
    readonly hasDiscussionsEnabled?: boolean;
    readonly discussionCategories?: { readonly nodes: readonly (DiscussionCategory | null)[] };
    readonly issues: {
      readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
      readonly nodes: readonly (RawIssue | null)[];
    };
    readonly discussions?: RawDiscussionPage;
  } | null;
}

/**
 * Every issue with the program's label, open or closed, in ⌈N / 100⌉ requests; the first also brings
 * the repository's id and discussion categories, which the report needs before it can post.
 */
export async function readProgramIssues(
  client: GitHubClient,
  options: ReadProgramIssuesOptions,
): Promise<ReadProgramIssuesResult> {
  const issues: ProgramIssue[] = [];
  let repository: RepositoryFacts | undefined;
  let discussions: DiscussionPage | undefined;
  let after: string | null = null;
  for (;;) {
    const categoryId =
      repository?.hasDiscussionsEnabled && !discussions
        ? findCategory(repository, options.categoryName)?.id
        : undefined;
    const response: TandemIssuesResponse = await queryGraphQL<TandemIssuesResponse>(
      client,
      options.graphqlUrl,
      TANDEM_ISSUES_QUERY,
      {
        owner: options.repo.owner,
        name: options.repo.repo,
        label: options.label,
        after,
        withRepository: repository === undefined,
        withComments: options.withComments,
        commentLimit: options.withComments ? 100 : 1,
        withDiscussions: categoryId !== undefined,
        categoryId: categoryId ?? null,
      },
    );
    const page = response.repository;
    if (!page) throw new Error(`repository ${options.repo.owner}/${options.repo.repo} not found`);
    repository ??= {
      id: page.id ?? '',
      hasDiscussionsEnabled: page.hasDiscussionsEnabled ?? false,
      categories: (page.discussionCategories?.nodes ?? []).filter(
        (node): node is DiscussionCategory => node !== null,
      ),
    };
    if (page.discussions) discussions = toDiscussionPage(page.discussions);
    for (const node of page.issues.nodes) if (node) issues.push(toProgramIssue(node));
    if (!page.issues.pageInfo.hasNextPage || !page.issues.pageInfo.endCursor) break;
    after = page.issues.pageInfo.endCursor;
  }
  return { repository: repository!, issues, ...(discussions && { discussions }) };
}

/** A category by name, as people write it in the program (case-insensitive), or by slug. */
export function findCategory(
  repository: RepositoryFacts,
  name: string | undefined,
): DiscussionCategory | undefined {
  if (name === undefined) return undefined;
  const wanted = name.trim().toLowerCase();
  return repository.categories.find(
    (category) => category.name.toLowerCase() === wanted || category.slug.toLowerCase() === wanted,
  );
}

function toProgramIssue(node: RawIssue): ProgramIssue {
  return {
    id: node.id,
    number: node.number,
    url: node.url,
    body: node.body,
    state: node.state === 'CLOSED' ? 'closed' : 'open',
    updatedAt: node.updatedAt,
    commentCount: node.comments.totalCount,
    recentCommentBodies: (node.comments.nodes ?? []).flatMap((comment) => (comment ? [comment.body] : [])),
  };
}

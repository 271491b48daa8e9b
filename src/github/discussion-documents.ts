/** The GraphQL documents of the report's discussion calls (validated against GitHub's schema in tests). */

/**
 * How many of a discussion's latest comments come with it. Reports are the thread's own comments,
 * one a period, so the current period's is among the last few; more are read only when needed.
 */
const RECENT_COMMENTS = 10;

export const COMMENT_PAGE_FRAGMENT = /* GraphQL */ `
  fragment CommentPage on DiscussionCommentConnection {
    pageInfo {
      hasPreviousPage
      startCursor
    }
    nodes {
      id
      url
      body
    }
  }
`;

/** Include in a document that spreads `...DiscussionPage` on a `DiscussionConnection`. */
export const DISCUSSION_PAGE_FRAGMENT = /* GraphQL */ `
  fragment DiscussionPage on DiscussionConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      number
      url
      body
      comments(last: ${RECENT_COMMENTS}) {
        ...CommentPage
      }
    }
  }
  ${COMMENT_PAGE_FRAGMENT}
`;

export const DISCUSSIONS_QUERY = /* GraphQL */ `
  query CategoryDiscussions($owner: String!, $name: String!, $categoryId: ID, $after: String) {
    repository(owner: $owner, name: $name) {
      discussions(first: 100, after: $after, categoryId: $categoryId) {
        ...DiscussionPage
      }
    }
  }
  ${DISCUSSION_PAGE_FRAGMENT}
`;

export const EARLIER_COMMENTS_QUERY = /* GraphQL */ `
  query EarlierDiscussionComments($id: ID!, $before: String!) {
    node(id: $id) {
      ... on Discussion {
        comments(last: 100, before: $before) {
          ...CommentPage
        }
      }
    }
  }
  ${COMMENT_PAGE_FRAGMENT}
`;

export const LATEST_COMMENTS_QUERY = /* GraphQL */ `
  query LatestDiscussionComments($id: ID!) {
    node(id: $id) {
      ... on Discussion {
        comments(last: 100) {
          ...CommentPage
        }
      }
    }
  }
  ${COMMENT_PAGE_FRAGMENT}
`;

export const DELETE_DISCUSSION_MUTATION = /* GraphQL */ `
  mutation DeleteDiscussion($id: ID!) {
    deleteDiscussion(input: { id: $id }) {
      clientMutationId
    }
  }
`;

export const DELETE_COMMENT_MUTATION = /* GraphQL */ `
  mutation DeleteDiscussionComment($id: ID!) {
    deleteDiscussionComment(input: { id: $id }) {
      clientMutationId
    }
  }
`;

export const CREATE_DISCUSSION_MUTATION = /* GraphQL */ `
  mutation CreateDiscussion($repositoryId: ID!, $categoryId: ID!, $title: String!, $body: String!) {
    createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: $title, body: $body }) {
      discussion {
        id
        number
        url
      }
    }
  }
`;

export const ADD_COMMENT_MUTATION = /* GraphQL */ `
  mutation AddDiscussionComment($discussionId: ID!, $body: String!) {
    addDiscussionComment(input: { discussionId: $discussionId, body: $body }) {
      comment {
        id
        url
      }
    }
  }
`;

export const UPDATE_COMMENT_MUTATION = /* GraphQL */ `
  mutation UpdateDiscussionComment($commentId: ID!, $body: String!) {
    updateDiscussionComment(input: { commentId: $commentId, body: $body }) {
      comment {
        id
        url
      }
    }
  }
`;

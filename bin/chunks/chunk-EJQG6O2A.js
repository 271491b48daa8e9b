import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import{f as m}from"./chunk-7RZTOJXN.js";function S(o,e){let n=new Map;for(let s of o){let t=m(s.body);if(t?.programId!==e)continue;let i=n.get(t.tandemId);(!i||C(s,i))&&n.set(t.tandemId,s)}return n}function C(o,e){return o.state!==e.state?o.state==="open":o.number<e.number}var p=`
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
`,d=`
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
      comments(last: 10) {
        ...CommentPage
      }
    }
  }
  ${p}
`;function u(o){let e=o.nodes.flatMap(s=>s?[{id:s.id,number:s.number,url:s.url,body:s.body,...f(s.comments)}]:[]),n=o.pageInfo.hasNextPage?o.pageInfo.endCursor:null;return{discussions:e,...n&&{nextCursor:n}}}function f(o){let e=o.nodes.filter(s=>s!==null),n=o.pageInfo.hasPreviousPage?o.pageInfo.startCursor:null;return{comments:e,...n&&{earlierCommentsCursor:n}}}var b=`
  query CategoryDiscussions($owner: String!, $name: String!, $categoryId: ID!, $after: String) {
    repository(owner: $owner, name: $name) {
      discussions(first: 100, after: $after, categoryId: $categoryId) {
        ...DiscussionPage
      }
    }
  }
  ${d}
`,I=`
  query EarlierDiscussionComments($id: ID!, $before: String!) {
    node(id: $id) {
      ... on Discussion {
        comments(last: 100, before: $before) {
          ...CommentPage
        }
      }
    }
  }
  ${p}
`,D=`
  mutation CreateDiscussion($repositoryId: ID!, $categoryId: ID!, $title: String!, $body: String!) {
    createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: $title, body: $body }) {
      discussion {
        id
        number
        url
      }
    }
  }
`,P=`
  mutation AddDiscussionComment($discussionId: ID!, $body: String!) {
    addDiscussionComment(input: { discussionId: $discussionId, body: $body }) {
      comment {
        id
        url
      }
    }
  }
`,$=`
  mutation UpdateDiscussionComment($commentId: ID!, $body: String!) {
    updateDiscussionComment(input: { commentId: $commentId, body: $body }) {
      comment {
        id
        url
      }
    }
  }
`;function l(o,e,n,s){return o.graphql({query:n,...s,url:e})}var g={request:{retries:0}},y=class{constructor(e,n,s){this.client=e;this.repo=n;this.graphqlUrl=s}client;repo;graphqlUrl;async listDiscussions(e,n){let s=await this.request(b,{owner:this.repo.owner,name:this.repo.repo,categoryId:e,after:n??null});if(!s.repository)throw new Error(`repository ${this.repo.owner}/${this.repo.repo} not found`);return u(s.repository.discussions)}async listEarlierComments(e,n){let s=await this.request(I,{id:e,before:n});if(!s.node?.comments)throw new Error(`discussion ${e} not found`);return f(s.node.comments)}async createDiscussion(e){return(await this.request(D,{...e,...g})).createDiscussion.discussion}async addComment(e,n){return(await this.request(P,{discussionId:e,body:n,...g})).addDiscussionComment.comment}async updateComment(e,n){return(await this.request($,{commentId:e,body:n})).updateDiscussionComment.comment}request(e,n){return l(this.client,this.graphqlUrl,e,n)}};var h=`
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
  ${d}
`;async function O(o,e){let n=[],s,t,i=null;for(;;){let c=s?.hasDiscussionsEnabled&&!t?w(s,e.categoryName)?.id:void 0,r=(await l(o,e.graphqlUrl,h,{owner:e.repo.owner,name:e.repo.repo,label:e.label,after:i,withRepository:s===void 0,withComments:e.withComments,commentLimit:e.withComments?100:1,withDiscussions:c!==void 0,categoryId:c??null})).repository;if(!r)throw new Error(`repository ${e.repo.owner}/${e.repo.repo} not found`);s??={id:r.id??"",hasDiscussionsEnabled:r.hasDiscussionsEnabled??!1,categories:(r.discussionCategories?.nodes??[]).filter(a=>a!==null)},r.discussions&&(t=u(r.discussions));for(let a of r.issues.nodes)a&&n.push(R(a));if(!r.issues.pageInfo.hasNextPage||!r.issues.pageInfo.endCursor)break;i=r.issues.pageInfo.endCursor}return{repository:s,issues:n,...t&&{discussions:t}}}function w(o,e){if(e===void 0)return;let n=e.trim().toLowerCase();return o.categories.find(s=>s.name.toLowerCase()===n||s.slug.toLowerCase()===n)}function R(o){return{number:o.number,url:o.url,body:o.body,state:o.state==="CLOSED"?"closed":"open",updatedAt:o.updatedAt,commentCount:o.comments.totalCount,recentCommentBodies:(o.comments.nodes??[]).flatMap(e=>e?[e.body]:[])}}export{S as a,y as b,O as c,w as d};

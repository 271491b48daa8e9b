import type { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StandIn, startStandIn } from '../stand-in/index.js';
import { makeOctokit, OWNER, REPO } from './clients.js';

let standIn: StandIn;
let octokit: Octokit;
const vars = { owner: OWNER, name: REPO };

beforeEach(async () => {
  standIn = await startStandIn();
  standIn.seed({ discussionCategories: [{ name: 'Mentoring' }] });
  octokit = makeOctokit(standIn);
});

afterEach(async () => {
  await standIn.close();
});

/** The response errors of a GraphQL call that is expected to fail. */
async function graphqlErrors(query: string, variables: Record<string, unknown> = {}, client = octokit) {
  try {
    await client.graphql(query, variables);
  } catch (error) {
    return (error as { errors: { type?: string; message: string }[]; data?: unknown }).errors;
  }
  throw new Error('expected GraphQL errors');
}

const CATEGORIES = `query Categories($owner:String!,$name:String!){ repository(owner:$owner,name:$name){
  id hasDiscussionsEnabled discussionCategories(first:100){ nodes{ id name slug } } } }`;

const IN_CATEGORY = `query InCategory($owner:String!,$name:String!,$categoryId:ID!,$after:String){ repository(owner:$owner,name:$name){
  discussions(first:2,after:$after,categoryId:$categoryId){ pageInfo{hasNextPage endCursor} totalCount nodes{ id number title body url } } } }`;

const CREATE = `mutation Create($repositoryId:ID!,$categoryId:ID!,$title:String!,$body:String!){
  createDiscussion(input:{repositoryId:$repositoryId,categoryId:$categoryId,title:$title,body:$body}){ discussion{ id number url } } }`;

const ADD = `mutation Add($discussionId:ID!,$body:String!){ addDiscussionComment(input:{discussionId:$discussionId,body:$body}){ comment{ id url } } }`;

const UPDATE = `mutation Upd($commentId:ID!,$body:String!){ updateDiscussionComment(input:{commentId:$commentId,body:$body}){ comment{ id body } } }`;

interface CategoriesResult {
  repository: {
    id: string;
    hasDiscussionsEnabled: boolean;
    discussionCategories: { nodes: { id: string; name: string; slug: string }[] };
  };
}

describe('discussions', () => {
  it('lists the categories, creates a discussion, comments on it and edits the comment', async () => {
    const { repository } = await octokit.graphql<CategoriesResult>(CATEGORIES, vars);
    expect(repository.hasDiscussionsEnabled).toBe(true);
    const mentoring = repository.discussionCategories.nodes.find((node) => node.name === 'Mentoring');
    expect(mentoring?.slug).toBe('mentoring');
    expect(repository.discussionCategories.nodes.map((node) => node.slug)).toContain('q-a');

    const created = await octokit.graphql<{
      createDiscussion: { discussion: { id: string; number: number; url: string } };
    }>(CREATE, {
      repositoryId: repository.id,
      categoryId: mentoring?.id,
      title: 'Progress',
      body: '<!-- tandem:discussion -->',
    });
    const { discussion } = created.createDiscussion;
    expect(discussion.url).toBe(`https://github.com/acme/mentoring/discussions/${discussion.number}`);
    const added = await octokit.graphql<{ addDiscussionComment: { comment: { id: string; url: string } } }>(
      ADD,
      {
        discussionId: discussion.id,
        body: 'week 1',
      },
    );
    expect(added.addDiscussionComment.comment.url).toContain('#discussioncomment-');
    const updated = await octokit.graphql<{ updateDiscussionComment: { comment: { body: string } } }>(
      UPDATE,
      {
        commentId: added.addDiscussionComment.comment.id,
        body: 'week 1, revised',
      },
    );
    expect(updated.updateDiscussionComment.comment.body).toBe('week 1, revised');
    expect(standIn.state.discussionComments.map((comment) => comment.body)).toEqual(['week 1, revised']);
    expect(standIn.log.map((entry) => [entry.operation, entry.graphqlType, entry.isWrite])).toEqual([
      ['Categories', 'query', false],
      ['Create', 'mutation', true],
      ['Add', 'mutation', true],
      ['Upd', 'mutation', true],
    ]);
    expect(standIn.counts()).toMatchObject({ writes: 3, graphql: 4 });
    expect(standIn.violations).toEqual([]);
  });

  it('pages through a category with opaque cursors, newest first', async () => {
    standIn.seed({
      discussions: [1, 2, 3].map((n) => ({ title: `d${n}`, body: 'b', category: 'Mentoring' })),
    });
    standIn.seed({ discussions: [{ title: 'elsewhere', body: 'b', category: 'General' }] });
    const categoryId = standIn.state.discussionCategories.find((c) => c.name === 'Mentoring')?.node_id;
    type Page = {
      repository: {
        discussions: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          totalCount: number;
          nodes: { title: string }[];
        };
      };
    };
    const first = await octokit.graphql<Page>(IN_CATEGORY, { ...vars, categoryId });
    expect(first.repository.discussions.nodes.map((node) => node.title)).toEqual(['d3', 'd2']);
    expect(first.repository.discussions.totalCount).toBe(3);
    expect(first.repository.discussions.pageInfo.hasNextPage).toBe(true);
    expect(Buffer.from(first.repository.discussions.pageInfo.endCursor, 'base64').toString()).toMatch(
      /^cursor:/,
    );
    const second = await octokit.graphql<Page>(IN_CATEGORY, {
      ...vars,
      categoryId,
      after: first.repository.discussions.pageInfo.endCursor,
    });
    expect(second.repository.discussions.nodes.map((node) => node.title)).toEqual(['d1']);
    expect(second.repository.discussions.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses mutations for a read-only token with FORBIDDEN', async () => {
    standIn.seed({ readOnlyTokens: ['ro'], discussions: [{ title: 't', body: 'b', category: 'Mentoring' }] });
    const discussionId = standIn.state.discussions[0]?.node_id;
    const errors = await graphqlErrors(ADD, { discussionId, body: 'x' }, makeOctokit(standIn, 'ro'));
    expect(errors).toMatchObject([{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }]);
    expect(standIn.state.discussionComments).toEqual([]);
  });
});

describe('issues', () => {
  it('lists issues only (no pull requests), labels ORed, with their last comment', async () => {
    standIn.seed({
      repo: { collaborators: ['lea'] },
      issues: [
        { title: 'a', labels: ['tandem:p'], assignees: ['lea'], comments: ['old', 'new'] },
        { title: 'pr', labels: ['tandem:p'], pullRequest: true },
        { title: 'b', labels: ['other'], state: 'closed', state_reason: 'not_planned' },
        { title: 'c', labels: ['unrelated'] },
      ],
    });
    const result = await octokit.graphql<{
      repository: { issues: { totalCount: number; nodes: Record<string, unknown>[] } };
    }>(
      `query($owner:String!,$name:String!){ repository(owner:$owner,name:$name){
        issues(first:100, labels:["tandem:p","other"], states:[OPEN, CLOSED]){ totalCount nodes{
          number title state stateReason assignees(first:10){nodes{login}} labels(first:10){nodes{name}}
          comments(last:1){ totalCount nodes{ body author{ login } } } } } } }`,
      vars,
    );
    expect(result.repository.issues.totalCount).toBe(2);
    expect(result.repository.issues.nodes).toEqual([
      {
        number: 1,
        title: 'a',
        state: 'OPEN',
        stateReason: null,
        assignees: { nodes: [{ login: 'lea' }] },
        labels: { nodes: [{ name: 'tandem:p' }] },
        comments: { totalCount: 2, nodes: [{ body: 'new', author: { login: 'github-actions' } }] },
      },
      {
        number: 3,
        title: 'b',
        state: 'CLOSED',
        stateReason: 'NOT_PLANNED',
        assignees: { nodes: [] },
        labels: { nodes: [{ name: 'other' }] },
        comments: { totalCount: 0, nodes: [] },
      },
    ]);
    expect(standIn.violations).toEqual([]);
  });

  it('resolves node ids and reports missing ones as NOT_FOUND without a violation', async () => {
    standIn.seed({ issues: [{ title: 'x' }] });
    const id = standIn.state.issues[0]?.node_id;
    const found = await octokit.graphql<{ node: { number: number } }>(
      'query($id:ID!){ node(id:$id){ ... on Issue { number } } }',
      { id },
    );
    expect(found.node.number).toBe(1);
    const errors = await graphqlErrors('{ repository(owner:"acme",name:"nope"){ id } }');
    expect(errors).toMatchObject([
      { type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'acme/nope'." },
    ]);
    expect(standIn.violations).toEqual([]);
  });
});

describe('the contract', () => {
  it('rejects an unknown field with GitHub wording, HTTP 200, and a violation', async () => {
    const response = await fetch(standIn.graphqlUrl, {
      method: 'POST',
      headers: { authorization: 'bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ repository(owner:"acme",name:"mentoring"){ discussionz(first:1){ totalCount } } }',
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      errors: [{ message: "Field 'discussionz' doesn't exist on type 'Repository'" }],
    });
    expect(standIn.violations).toMatchObject([{ kind: 'graphql-validation' }]);
  });

  it('rejects first: 101 and a connection without first or last, as GitHub does', async () => {
    const tooMany = await graphqlErrors(
      '{ repository(owner:"acme",name:"mentoring"){ issues(first:101){ totalCount } } }',
    );
    expect(tooMany).toMatchObject([
      {
        type: 'EXCESSIVE_PAGINATION',
        message:
          'Requesting 101 records on the `issues` connection exceeds the `first` limit of 100 records.',
      },
    ]);
    const unbounded = await graphqlErrors(
      '{ repository(owner:"acme",name:"mentoring"){ labels { totalCount } } }',
    );
    expect(unbounded).toMatchObject([{ type: 'MISSING_PAGINATION_BOUNDARIES' }]);
    expect(standIn.violations.map((v) => v.kind)).toEqual(['graphql-pagination', 'graphql-pagination']);
  });

  it('counts a variable of the wrong type as a violation', async () => {
    await graphqlErrors(
      'query($n:Int!){ repository(owner:"acme",name:"mentoring"){ issue(number:$n){ id } } }',
      {
        n: 'one',
      },
    );
    expect(standIn.violations).toMatchObject([{ kind: 'graphql-validation' }]);
  });

  it('flags fields of GitHub schema that the stand-in does not serve', async () => {
    await octokit.graphql('{ repository(owner:"acme",name:"mentoring"){ description } }');
    expect(standIn.violations).toMatchObject([
      { kind: 'graphql-unimplemented', message: expect.stringContaining('Repository.description') },
    ]);
  });

  it('serves octokit.graphql on the GraphQL URL, with the rate limit', async () => {
    const result = await octokit.graphql<{ rateLimit: { cost: number; remaining: number; limit: number } }>(
      '{ rateLimit { cost remaining limit resetAt } }',
    );
    expect(result.rateLimit).toMatchObject({ cost: 1, limit: 5000, remaining: 4999 });
    expect(standIn.log[0]?.path).toBe(new URL(standIn.graphqlUrl).pathname);
  });
});

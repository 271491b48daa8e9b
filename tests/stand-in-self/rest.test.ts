import type { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StandIn, startStandIn } from '../stand-in/index.js';
import { checkRequest, checkResponse } from '../stand-in/openapi-check.js';
import { makeOctokit, OWNER, REPO, rejectionOf } from './clients.js';

let standIn: StandIn;
let octokit: Octokit;
const repo = { owner: OWNER, repo: REPO };

beforeEach(async () => {
  // checkResponses: every answer of these tests must also match GitHub's response schemas.
  standIn = await startStandIn({ checkResponses: true, clock: () => new Date('2027-01-11T08:00:00Z') });
  standIn.seed({ repo: { collaborators: ['lea-schmidt', 'martin-weber'] } });
  octokit = makeOctokit(standIn);
});

afterEach(async () => {
  await standIn.close();
});

const names = (labels: readonly (string | { name?: string })[]): string[] =>
  labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')));

describe('issues', () => {
  it('creates, reads, updates and closes an issue as not planned, moving its timestamps', async () => {
    const created = await octokit.rest.issues.create({
      ...repo,
      title: 'Tandem: @lea-schmidt ↔ @martin-weber',
      body: '<!-- marker -->',
      labels: ['reverse-mentoring', 'tandem:digital-leadership'],
      assignees: ['lea-schmidt', 'martin-weber'],
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      state_reason: null,
      html_url: 'https://github.com/acme/mentoring/issues/1',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      created_at: '2027-01-11T08:00:00Z',
    });
    expect(names(created.data.labels)).toEqual(['reverse-mentoring', 'tandem:digital-leadership']);
    expect(created.data.assignees?.map((a) => a.login)).toEqual(['lea-schmidt', 'martin-weber']);
    expect(created.data.node_id).toMatch(/^I_kwDO/);

    const closed = await octokit.rest.issues.update({
      ...repo,
      issue_number: 1,
      body: 'new body',
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', body: 'new body' });
    expect(closed.data.closed_at).toBe(closed.data.updated_at);
    expect(Date.parse(closed.data.updated_at)).toBeGreaterThan(Date.parse(created.data.updated_at));

    const reopened = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).data.body).toBe('new body');
    expect(standIn.state.issues[0]?.state_reason).toBe('reopened');
    expect(standIn.violations).toEqual([]);
  });

  it('lists issues and pull requests in one number sequence, labels ANDed, pages linked', async () => {
    standIn.seed({
      issues: [
        { title: 'one', labels: ['a', 'b'] },
        { title: 'a pull request', labels: ['a', 'b'], pullRequest: true },
        { title: 'two', labels: ['a'] },
        { title: 'three', labels: ['B', 'a'], state: 'closed' },
      ],
    });
    const firstPage = await octokit.rest.issues.listForRepo({
      ...repo,
      labels: 'a,b',
      state: 'all',
      per_page: 2,
    });
    expect(firstPage.data.map((issue) => issue.number)).toEqual([4, 2]);
    expect(firstPage.headers.link).toContain('page=2>; rel="next"');
    expect(firstPage.headers.link).toContain('page=2>; rel="last"');
    const everything = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      labels: 'a,b',
      state: 'all',
      per_page: 2,
    });
    expect(everything.map((issue) => [issue.number, issue.pull_request !== undefined])).toEqual([
      [4, false],
      [2, true],
      [1, false],
    ]);
    const open = await octokit.rest.issues.listForRepo({ ...repo, direction: 'asc' });
    expect(open.data.map((issue) => issue.title)).toEqual(['one', 'a pull request', 'two']);
    expect(open.headers.link).toBeUndefined();
    expect(standIn.violations).toEqual([]);
  });

  it('caps per_page at 100 as GitHub does', async () => {
    standIn.seed({ issues: Array.from({ length: 130 }, (_, i) => ({ title: `issue ${i}` })) });
    const page = await octokit.request('GET /repos/{owner}/{repo}/issues', { ...repo, per_page: 500 });
    expect(page.data).toHaveLength(100);
    expect(page.headers.link).toContain('rel="next"');
  });

  it('refuses to create an issue with an assignee who cannot be assigned, naming the field', async () => {
    const error = await rejectionOf(
      octokit.rest.issues.create({ ...repo, title: 'x', assignees: ['stranger'] }),
    );
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'assignees', code: 'invalid', value: 'stranger' }],
    });
    expect(standIn.state.issues).toEqual([]);
    // A documented answer, not a contract violation.
    expect(standIn.violations).toEqual([]);
  });

  it('silently ignores unassignable users when adding assignees, and answers the assignee check', async () => {
    standIn.seed({ issues: [{ title: 'x' }] });
    const added = await octokit.rest.issues.addAssignees({
      ...repo,
      issue_number: 1,
      assignees: ['lea-schmidt', 'stranger'],
    });
    expect(added.data.assignees?.map((a) => a.login)).toEqual(['lea-schmidt']);
    const can = await octokit.rest.issues.checkUserCanBeAssigned({ ...repo, assignee: 'martin-weber' });
    expect(can.status).toBe(204);
    const cannot = await rejectionOf(
      octokit.rest.issues.checkUserCanBeAssigned({ ...repo, assignee: 'stranger' }),
    );
    expect(cannot.status).toBe(404);
  });

  it('drops labels and assignees of a new issue silently without push access', async () => {
    standIn.state.repo.permissions.push = false;
    const created = await octokit.rest.issues.create({
      ...repo,
      title: 'x',
      labels: ['a'],
      assignees: ['stranger'],
    });
    expect(created.data.labels).toEqual([]);
    expect(created.data.assignees).toEqual([]);
  });

  it('rejects bodies over 65,536 characters', async () => {
    const error = await rejectionOf(
      octokit.rest.issues.create({ ...repo, title: 'x', body: 'y'.repeat(65_537) }),
    );
    expect(error.status).toBe(422);
    expect(JSON.stringify(error.response?.data)).toContain('body is too long');
  });
});

describe('comments and labels', () => {
  it('creates, pages and edits issue comments', async () => {
    standIn.seed({ issues: [{ title: 'x', comments: ['first', 'second'] }] });
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'third' });
    expect(created.status).toBe(201);
    expect(created.data.html_url).toMatch(/\/issues\/1#issuecomment-\d+$/);
    const pages = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 1,
      per_page: 2,
    });
    expect(pages.map((comment) => comment.body)).toEqual(['first', 'second', 'third']);
    const updated = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: created.data.id,
      body: 'edited',
    });
    expect(updated.data.body).toBe('edited');
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).data.comments).toBe(3);
    expect(standIn.violations).toEqual([]);
  });

  it('creates labels, refuses duplicates, finds names with a colon and adds missing ones to issues', async () => {
    const label = await octokit.rest.issues.createLabel({ ...repo, name: 'tandem:x', color: '0e8a16' });
    expect(label.status).toBe(201);
    const duplicate = await rejectionOf(octokit.rest.issues.createLabel({ ...repo, name: 'TANDEM:x' }));
    expect(duplicate.status).toBe(422);
    expect(duplicate.response?.data).toMatchObject({ errors: [{ code: 'already_exists', field: 'name' }] });
    expect((await octokit.rest.issues.getLabel({ ...repo, name: 'tandem:x' })).data.color).toBe('0e8a16');
    expect((await rejectionOf(octokit.rest.issues.getLabel({ ...repo, name: 'missing' }))).status).toBe(404);
    standIn.seed({ issues: [{ title: 'x' }] });
    const added = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: 1,
      labels: ['tandem:x', 'new'],
    });
    expect(names(added.data)).toEqual(['tandem:x', 'new']);
    expect(standIn.state.labels.map((l) => l.name)).toEqual(['tandem:x', 'new']);
    expect(standIn.violations).toEqual([]);
  });
});

describe('the contract', () => {
  it('answers a body of the wrong type with 422 and records a violation', async () => {
    const error = await rejectionOf(
      octokit.rest.issues.create({ ...repo, title: 'x', labels: 'x' as never }),
    );
    expect(error.status).toBe(422);
    expect(error.message).toContain('body.labels must be array');
    expect(standIn.violations).toMatchObject([{ kind: 'rest-body', operation: 'issues/create' }]);
    expect(standIn.state.issues).toEqual([]);
  });

  it('answers an undeclared query parameter with 400 and records a violation', async () => {
    const error = await rejectionOf(
      octokit.request('GET /repos/{owner}/{repo}/issues', { ...repo, label: 'typo-for-labels' }),
    );
    expect(error.status).toBe(400);
    expect(standIn.violations).toMatchObject([
      { kind: 'rest-query', message: expect.stringContaining('"label"') },
    ]);
  });

  it('answers a query value outside its enum, and a non-numeric path number, as violations', async () => {
    await rejectionOf(
      octokit.request('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'opened' as never }),
    );
    await rejectionOf(
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo,
        issue_number: 'x' as never,
      }),
    );
    expect(standIn.violations.map((v) => v.kind)).toEqual(['rest-query', 'rest-path-param']);
  });

  it('answers routes GitHub does not have with 404 and a violation', async () => {
    const error = await rejectionOf(octokit.request('GET /repos/{owner}/{repo}/tandems', repo));
    expect(error.status).toBe(404);
    expect(standIn.violations).toMatchObject([{ kind: 'rest-route' }]);
  });

  it('flags real GitHub operations the stand-in does not serve', async () => {
    await rejectionOf(octokit.rest.issues.lock({ ...repo, issue_number: 1 }));
    expect(standIn.violations).toMatchObject([{ kind: 'rest-unimplemented', operation: 'issues/lock' }]);
  });

  it('knows the answers GitHub documents, and spots one it would never send', () => {
    const check = checkRequest({
      method: 'GET',
      path: '/repos/a/b/issues/7',
      query: new URLSearchParams(),
      body: undefined,
    });
    if (!check.ok) throw new Error('expected a known operation');
    expect(check.pathParams).toEqual({ owner: 'a', repo: 'b', issue_number: '7' });
    expect(checkResponse(check.entry, 200, { number: 7 })).toMatch(
      /issues\/get 200: response must have required property/,
    );
    expect(checkResponse(check.entry, 418, {})).toMatch(/not a documented response/);
  });
});

describe('authorization and limits', () => {
  it('lets a read-only token read but answers its writes with 403', async () => {
    standIn.state.readOnlyTokens.add('read-only');
    const reader = makeOctokit(standIn, 'read-only');
    expect((await reader.rest.repos.get(repo)).data.full_name).toBe('acme/mentoring');
    const error = await rejectionOf(reader.rest.issues.create({ ...repo, title: 'x' }));
    expect(error.status).toBe(403);
    expect(error.message).toContain('Resource not accessible by integration');
    expect(standIn.state.issues).toEqual([]);
  });

  it('requires an authorization header', async () => {
    const response = await fetch(`${standIn.url}/repos/acme/mentoring`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: 'Requires authentication' });
  });

  it('answers 404 for another repository', async () => {
    expect((await rejectionOf(octokit.rest.repos.get({ owner: 'acme', repo: 'other' }))).status).toBe(404);
    expect(standIn.violations).toEqual([]);
  });

  it('counts the primary rate limit down and refuses with remaining 0 when it is spent', async () => {
    standIn.state.rateLimits.core.remaining = 2;
    const first = await octokit.rest.repos.get(repo);
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    await octokit.rest.repos.get(repo);
    const error = await rejectionOf(octokit.rest.repos.get(repo));
    expect(error.status).toBe(403);
    expect(error.response?.headers['x-ratelimit-remaining']).toBe('0');
    expect((await octokit.rest.rateLimit.get()).data.resources.core.remaining).toBe(0);
  });

  it('logs and counts every request, reads and writes apart', async () => {
    await octokit.rest.issues.create({ ...repo, title: 'x' });
    await octokit.rest.issues.listForRepo({ ...repo, labels: 'a' });
    await octokit.graphql('query Who { viewer { login } }');
    expect(standIn.counts()).toEqual({ total: 3, reads: 2, writes: 1, graphql: 1, rest: 2 });
    expect(standIn.log.map((e) => [e.kind, e.method, e.operation, e.status, e.isWrite])).toEqual([
      ['rest', 'POST', 'issues/create', 201, true],
      ['rest', 'GET', 'issues/list-for-repo', 200, false],
      ['graphql', 'POST', 'Who', 200, false],
    ]);
    expect(standIn.log[1]?.query).toEqual({ labels: 'a' });
    standIn.resetLog();
    expect(standIn.counts().total).toBe(0);
  });
});

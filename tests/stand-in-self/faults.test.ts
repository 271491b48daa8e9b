import type { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StandIn, startStandIn } from '../stand-in/index.js';
import { makeOctokit, OWNER, REPO, rejectionOf } from './clients.js';

let standIn: StandIn;
let octokit: Octokit;
const repo = { owner: OWNER, repo: REPO };
const createIssue = (title = 'x') => octokit.rest.issues.create({ ...repo, title });

beforeEach(async () => {
  standIn = await startStandIn();
  octokit = makeOctokit(standIn);
});

afterEach(async () => {
  await standIn.close();
});

describe('injected failures', () => {
  it.each(['500', '502'] as const)('answers %s before the state changes, then recovers', async (kind) => {
    standIn.faults.failNext(1, kind);
    expect((await rejectionOf(createIssue())).status).toBe(Number(kind));
    expect(standIn.state.issues).toEqual([]);
    expect((await createIssue()).status).toBe(201);
    expect(standIn.log.map((entry) => [entry.status, entry.fault])).toEqual([
      [Number(kind), kind],
      [201, undefined],
    ]);
  });

  it('drops the connection without an answer and without writing', async () => {
    standIn.faults.failNext(1, 'reset');
    await expect(createIssue()).rejects.toThrow();
    expect(standIn.state.issues).toEqual([]);
    expect(standIn.log[0]).toMatchObject({ status: 0, fault: 'reset' });
  });

  it('writes, then drops the connection (reset-after-write), and lets reads through', async () => {
    standIn.faults.failNext(1, 'reset-after-write');
    expect((await octokit.rest.issues.listForRepo(repo)).status).toBe(200);
    await expect(createIssue('written but unanswered')).rejects.toThrow();
    expect(standIn.state.issues.map((issue) => issue.title)).toEqual(['written but unanswered']);
    // A client that retries the create blindly makes a duplicate: exactly what sync tests look for.
    await createIssue('written but unanswered');
    expect(standIn.state.issues).toHaveLength(2);
  });

  it('answers a secondary rate limit with 403, retry-after and the message the throttling plugin recognises', async () => {
    standIn.faults.failNext(1, 'secondary-403');
    const error = await rejectionOf(createIssue());
    expect(error.status).toBe(403);
    expect(error.response?.headers['retry-after']).toBe('1');
    expect(error.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect(error.message).toMatch(/\bsecondary rate\b/i);
    expect(standIn.state.issues).toEqual([]);
  });

  it('answers 429 with retry-after', async () => {
    standIn.faults.retryAfterSeconds = 3;
    standIn.faults.failNext(1, '429');
    const error = await rejectionOf(octokit.rest.repos.get(repo));
    expect(error.status).toBe(429);
    expect(error.response?.headers['retry-after']).toBe('3');
  });

  it('slows an answer down by slowMs, and every answer by latencyMs', async () => {
    // The stand-in's own log times each answer: a lower bound that load can only make larger.
    standIn.faults.slowMs = 80;
    standIn.faults.failNext(1, 'slow');
    expect((await octokit.rest.repos.get(repo)).status).toBe(200);
    standIn.faults.latencyMs = 40;
    await octokit.rest.repos.get(repo);
    const [slow, late] = standIn.log;
    expect(slow!.durationMs).toBeGreaterThanOrEqual(79);
    expect(late!.durationMs).toBeGreaterThanOrEqual(39);
  });

  it('fails only the requests that match, and clear() removes every fault', async () => {
    standIn.faults.failNext(2, '500', { method: 'POST', path: /\/issues$/ });
    expect((await octokit.rest.issues.listForRepo(repo)).status).toBe(200);
    expect((await rejectionOf(createIssue())).status).toBe(500);
    standIn.faults.clear();
    expect((await createIssue()).status).toBe(201);
  });

  it('fails GraphQL requests too', async () => {
    standIn.faults.failNext(1, '502', { kind: 'graphql' });
    await octokit.rest.repos.get(repo);
    await expect(octokit.graphql('{ viewer { login } }')).rejects.toMatchObject({ status: 502 });
    expect(standIn.violations).toEqual([]);
  });

  it('fails a seeded fraction of requests, the same ones on every run', async () => {
    const run = async (): Promise<string[]> => {
      const other = await startStandIn();
      other.faults.failRate(0.4, ['500', '502', '429'], 42);
      const client = makeOctokit(other);
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        outcomes.push(
          await client.rest.repos.get(repo).then(
            (r) => String(r.status),
            (e: { status: number }) => String(e.status),
          ),
        );
      }
      await other.close();
      return outcomes;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    const failures = first.filter((status) => status !== '200');
    expect(failures.length).toBeGreaterThan(2);
    expect(failures.length).toBeLessThan(18);
  });
});

describe('the content creation limit', () => {
  it('refuses creations beyond the limit with a secondary 403 until the window frees a slot', async () => {
    standIn.faults.contentCreationLimit({ perMinute: 2, windowMs: 300 });
    await createIssue('1');
    await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'c' });
    const error = await rejectionOf(createIssue('3'));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/secondary rate limit/);
    expect(error.response?.headers['retry-after']).toBe('1');
    // Reads and edits are not content creation.
    await octokit.rest.issues.update({ ...repo, issue_number: 1, title: 'edited' });
    expect(standIn.state.issues.map((issue) => issue.title)).toEqual(['edited']);
    await new Promise((resolve) => setTimeout(resolve, 320));
    expect((await createIssue('3')).status).toBe(201);
  });

  it('counts discussions and discussion comments created through GraphQL', async () => {
    standIn.seed({ discussions: [{ title: 't', body: 'b', category: 'General' }] });
    standIn.faults.contentCreationLimit({ perMinute: 1 });
    const discussionId = standIn.state.discussions[0]?.node_id;
    const add =
      'mutation($id:ID!){ addDiscussionComment(input:{discussionId:$id,body:"x"}){ comment{ id } } }';
    await octokit.graphql(add, { id: discussionId });
    await expect(octokit.graphql(add, { id: discussionId })).rejects.toMatchObject({ status: 403 });
    expect(standIn.state.discussionComments).toHaveLength(1);
  });
});

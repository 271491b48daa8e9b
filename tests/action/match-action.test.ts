import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_COMMENT_MARKER, readIssueMarker } from '../../src/core/issue-body/markers.js';
import { createGitHubClient } from '../../src/github/create-github-client.js';
import { POOL, PROGRAM } from '../helpers/match-fixtures.js';
import { runAction } from '../helpers/run-action.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import { readFileAt, type StandIn } from '../stand-in/index.js';

let standIn: StandIn;
let workspace: Workspace;

useStandIn(
  (started) => {
    standIn = started;
    standIn.seed({
      repo: {
        collaborators: ['lea-schmidt', 'martin-weber', 'jonas-krause', 'peter-neumann', 'sabine-hoffmann'],
      },
      files: { 'programs/pilot.yml': PROGRAM, 'pools/pilot.yml': POOL },
    });
  },
  () => workspace[Symbol.asyncDispose](),
);

beforeEach(async () => {
  // The checkout of the default branch.
  workspace = await createWorkspace({ 'programs/pilot.yml': PROGRAM, 'pools/pilot.yml': POOL });
});

const BRANCH = 'tandem/match-pilot';
const dispatch = { repository: { default_branch: 'main', full_name: 'acme/mentoring' } };

// From source until the integrator rebuilds the bundle (action/index.js does not know `match` yet).
const run = (command: string) =>
  runAction({
    standIn,
    workspace,
    eventName: 'workflow_dispatch',
    payload: dispatch,
    ref: 'refs/heads/main',
    inputs: { command },
  });

const pulls = () => standIn.state.issues.filter((issue) => issue.isPullRequest);
const writes = () => standIn.log.filter((entry) => entry.isWrite);

describe('the Action with command: match', () => {
  it('opens one pull request per program with the new tandems, the proposal as a table and the sync plan as its first comment', async () => {
    const first = await run('match');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(pulls()).toHaveLength(1);
    const pull = pulls()[0]!;
    expect(pull.pull).toMatchObject({ head: BRANCH, base: 'main' });
    expect(pull.title).toBe('Tandem: 2 new tandems proposed for Pilot: reverse mentoring');
    expect(pull.body).toContain('| Mentor | Mentee | Score | Shared topics | Reason |');
    expect(pull.body).toMatch(
      /\| @&#8203;jonas-krause \| @&#8203;peter-neumann \| 1 \| new-work \| shares new-work;/,
    );
    expect(pull.body).toMatch(
      /\| @&#8203;ulrike-vogel \| mentee \| capacity of all suitable mentors is used/,
    );
    // No live mention anywhere in the description.
    expect(pull.body).not.toMatch(/@[a-z]/);

    const proposed = readFileAt(standIn.state, BRANCH, 'programs/pilot.yml')!;
    expect(proposed).toContain('  - mentor: jonas-krause\n    mentee: sabine-hoffmann\n');
    expect(readFileAt(standIn.state, 'main', 'programs/pilot.yml')).toBe(PROGRAM);

    const comments = standIn.state.issueComments.filter((comment) => comment.issue_number === pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
    expect(comments[0]!.body).toContain('| create | jonas-krause-peter-neumann | new |');
    // No workflow runs on this pull request: validate's warnings about the new file are in the comment.
    expect(comments[0]!.body).toContain('jonas-krause is already in 1 tandem');
    expect(first.summary).toContain(`opened pull request #${pull.number} with 2 new tandems (1 not matched)`);
    expect(writes().map((entry) => entry.operation)).toEqual([
      'git/create-ref',
      'repos/create-or-update-file-contents',
      'pulls/create',
      'issues/create-comment',
    ]);
  });

  it('a second run with nothing changed writes nothing', async () => {
    await run('match');
    standIn.resetLog();
    const second = await run('match');
    expect(second.code).toBe(0);
    // Reads only: the branch's pull requests, the branch and its file (the base is the branch the
    // run checked out); then the plan (the program's issues, none yet, so also the identity's, and
    // the newest number the new issues will follow) and the plan comment.
    expect(standIn.log.map((entry) => entry.operation)).toEqual([
      'pulls/list',
      'git/get-ref',
      'repos/get-content',
      'issues/list-for-repo',
      'users/get-authenticated',
      'issues/list-for-repo',
      'issues/list-for-repo',
      'issues/list-comments',
    ]);
    expect(writes().map((entry) => `${entry.method} ${entry.path}`)).toEqual([]);
    expect(second.summary).toContain('pull request #1 is up to date with 2 new tandems (1 not matched)');
    expect(pulls()).toHaveLength(1);
  });

  it('merged, the program file on the default branch holds the tandems; then nothing is left to propose and sync opens the issues', async () => {
    await run('match');
    const octokit = createGitHubClient({ token: 'test-token', apiUrl: standIn.url, pacing: 0.001 });
    await octokit.rest.pulls.merge({ owner: 'acme', repo: 'mentoring', pull_number: pulls()[0]!.number });
    const merged = readFileAt(standIn.state, 'main', 'programs/pilot.yml')!;
    expect(merged).toBe(readFileAt(standIn.state, BRANCH, 'programs/pilot.yml'));
    expect(merged).toContain('mentor: jonas-krause');

    await workspace.write('programs/pilot.yml', merged);
    standIn.resetLog();
    const again = await run('match');
    expect(again.code).toBe(0);
    expect(again.summary).toContain(
      'programs/pilot.yml: nothing to propose (1 not matched); no pull request',
    );
    expect(writes()).toEqual([]);

    const sync = await run('sync');
    expect(sync.code).toBe(0);
    const tandemIssues = standIn.state.issues.filter((issue) => readIssueMarker(issue.body ?? ''));
    expect(tandemIssues).toHaveLength(3);
  });

  it('a program without signup.pool gets no pull request, and the summary says so', async () => {
    const withoutPool = PROGRAM.replace('signup:\n  pool: pools/pilot.yml\n', '');
    await workspace.write('programs/pilot.yml', withoutPool);
    const result = await run('match');
    expect(result.code).toBe(0);
    expect(result.summary).toContain('No program sets `signup.pool`: nothing to match.');
    expect(pulls()).toEqual([]);
  });

  it('a pool with a topic the program lacks fails at its line in the pool file, and opens no pull request', async () => {
    await workspace.write(
      'pools/pilot.yml',
      POOL.replace('offers: [ai-tools, new-work]', 'offers: [ai-tool, new-work]'),
    );
    const result = await run('match');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=pools\/pilot\.yml,line=8,col=\d+.*"ai-tool" is not a topic of programs\/pilot\.yml/m,
    );
    expect(result.summary).toContain(
      'the pool pools/pilot.yml or the proposal has errors (see above); no pull request',
    );
    expect(pulls()).toEqual([]);
    expect(writes()).toEqual([]);
  });

  it('a proposal a person closed without merging is not proposed again, and the summary says so', async () => {
    await run('match');
    Object.assign(pulls()[0]!, { state: 'closed', closed_by: 'nina-berg' });
    standIn.resetLog();
    const result = await run('match');
    expect(result.code).toBe(0);
    expect(result.summary).toContain(
      'a person closed pull request #1 with this proposal; not proposed again',
    );
    expect(writes()).toEqual([]);
  });

  it('dry-run says what it would propose and writes nothing', async () => {
    const result = await runAction({
      standIn,
      workspace,
      eventName: 'workflow_dispatch',
      payload: dispatch,
      ref: 'refs/heads/main',
      inputs: { command: 'match', 'dry-run': 'true' },
    });
    expect(result.code).toBe(0);
    expect(result.summary).toContain('would propose 2 new tandems (1 not matched); dry run, nothing written');
    expect(writes()).toEqual([]);
  });
});

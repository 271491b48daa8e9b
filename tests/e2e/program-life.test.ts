import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/create-github-client.js';
import { submitIssueForm } from '../helpers/issue-form.js';
import { runAction } from '../helpers/run-action.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import { readFileAt, type StandIn } from '../stand-in/index.js';

let standIn: StandIn;
let workspace: Workspace;
useStandIn(
  (started) => {
    standIn = started;
  },
  () => workspace[Symbol.asyncDispose](),
);

const BIN = path.resolve(import.meta.dirname, '../../bin/tandem.js');
const PROGRAM = 'programs/reverse-mentoring.yml';
const POOL = 'pools/reverse-mentoring.yml';
const FORM = (role: string) => `.github/ISSUE_TEMPLATE/tandem-reverse-mentoring-${role}.yml`;
const PEOPLE = ['lea-schmidt', 'martin-weber', 'anna-berg'];

/** Every file below `dir`, by its path from `dir`. */
function listFiles(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(files, listFiles(dir, relative));
    else files[relative] = readFileSync(path.join(dir, relative), 'utf8');
  }
  return files;
}

/** What actions/checkout gives the next run: the default branch's version of these files. */
async function checkout(...files: string[]): Promise<void> {
  for (const file of files) await workspace.write(file, readFileAt(standIn.state, 'main', file)!);
}

const action = (eventName: string, payload: object, inputs: Record<string, string> = {}) =>
  runAction({ standIn, workspace, eventName, payload, ref: 'refs/heads/main', inputs });

/** An `issues` webhook for issue `number`, as the sign-ups workflow receives it. */
const issuesEvent = (action: string, number: number) => ({
  action,
  issue: { number, title: 'Sign-up', state: action === 'closed' ? 'closed' : 'open' },
  repository: { full_name: 'acme/mentoring', name: 'mentoring', owner: { login: 'acme' } },
});

/** Runs a step twice: the second run must write nothing. */
async function twice(step: () => ReturnType<typeof action>) {
  const first = await step();
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  standIn.resetLog();
  const second = await step();
  expect(second.code).toBe(0);
  expect(
    standIn.log.filter((entry) => entry.isWrite).map((entry) => `${entry.method} ${entry.path}`),
  ).toEqual([]);
  return first;
}

const commentsOn = (number: number) =>
  standIn.state.issueComments.filter((comment) => comment.issue_number === number);
const pulls = () => standIn.state.issues.filter((issue) => issue.isPullRequest);

describe('a program’s whole life on GitHub, run as the runner runs the bundle', () => {
  it('init → three sign-ups (one fixed) → sign-ups pull request → merged → matching pull request → merged → sync', async () => {
    // tandem init into an empty repository, then pushed.
    workspace = await createWorkspace();
    const init = spawnSync(
      process.execPath,
      [BIN, 'init', workspace.root, '--today', '2026-11-30', '--timezone', 'Europe/Berlin'],
      { encoding: 'utf8' },
    );
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    standIn.seed({
      repo: { default_branch: 'main', collaborators: PEOPLE },
      files: listFiles(workspace.root),
    });

    // Three people sign up with the forms; one ticks a topic the program does not have.
    const mentorForm = await workspace.read(FORM('mentor'));
    const menteeForm = await workspace.read(FORM('mentee'));
    const topicIds = [...mentorForm.matchAll(/`([a-z0-9-]+)` —/g)].map((match) => match[1]!);
    const [first, second] = topicIds;
    const body = (form: string, topics: string[], capacity?: string) =>
      submitIssueForm(form, {
        program: 'reverse-mentoring',
        team: 'marketing',
        topics: topics.map((id) => `\`${id}\``),
        ...(capacity && { capacity }),
      });
    standIn.seed({
      issues: [
        { title: 'Sign-up: mentor', body: body(mentorForm, [first!, second!], '2'), user: 'lea-schmidt' },
        {
          title: 'Sign-up: mentee',
          body: body(menteeForm, [first!]).replace('marketing', 'finance'),
          user: 'martin-weber',
        },
        {
          title: 'Sign-up: mentee',
          body: `${body(menteeForm, [second!]).replace('marketing', 'sales')}\n- [X] \`blockchain\` — Blockchain`,
          user: 'anna-berg',
        },
      ],
    });
    for (const number of [1, 2, 3]) await twice(() => action('issues', issuesEvent('opened', number)));
    expect(commentsOn(1)).toHaveLength(1);
    expect(commentsOn(1)[0]!.body).toContain('**You are in:** as a mentor');
    expect(commentsOn(3)).toHaveLength(1);
    expect(commentsOn(3)[0]!.body).toContain('blockchain');

    // Anna fixes her sign-up: the same one comment now says she is in.
    const anna = standIn.state.issues.find((issue) => issue.number === 3)!;
    anna.body = body(menteeForm, [second!]).replace('marketing', 'sales');
    await twice(() => action('issues', issuesEvent('edited', 3)));
    expect(commentsOn(3)).toHaveLength(1);
    expect(commentsOn(3)[0]!.body).not.toContain('blockchain');
    expect(commentsOn(3)[0]!.body).toContain('**You are in:** as a mentee');

    // The sign-ups go into the pool by pull request; merged, the pool holds the three people.
    await twice(() => action('workflow_dispatch', {}, { command: 'signups' }));
    expect(pulls()).toHaveLength(1);
    const octokit = createGitHubClient({ token: 'test-token', apiUrl: standIn.url, pacing: 0.001 });
    await octokit.rest.pulls.merge({ owner: 'acme', repo: 'mentoring', pull_number: pulls()[0]!.number });
    await checkout(POOL);
    for (const login of PEOPLE) expect(await workspace.read(POOL)).toContain(`login: ${login} # sign-up #`);

    // Matching proposes the tandems by pull request, with the sync plan as its first comment.
    await twice(() => action('workflow_dispatch', {}, { command: 'match' }));
    expect(pulls()).toHaveLength(2);
    const proposal = pulls()[1]!;
    expect(commentsOn(proposal.number)).toHaveLength(1);
    expect(commentsOn(proposal.number)[0]!.body).toContain('what merging this pull request will do');
    await octokit.rest.pulls.merge({ owner: 'acme', repo: 'mentoring', pull_number: proposal.number });
    await checkout(PROGRAM);
    expect(await workspace.read(PROGRAM)).toContain('mentor: lea-schmidt');

    // Merged, the push to main syncs: one issue per tandem, assigned to its pair.
    const sync = await twice(() =>
      action('push', { ref: 'refs/heads/main', repository: { default_branch: 'main' } }),
    );
    const tandemIssues = standIn.state.issues.filter(
      (issue) => !issue.isPullRequest && issue.title.startsWith('Tandem'),
    );
    expect(tandemIssues.map((issue) => issue.assignees.map((user) => user).sort())).toEqual([
      ['anna-berg', 'lea-schmidt'],
      ['lea-schmidt', 'martin-weber'],
    ]);
    expect(sync.outputs.created).toBe('2');
  });
});

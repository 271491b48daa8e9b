import examples from '@octokit/webhooks-examples';
import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_COMMENT_MARKER, readIssueMarker } from '../../src/core/issue-body/markers.js';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { runAction } from '../helpers/run-action.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import type { StandIn } from '../stand-in/index.js';

/** Real webhook payloads, as GitHub sends them (repository Codertocat/Hello-World, default branch master). */
function example(
  name: string,
  matches: (payload: Record<string, unknown>) => boolean,
): Record<string, unknown> {
  const group = (examples as unknown as { name: string; examples: Record<string, unknown>[] }[]).find(
    (e) => e.name === name,
  )!;
  return structuredClone(group.examples.find(matches)!);
}
const pullRequestOpened = () => example('pull_request', (payload) => payload.action === 'opened');
const pushToMaster = () => example('push', (payload) => payload.ref === 'refs/heads/master');

let standIn: StandIn;
let workspace: Workspace;

// Two mentors share a mentee: a warning, so the pull request gets an annotation but stays valid.
const tandems = [...numberedTandems(2), { mentor: 'mentor-3', mentee: 'mentee-1', topics: ['ai-tools'] }];

useStandIn(
  (started) => {
    standIn = started;
    standIn.seed({
      repo: {
        default_branch: 'master',
        collaborators: ['mentor-1', 'mentor-2', 'mentor-3', 'mentee-1', 'mentee-2'],
      },
      // The example pull request is number 2.
      issues: [
        { title: 'An old pull request', pullRequest: true },
        { title: 'Update programs', pullRequest: true },
      ],
    });
  },
  () => workspace[Symbol.asyncDispose](),
  { repo: 'Codertocat/Hello-World' },
);

beforeEach(async () => {
  workspace = await createWorkspace({ 'programs/pilot.yml': programYaml({ tandems }) });
});

const planComments = () =>
  standIn.state.issueComments.filter(
    (comment) => comment.issue_number === 2 && comment.body.startsWith(PLAN_COMMENT_MARKER),
  );

describe('the Action on a pull request from the same repository', () => {
  it('annotates the diff, posts the plan as one comment, and edits it on a re-run', async () => {
    const first = await runAction({
      standIn,
      workspace,
      eventName: 'pull_request',
      payload: pullRequestOpened(),
      ref: 'refs/pull/2/merge',
    });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^::warning file=programs\/pilot\.yml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.*mentee-1/m,
    );
    expect(planComments()).toHaveLength(1);
    expect(planComments()[0]!.body).toContain('| create | mentor-1-mentee-1 | new |');
    expect(first.summary).toContain('| create | mentor-1-mentee-1 | new |');
    expect(standIn.state.issues.filter((issue) => readIssueMarker(issue.body ?? ''))).toHaveLength(0);

    await workspace.write('programs/pilot.yml', programYaml({ tandems: tandems.slice(0, 2) }));
    const second = await runAction({
      standIn,
      workspace,
      eventName: 'pull_request',
      payload: pullRequestOpened(),
      ref: 'refs/pull/2/merge',
    });
    expect(second.code).toBe(0);
    expect(planComments()).toHaveLength(1);
    expect(planComments()[0]!.body).not.toContain('mentor-3-mentee-1');
    expect(standIn.log.filter((entry) => entry.operation === 'issues/update-comment')).toHaveLength(1);
  });

  it('says "no changes" when merging would change no issue', async () => {
    await runAction({ standIn, workspace, eventName: 'push', payload: pushToMaster() });
    const run = await runAction({
      standIn,
      workspace,
      eventName: 'pull_request',
      payload: pullRequestOpened(),
    });
    expect(run.code).toBe(0);
    expect(planComments()[0]!.body).toContain('No changes');
  });
});

describe('the Action on a pull request from a fork', () => {
  it('validates and plans into the job summary, writes nothing, and says why', async () => {
    const payload = pullRequestOpened() as { pull_request: { head: { repo: { full_name: string } } } };
    payload.pull_request.head.repo.full_name = 'someone/Hello-World';
    const run = await runAction({ standIn, workspace, eventName: 'pull_request', payload });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::notice::This pull request comes from a fork/m);
    expect(run.summary).toContain('| create | mentor-1-mentee-1 | new |');
    expect(standIn.counts().writes).toBe(0);
    // The token is masked first thing (the runner hides it from the log) and printed nowhere else.
    expect(run.stdout.startsWith('::add-mask::test-token\n')).toBe(true);
    expect(run.stdout.replace('::add-mask::test-token', '')).not.toContain('test-token');
  });
});

describe('the Action on a push to the default branch', () => {
  it('syncs the issues and sets its outputs', async () => {
    const run = await runAction({ standIn, workspace, eventName: 'push', payload: pushToMaster() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const issues = standIn.state.issues.filter((issue) => readIssueMarker(issue.body ?? ''));
    expect(issues).toHaveLength(3);
    expect(run.outputs.created).toBe('3');
    expect(run.outputs.updated).toBe('0');
    expect(JSON.parse(run.outputs.issues!)).toEqual(
      Object.fromEntries(issues.map((issue) => [readIssueMarker(issue.body!)!.tandemId, issue.number])),
    );
    expect(run.summary).toContain('## Tandem sync');
  });

  it('fails with a clear message and no stack trace when a program is invalid', async () => {
    await workspace.write('programs/broken.yml', 'version: 1\nid: broken\ntitle: [unclosed\n');
    const run = await runAction({ standIn, workspace, eventName: 'push', payload: pushToMaster() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=programs\/broken\.yml,line=\d+,col=\d+,/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('the Action on a schedule', () => {
  it('posts the progress report to the program discussion and sets report-url', async () => {
    standIn.seed({ discussionCategories: [{ name: 'Mentoring' }] });
    await workspace.write(
      'programs/pilot.yml',
      programYaml({
        tandems,
        extra: { report: { discussion: { category: 'Mentoring', title: 'Pilot progress' } } },
      }),
    );
    expect((await runAction({ standIn, workspace, eventName: 'push', payload: pushToMaster() })).code).toBe(
      0,
    );

    const run = await runAction({
      standIn,
      workspace,
      eventName: 'schedule',
      payload: { schedule: '0 6 * * *' },
      inputs: { today: '2027-01-20' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [discussion] = standIn.state.discussions;
    expect(discussion?.title).toBe('Pilot progress');
    const comments = standIn.state.discussionComments.filter(
      (comment) => comment.discussion_number === discussion!.number,
    );
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('```mermaid');
    expect(run.outputs['report-url']).toMatch(/^http.*discussion/);
    expect(run.summary).toContain('Pilot program');
  });
});

describe('the Action with a read-only token', () => {
  it('plans into the job summary, writes nothing, and says why in one message', async () => {
    standIn.state.readOnlyTokens.add('read-only-token');
    const run = await runAction({
      standIn,
      workspace,
      eventName: 'push',
      payload: pushToMaster(),
      token: 'read-only-token',
    });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('| create | mentor-1-mentee-1 | new |');
    expect(standIn.state.issues.filter((issue) => readIssueMarker(issue.body ?? ''))).toHaveLength(0);
    expect(standIn.state.labels.map((label) => label.name)).not.toContain('tandem:pilot');
    expect(run.summary).toMatch(/### Failed\n\n- ❌ pilot: the token may not write here/);
    const messages = run.stderr.split('\n').filter((line) => line.startsWith('error: '));
    expect(messages).toEqual([expect.stringContaining('the token may not write here')]);
  });
});

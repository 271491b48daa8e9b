import examples from '@octokit/webhooks-examples';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PLAN_COMMENT_MARKER } from '../../src/core/issue-body/markers.js';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { runAction } from '../helpers/run-action.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import { type StandIn, startStandIn } from '../stand-in/index.js';

const pullRequestOpened = (): Record<string, unknown> => {
  const group = (examples as unknown as { name: string; examples: Record<string, unknown>[] }[]).find(
    (e) => e.name === 'pull_request',
  )!;
  return structuredClone(group.examples.find((payload) => payload.action === 'opened')!);
};

let standIn: StandIn;
let workspace: Workspace;

beforeEach(async () => {
  standIn = await startStandIn({ repo: 'Codertocat/Hello-World' });
  standIn.seed({
    repo: { default_branch: 'master', collaborators: ['mentor-1', 'mentee-1'] },
    issues: [
      { title: 'An old pull request', pullRequest: true },
      { title: 'Update programs', pullRequest: true },
    ],
  });
  workspace = await createWorkspace({
    'programs/pilot.yml': programYaml({ tandems: numberedTandems(1), cadence: 'every two weeks' }),
  });
});

afterEach(async () => {
  expect(standIn.violations).toEqual([]);
  await standIn.close();
  await workspace[Symbol.asyncDispose]();
});

it('on a pull request whose program is invalid, the plan comment and the job summary show its errors at file:line', async () => {
  const run = await runAction({
    standIn,
    workspace,
    eventName: 'pull_request',
    payload: pullRequestOpened(),
    ref: 'refs/pull/2/merge',
    isFromSource: true,
  });
  expect(run.code).toBe(1);
  const comments = standIn.state.issueComments.filter(
    (comment) => comment.issue_number === 2 && comment.body.startsWith(PLAN_COMMENT_MARKER),
  );
  expect(comments).toHaveLength(1);
  const problem = /programs\/pilot\.yml:\d+:\d+: error: cadence: "every two weeks" is not a cadence/;
  expect(comments[0]!.body).toMatch(problem);
  const planSection = run.summary.slice(run.summary.indexOf('## Tandem plan'));
  expect(planSection).toMatch(problem);
});

import examples from '@octokit/webhooks-examples';
import { beforeEach, describe, expect, it } from 'vitest';
import { SIGNUP_COMMENT_MARKER } from '../../src/core/signup/render-signup-comment.js';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { runAction } from '../helpers/run-action.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import { readFileAt, type StandIn } from '../stand-in/index.js';
import { signupBody } from './signup-bodies.js';

/** A real `issues` webhook payload (repository Codertocat/Hello-World), pointed at issue `number`. */
function issuesEvent(
  action: 'opened' | 'edited' | 'closed' | 'labeled',
  number: number,
): Record<string, unknown> {
  const group = (examples as unknown as { name: string; examples: Record<string, unknown>[] }[]).find(
    (e) => e.name === 'issues',
  )!;
  const payload = structuredClone(group.examples.find((e) => e.action === action) ?? group.examples[0]!);
  return { ...payload, action, issue: { ...(payload.issue as object), number } };
}

let standIn: StandIn;
let workspace: Workspace;

useStandIn(
  (started) => {
    standIn = started;
    standIn.seed({
      repo: { default_branch: 'master' },
      issues: [
        {
          title: 'Sign-up: mentor',
          body: signupBody({ ticked: ['social-media', 'ai-tool'] }),
          user: 'lea-schmidt',
        },
        { title: 'The page is broken', body: '### What happened\n\nIt breaks.', user: 'someone' },
      ],
    });
  },
  () => workspace[Symbol.asyncDispose](),
  { repo: 'Codertocat/Hello-World' },
);

beforeEach(async () => {
  workspace = await createWorkspace({
    'programs/pilot.yml': programYaml({
      tandems: numberedTandems(1),
      extra: { signup: { pool: 'pools/pilot.yml' } },
    }),
  });
});

const signupComments = (number: number) =>
  standIn.state.issueComments.filter(
    (comment) => comment.issue_number === number && comment.body.includes(SIGNUP_COMMENT_MARKER),
  );

const run = (action: 'opened' | 'edited' | 'closed' | 'labeled', number: number, inputs = {}) =>
  runAction({
    standIn,
    workspace,
    eventName: 'issues',
    payload: issuesEvent(action, number),
    inputs,
  });

describe('the Action on an issues event', () => {
  it('keeps one comment on a sign-up: the problem, then "you are in" after the fix, and writes nothing when nothing changed', async () => {
    const opened = await run('opened', 1);
    expect(opened.stderr).toBe('');
    expect(opened.code).toBe(0);
    expect(signupComments(1)).toHaveLength(1);
    expect(signupComments(1)[0]!.body).toContain(
      '`ai-tool` is not a topic of this program (did you mean `ai-tools`?): edit the issue and untick it; the topics are `social-media`, `ai-tools`, `new-work`.',
    );
    expect(opened.summary).toContain('This sign-up cannot go into the pool yet.');

    standIn.resetLog();
    const again = await run('labeled', 1);
    expect(again.code).toBe(0);
    expect(standIn.counts().writes).toBe(0);

    standIn.state.issues[0]!.body = signupBody({ ticked: ['social-media', 'ai-tools'] });
    const edited = await run('edited', 1);
    expect(edited.code).toBe(0);
    expect(signupComments(1)).toHaveLength(1);
    expect(signupComments(1)[0]!.body).toContain(
      '**You are in:** as a mentor in Pilot program (`pilot`), topics `social-media`, `ai-tools`; up to 1 tandem(s).',
    );

    standIn.state.issues[0]!.state = 'closed';
    await run('closed', 1, { command: 'signups' });
    expect(signupComments(1)).toHaveLength(1);
    expect(signupComments(1)[0]!.body).toContain(
      '**This sign-up is closed:** it leaves the pool of Pilot program',
    );
  });

  it('with command signups on another event, proposes the open sign-ups as one pull request on the pool file, once', async () => {
    standIn.state.issues[0]!.body = signupBody({ ticked: ['ai-tools'] });
    const collect = () =>
      runAction({
        standIn,
        workspace,
        eventName: 'workflow_dispatch',
        payload: {},
        inputs: { command: 'signups' },
      });
    const result = await collect();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pulls = standIn.state.issues.filter((issue) => issue.isPullRequest);
    expect(pulls.map((pull) => pull.title)).toEqual(['Tandem: sign-ups for the pool']);
    expect(pulls[0]!.body).toContain('| `pools/pilot.yml` | #1 | — | — |');
    expect(readFileAt(standIn.state, 'tandem/signups', 'pools/pilot.yml')).toContain(
      '  - login: lea-schmidt # sign-up #1\n    offers: [ai-tools]\n',
    );
    expect(result.summary).toContain('| `pools/pilot.yml` | 1 | 0 | 0 | changed |');
    expect(result.stdout).toContain('pools/pilot.yml: added #1 (for the sign-ups pull request)');
    expect(result.stdout).not.toContain('dry run');
    expect(result.summary).toContain(
      `sign-ups: opened pull request #${pulls[0]!.number} with the open sign-ups`,
    );
    expect(standIn.state.issueComments).toHaveLength(0);

    standIn.resetLog();
    const again = await collect();
    expect(again.code).toBe(0);
    expect(again.summary).toContain(`pull request #${pulls[0]!.number} is up to date`);
    expect(standIn.counts().writes).toBe(0);
  });

  it('does nothing at all on an issue that is not a sign-up', async () => {
    standIn.resetLog();
    const result = await run('opened', 2);
    expect(result.code).toBe(0);
    expect(standIn.counts().writes).toBe(0);
    expect(standIn.log.map((entry) => entry.operation)).toEqual(['issues/get']);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { resolveGitHubSettings } from '../../src/commands/github-settings.js';
import { createMemoryOutput } from '../../src/commands/output.js';
import { runSignupIssueCommand } from '../../src/commands/signup-issue-command.js';
import { SIGNUP_COMMENT_MARKER } from '../../src/core/signup/render-signup-comment.js';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import type { StandIn } from '../stand-in/index.js';
import { MENTEE_DE, signupBody } from './signup-bodies.js';

let standIn: StandIn;
let workspace: Workspace;

useStandIn(
  (started) => {
    standIn = started;
    standIn.seed({
      readOnlyTokens: ['read-only'],
      issues: [
        { title: 'Anmeldung: Mentee', body: MENTEE_DE, user: 'martin-weber' },
        {
          title: 'Count me in',
          body: 'I would like to mentor!',
          labels: ['tandem-signup'],
          user: 'lea-schmidt',
        },
        { title: 'Sign-up: mentor', body: signupBody({ program: 'other' }), user: 'lea-schmidt' },
      ],
    });
  },
  () => workspace[Symbol.asyncDispose](),
);

beforeEach(async () => {
  workspace = await createWorkspace({
    'programs/pilot.yml': programYaml({
      tandems: numberedTandems(1),
      extra: { signup: { pool: 'pools/pilot.yml' } },
    }),
  });
});

async function check(issueNumber: number, token = 'test-token') {
  const output = createMemoryOutput();
  const github = resolveGitHubSettings({
    token,
    repo: 'acme/mentoring',
    apiUrl: standIn.url,
    pacing: '0.001',
  });
  const result = await runSignupIssueCommand(
    { root: workspace.root, patterns: [], github, issueNumber, isDryRun: false },
    output,
  );
  const comments = standIn.state.issueComments.filter(
    (comment) => comment.issue_number === issueNumber && comment.body.includes(SIGNUP_COMMENT_MARKER),
  );
  return { ...result, output, comments };
}

describe('checking one sign-up issue', () => {
  it('answers a German sign-up in German', async () => {
    const { comments } = await check(1);
    expect(comments.map((c) => c.body)).toEqual([
      `${SIGNUP_COMMENT_MARKER}\n**Du bist dabei:** als Mentee in Pilot program (\`pilot\`), Themen \`ai-tools\`; Team Finanzen.\n\n` +
        'Der nächste Lauf von `tandem signups` trägt dich in den Pool ein, aus dem die Programmleitung die Tandems vorschlägt. ' +
        'Bearbeite das Issue, um deine Angaben zu ändern; schließe es, um dich abzumelden.\n',
    ]);
  });

  it('tells the author of a labelled issue without the form to use the form', async () => {
    const { comments, exitCode } = await check(2);
    expect(exitCode).toBe(0);
    expect(comments[0]!.body).toContain(
      'not the sections of a sign-up form: open a new issue with one of the sign-up forms',
    );
  });

  it('says nothing about an unknown program while a program file does not load, and says why in the log', async () => {
    await workspace.write('programs/broken.yml', 'version: 1\nid: other\n');
    const { comments, exitCode, output } = await check(3);
    expect(exitCode).toBe(1);
    expect(comments).toHaveLength(0);
    expect(output.warnings.join('\n')).toContain('programs/broken.yml has errors: fix the program files');
  });

  it('does nothing for an issue that was deleted before the run', async () => {
    standIn.state.issues.splice(0, 1);
    const { exitCode, comment, output } = await check(1);
    expect({ exitCode, comment }).toEqual({ exitCode: 0, comment: 'none' });
    expect(output.lines).toEqual(['#1 is gone (deleted or transferred): nothing to do.']);
  });

  it('says which permission a token without issues: write lacks, without a stack trace', async () => {
    const { exitCode, output } = await check(1, 'read-only');
    expect(exitCode).toBe(1);
    expect(output.warnings[0]).toMatch(
      /^#1: the token may not comment on issues: give the job `issues: write`/,
    );
  });
});

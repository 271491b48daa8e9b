import { beforeEach, describe, expect, it } from 'vitest';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { runTandem, standInEnv } from '../helpers/run-tandem.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import type { StandIn } from '../stand-in/index.js';

const STACK_TRACE = /\n\s+at .+[:(]\d+/;
let standIn: StandIn;
let workspace: Workspace;

useStandIn(
  (started) => {
    standIn = started;
    standIn.seed({
      repo: { collaborators: ['mentor-1', 'mentee-1'] },
      badTokens: ['expired-token'],
      readOnlyTokens: ['read-only-token'],
    });
  },
  () => workspace[Symbol.asyncDispose](),
);

beforeEach(async () => {
  workspace = await createWorkspace({ 'programs/pilot.yml': programYaml({ tandems: numberedTandems(1) }) });
});

const sync = (env: Record<string, string>) =>
  runTandem(['sync'], { root: workspace.root, env: { ...standInEnv(standIn), ...env } });

describe('GitHub’s refusals in plain words', () => {
  it('a repository that does not exist, or that the token cannot see, is named', async () => {
    const run = await sync({ GITHUB_REPOSITORY: 'acme/nope' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('repository acme/nope not found, or the token cannot see it');
    expect(run.stderr).not.toContain('https://docs.github.com');
  });

  it('a token GitHub does not accept (401) says to check the token', async () => {
    const run = await sync({ GITHUB_TOKEN: 'expired-token' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /GitHub did not accept the token \(401 Bad credentials\): check GITHUB_TOKEN or --token/,
    );
    expect(run.stderr).not.toContain('https://docs.github.com');
  });

  it('a token that may read but not write (403) says which permission to give', async () => {
    const run = await sync({ GITHUB_TOKEN: 'read-only-token' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('issues: write');
  });
});

describe('an API that cannot be reached', () => {
  // With the production pacing, the three retries of a refused connection would take 14 s.
  it('fails at once with a message naming the URL, not after 14 s of retries', {
    timeout: 8_000,
  }, async () => {
    const run = await sync({ GITHUB_API_URL: 'http://127.0.0.1:9', TANDEM_PACING: '1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot reach the GitHub API at http://127.0.0.1:9 (connection refused)');
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('waiting for a rate limit', () => {
  it('says how long it waits', async () => {
    standIn.faults.failNext(1, 'secondary-403', { isWrite: true });
    const run = await sync({});
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/rate limit.*waiting \d+ s/i);
  });
});

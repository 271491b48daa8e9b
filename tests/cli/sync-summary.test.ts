import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { runTandem, standInEnv } from '../helpers/run-tandem.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import type { StandIn } from '../stand-in/index.js';

let standIn: StandIn;
let workspace: Workspace;

useStandIn(
  (started) => {
    standIn = started;
    standIn.seed({ repo: { collaborators: numberedTandems(3).flatMap((t) => [t.mentor, t.mentee]) } });
  },
  () => workspace[Symbol.asyncDispose](),
);

beforeEach(async () => {
  workspace = await createWorkspace();
});

/** `tandem sync` under GitHub Actions; returns what it wrote to the job summary. */
async function syncSummary(): Promise<string> {
  const summaryFile = path.join(workspace.root, 'summary.md');
  await writeFile(summaryFile, '');
  const run = await runTandem(['sync'], {
    root: workspace.root,
    env: standInEnv(standIn, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile }),
  });
  expect(run.code).toBe(0);
  return readFile(summaryFile, 'utf8');
}

it('after a sync, the job summary says what happened, with a link to each issue, not the plan', async () => {
  await workspace.write(
    'programs/pilot.yml',
    programYaml({ tandems: numberedTandems(3), duration: '12 weeks' }),
  );
  const first = await syncSummary();
  expect(first).toContain('3 created');
  expect(first).toMatch(
    /\| created \| mentor-1-mentee-1 \| \[#1\]\(https:\/\/github\.com\/acme\/mentoring\/issues\/1\) \|/,
  );
  expect(first).not.toMatch(/to create|\| new \|/);

  await workspace.write(
    'programs/pilot.yml',
    programYaml({
      tandems: numberedTandems(2),
      duration: '12 weeks',
      extra: { session: { length: '45 minutes', weekday: 'tuesday' } },
    }),
  );
  expect(await syncSummary()).toMatchSnapshot();
});

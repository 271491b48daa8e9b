import { beforeEach, describe, expect, it } from 'vitest';
import { readIssueMarker } from '../../src/core/issue-body/markers.js';
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

const sync = (...args: string[]) =>
  runTandem(['sync', ...args], { root: workspace.root, env: standInEnv(standIn) });

const tandemIssues = () =>
  standIn.state.issues.filter((issue) => !issue.isPullRequest && readIssueMarker(issue.body ?? ''));

describe('tandem sync when one tandem’s issue cannot fit GitHub’s limit', () => {
  it('fails that tandem with a clear message and still creates and syncs every other one', async () => {
    const [big, ...others] = numberedTandems(3);
    // Weekly for five years: some 260 sessions, more than 65,536 characters even compacted.
    const tandems = [{ ...big!, cadence: 'weekly' }, ...others];
    await workspace.write(
      'programs/pilot.yml',
      programYaml({ duration: '260 weeks', cadence: 'every 4 weeks', tandems }),
    );
    const run = await sync('--today', '2027-01-01');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /error: pilot\/mentor-1-mentee-1: The issue of tandem "mentor-1-mentee-1" would be \d+ characters long, more than the 65536/,
    );
    expect(tandemIssues().map((issue) => readIssueMarker(issue.body!)!.tandemId)).toEqual([
      'mentor-2-mentee-2',
      'mentor-3-mentee-3',
    ]);

    // On the next run the others are unchanged and nothing is closed for the tandem that failed.
    standIn.resetLog();
    const again = await sync('--today', '2027-01-01');
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('2 unchanged');
    expect(standIn.counts().writes).toBe(0);
  });
});

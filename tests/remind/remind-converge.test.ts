import { describe, expect, it } from 'vitest';
import { createMemoryOutput } from '../../src/commands/output.js';
import { runRemindCommand } from '../../src/commands/remind-command.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { type Fixture, seedFixture } from '../report/fixture-program.js';
import type { StandIn } from '../stand-in/index.js';

let standIn: StandIn;
let fixture: Fixture;

useStandIn(
  (started) => (standIn = started),
  () => fixture?.cleanUp(),
);

const remind = (today: string) =>
  runRemindCommand(
    {
      root: fixture.root,
      patterns: ['programs/fixture.yml'],
      github: fixture.settings,
      today,
      isDryRun: false,
      isJson: false,
    },
    createMemoryOutput(),
  );

const reminderMarkers = () =>
  standIn.state.issueComments.map((comment) => /<!-- tandem:reminder [^>]*-->/.exec(comment.body)?.[0]);

describe('tandem remind at the same time as another run', () => {
  it('leaves one reminder per session when two runs post at once', async () => {
    fixture = await seedFixture(standIn);
    const runs = await Promise.all([remind('2027-01-31'), remind('2027-01-31')]);
    for (const run of runs) expect(run.exitCode).toBe(0);
    const markers = reminderMarkers();
    expect(markers).toHaveLength(2);
    expect(new Set(markers).size).toBe(2);

    await Promise.all([remind('2027-02-07'), remind('2027-02-07'), remind('2027-02-07')]);
    expect(reminderMarkers()).toHaveLength(4);
    expect(new Set(reminderMarkers()).size).toBe(4);
  });
});

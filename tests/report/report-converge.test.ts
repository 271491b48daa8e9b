import { describe, expect, it } from 'vitest';
import { reportMarker } from '../../src/core/issue-body/markers.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import type { StandIn } from '../stand-in/index.js';
import { commentsOf, type Fixture, runReport, seedFixture } from './fixture-program.js';

let standIn: StandIn;
let fixture: Fixture;

useStandIn(
  (started) => (standIn = started),
  () => fixture?.cleanUp(),
);

describe('tandem report converges', () => {
  it('ends with one thread, the lowest number, and one comment per period when two runs race', async () => {
    fixture = await seedFixture(standIn);
    const runs = await Promise.all([runReport(fixture, '2027-01-27'), runReport(fixture, '2027-01-27')]);
    for (const run of runs) expect(run.exitCode).toBe(0);
    expect(standIn.state.discussions).toHaveLength(1);
    expect(commentsOf(standIn.state)).toHaveLength(1);
    const [url] = runs.map((run) => run.reportUrl);
    expect(runs[1]!.reportUrl).toBe(url);

    await Promise.all([runReport(fixture, '2027-02-03'), runReport(fixture, '2027-02-03')]);
    expect(standIn.state.discussions).toHaveLength(1);
    expect(
      commentsOf(standIn.state).map((body) => body.includes(reportMarker('fixture-program', '2027-W05'))),
    ).toEqual([false, true]);
  });

  it('finds its thread in another category after a moderator moved it', async () => {
    fixture = await seedFixture(standIn);
    await runReport(fixture, '2027-01-27');
    const [thread] = standIn.state.discussions;
    thread!.category_id = standIn.state.discussionCategories.find((c) => c.name === 'General')!.node_id;

    const run = await runReport(fixture, '2027-02-03');
    expect(run.exitCode).toBe(0);
    expect(standIn.state.discussions).toHaveLength(1);
    expect(commentsOf(standIn.state)).toHaveLength(2);
  });
});

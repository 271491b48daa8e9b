import { renderDesiredIssues } from '../src/core/sync/desired-issues.js';
import { loadProgram } from '../src/core/validate/load-program.js';
import { numberedTandems, programYaml } from '../tests/helpers/program-yaml.js';
import { runTandem, standInEnv } from '../tests/helpers/run-tandem.js';
import { createWorkspace } from '../tests/helpers/workspace.js';
import { startStandIn } from '../tests/stand-in/index.js';
import { ms, printTable } from './measure.js';

const TANDEMS = 500;
const LATENCY_MS = 50;

/**
 * Requests and wall time of a sync of 500 tandems whose issues exist already, against the stand-in
 * answering every request after 50 ms: once with nothing changed, once with one tandem changed, and
 * once after someone removed the program's label from 10 of the issues (found again, label put back).
 */
export async function benchSync(): Promise<void> {
  const tandems = numberedTandems(TANDEMS);
  const original = programYaml({ id: 'bench', duration: '6 months', tandems });
  const changed = programYaml({
    id: 'bench',
    duration: '6 months',
    tandems: tandems.map((tandem, index) => (index === 0 ? { ...tandem, topics: ['new-work'] } : tandem)),
  });
  const program = loadProgram('programs/bench.yml', original).program!;

  const standIn = await startStandIn();
  await using workspace = await createWorkspace({ 'programs/bench.yml': original });
  try {
    standIn.seed({
      // As a sync leaves them: each issue's links carry its own address (the stand-in numbers from 1).
      issues: renderDesiredIssues(program).map((issue, index) => ({
        title: issue.title,
        body: issue.atAddress!(`https://github.com/acme/mentoring/issues/${index + 1}`).body,
        labels: [...issue.labels],
        assignees: [...issue.assignees],
      })),
    });
    standIn.faults.latencyMs = LATENCY_MS;
    const env = standInEnv(standIn);

    const measure = async () => {
      standIn.resetLog();
      const started = performance.now();
      const run = await runTandem(['sync'], { root: workspace.root, env });
      const wall = performance.now() - started;
      if (run.code !== 0) throw new Error(`sync failed: ${run.stderr}`);
      return { wall, counts: standIn.counts() };
    };
    const noChange = await measure();
    await workspace.write('programs/bench.yml', changed);
    const oneChange = await measure();
    for (const issue of standIn.state.issues.slice(100, 110))
      issue.labels = issue.labels.filter((label) => label !== 'tandem:bench');
    const lostLabels = await measure();
    const total = standIn.state.issues.length;
    printTable(`Sync ${TANDEMS} tandems, ${LATENCY_MS} ms latency per request`, [
      ['no change: requests', String(noChange.counts.total), '≤ 6'],
      ['no change: writes', String(noChange.counts.writes), '0'],
      ['no change: wall time', ms(noChange.wall)],
      ['one change: requests', String(oneChange.counts.total), '≤ 8'],
      ['one change: writes', String(oneChange.counts.writes), '1'],
      ['one change: wall time', ms(oneChange.wall)],
      ['10 lost labels: requests', String(lostLabels.counts.total), ''],
      ['10 lost labels: writes', String(lostLabels.counts.writes), '10 (labels put back)'],
      ['10 lost labels: issues after', String(total), String(TANDEMS)],
      ['10 lost labels: wall time', ms(lostLabels.wall)],
    ]);
  } finally {
    await standIn.close();
  }
}

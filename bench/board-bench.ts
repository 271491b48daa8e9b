import { renderDesiredIssues } from '../src/core/sync/desired-issues.js';
import { loadProgram } from '../src/core/validate/load-program.js';
import { numberedTandems, programYaml } from '../tests/helpers/program-yaml.js';
import { runTandem, standInEnv } from '../tests/helpers/run-tandem.js';
import { createWorkspace } from '../tests/helpers/workspace.js';
import { tickSession } from '../tests/report/fixture-program.js';
import { startStandIn } from '../tests/stand-in/index.js';
import { ms, printTable } from './measure.js';

const TANDEMS = 500;
const LATENCY_MS = 50;
const TODAY = '2027-01-20';

/**
 * Requests of the program board's updates for 500 tandems whose issues and items exist, against the
 * stand-in answering every request after 50 ms: sync and report with nothing changed, and report
 * after a pair ticked boxes in one issue.
 */
export async function benchBoard(): Promise<void> {
  const yaml = programYaml({
    id: 'bench',
    duration: '6 months',
    tandems: numberedTandems(TANDEMS),
    extra: { board: { url: 'https://github.com/orgs/acme/projects/1' } },
  });
  const program = loadProgram('programs/bench.yml', yaml).program!;
  const standIn = await startStandIn();
  await using workspace = await createWorkspace({ 'programs/bench.yml': yaml });
  try {
    standIn.seed({
      projects: [{ owner: 'acme', number: 1 }],
      issues: renderDesiredIssues(program).map((issue) => ({
        title: issue.title,
        body: issue.body,
        labels: [...issue.labels],
        assignees: [...issue.assignees],
      })),
    });
    const env = standInEnv(standIn);
    const run = async (command: 'sync' | 'report') => {
      standIn.resetLog();
      const started = performance.now();
      const result = await runTandem([command, '--today', TODAY], { root: workspace.root, env });
      const wall = performance.now() - started;
      if (result.code !== 0 || /warning/.test(result.stderr)) throw new Error(`${command}: ${result.stderr}`);
      const board = standIn.log.filter((entry) => /Board/.test(entry.operation ?? ''));
      return {
        wall,
        total: standIn.counts().total,
        board: board.length,
        writes: board.filter((entry) => entry.isWrite).length,
      };
    };
    // The first runs fill the board: 500 items, their fields and values.
    await run('sync');
    await run('report');
    standIn.faults.latencyMs = LATENCY_MS;
    const sync = await run('sync');
    const report = await run('report');
    const issue = standIn.state.issues[0]!;
    issue.body = tickSession(issue.body!, 'kickoff', 10);
    const ticked = await run('report');
    printTable(`Program board, ${TANDEMS} tandems, ${LATENCY_MS} ms latency per request`, [
      ['sync, no change: board requests', String(sync.board), '≤ 10'],
      ['sync, no change: all requests', String(sync.total)],
      ['report, no change: board requests', String(report.board), '≤ 10'],
      ['report, no change: all requests (issues + board)', String(report.total), '≤ 10'],
      ['report, no change: board writes', String(report.writes), '0'],
      ['report, no change: wall time', ms(report.wall)],
      ['report, one tandem ticked: all requests', String(ticked.total), '≤ 12'],
      ['report, one tandem ticked: board writes', String(ticked.writes), '1'],
      ['report, one tandem ticked: wall time', ms(ticked.wall)],
    ]);
  } finally {
    await standIn.close();
  }
}

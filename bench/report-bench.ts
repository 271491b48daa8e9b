import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadPrograms } from '../src/commands/load-programs.js';
import { sessionMarker } from '../src/core/issue-body/markers.js';
import { renderDesiredIssues } from '../src/core/sync/desired-issues.js';
import { generateProgramYaml } from '../tests/fixtures/generate-program.js';
import { startStandIn } from '../tests/stand-in/index.js';
import { median, ms, printTable } from './measure.js';

const TANDEMS = 1_000;
const RUNS = 3;
const CHILD = fileURLToPath(new URL('./report-bench-child.ts', import.meta.url));

export interface ReportBenchResult {
  /** HTTP requests the report made (GraphQL pages and mutations). */
  readonly requests: number;
  /** CPU time (user + system) of the report's own process. */
  readonly cpuMs: number;
  readonly wallMs: number;
}

/**
 * `tandem report` over a program of 1,000 tandems whose issues exist (some kickoffs ticked), on its
 * first run: the discussion is created and the period's comment added. The stand-in runs here; the
 * report runs in a child process, so the CPU time is the report's alone (median of three runs, from
 * loading the program file to posting). Goal: ≤ 12 requests, ≤ 1 s.
 */
export async function measureReport(): Promise<ReportBenchResult> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'tandem-report-bench-'));
  const standIn = await startStandIn();
  try {
    await mkdir(path.join(root, 'programs'));
    const yaml = `${generateProgramYaml(TANDEMS)}report:\n  discussion:\n    category: Mentoring\n  period: week\n`;
    await writeFile(path.join(root, 'programs', 'generated.yml'), yaml);
    const { programs, diagnostics } = await loadPrograms(['programs/generated.yml'], root);
    if (!programs[0]) throw new Error(`the generated program is invalid: ${JSON.stringify(diagnostics)}`);
    standIn.seed({
      discussionCategories: [{ name: 'Mentoring' }],
      // As a sync leaves them: each issue's links carry its own address (the stand-in numbers from 1).
      issues: renderDesiredIssues(programs[0]).map((issue, index) => ({
        title: issue.title,
        body: (({ body }) => (index % 3 === 0 ? tickKickoff(body) : body))(
          issue.atAddress!(`https://github.com/acme/mentoring/issues/${index + 1}`),
        ),
        labels: [...issue.labels],
        assignees: [...issue.assignees],
      })),
    });
    const runs: (ChildRun & { requests: number })[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Every run is a first run: no discussion yet.
      standIn.state.discussions.length = 0;
      standIn.state.discussionComments.length = 0;
      standIn.resetLog();
      runs.push({ ...(await runChild(root, standIn.url)), requests: standIn.counts().total });
      if (standIn.violations.length > 0)
        throw new Error(`contract violations: ${JSON.stringify(standIn.violations)}`);
      if (standIn.state.discussionComments.length !== 1) throw new Error('the report was not posted');
    }
    return {
      requests: Math.max(...runs.map((run) => run.requests)),
      cpuMs: Math.round(median(runs.map((run) => run.cpuMs))),
      wallMs: Math.round(median(runs.map((run) => run.wallMs))),
    };
  } finally {
    await standIn.close();
    await rm(root, { recursive: true, force: true });
  }
}

interface ChildRun {
  readonly cpuMs: number;
  readonly wallMs: number;
}

async function runChild(root: string, apiUrl: string): Promise<ChildRun> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, BENCH_ROOT: root, BENCH_API_URL: apiUrl, BENCH_TODAY: '2027-02-03' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const run = JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildRun & {
    exitCode: number;
    failures: string[];
  };
  if (run.exitCode !== 0) throw new Error(`the report failed: ${run.failures.join('; ')}`);
  return run;
}

function tickKickoff(body: string): string {
  const start = body.indexOf(sessionMarker('kickoff'));
  const end = body.indexOf('<!-- tandem:session ', start + 1);
  return body.slice(0, start) + body.slice(start, end).replaceAll('- [ ] ', '- [x] ') + body.slice(end);
}

/** `npm run bench`: prints the figures of `measureReport` against the goal. */
export async function benchReport(): Promise<void> {
  const result = await measureReport();
  printTable(`Report over ${TANDEMS} tandem issues (first run: creates the discussion and the comment)`, [
    ['requests', String(result.requests), '≤ 12'],
    ['CPU time', ms(result.cpuMs), '≤ 1 s'],
    ['wall time', ms(result.wallMs)],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchReport();

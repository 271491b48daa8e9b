/**
 * One `tandem report` run in a process of its own, so that its CPU time is not mixed with the
 * stand-in's. Prints `{ cpuMs, wallMs, exitCode, failures }` as JSON on standard output.
 */
import { createMemoryOutput } from '../src/commands/output.js';
import { runReportCommand } from '../src/commands/report-command.js';

const { BENCH_ROOT, BENCH_API_URL, BENCH_TODAY } = process.env;
if (!BENCH_ROOT || !BENCH_API_URL || !BENCH_TODAY)
  throw new Error('BENCH_ROOT, BENCH_API_URL and BENCH_TODAY are required');

const output = createMemoryOutput();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await runReportCommand(
  {
    root: BENCH_ROOT,
    patterns: ['programs/*.yml'],
    github: {
      token: 'bench-token',
      repo: { owner: 'acme', repo: 'mentoring' },
      apiUrl: BENCH_API_URL,
      graphqlUrl: `${BENCH_API_URL}/graphql`,
      pacing: 0.001,
    },
    today: BENCH_TODAY,
    isDryRun: false,
    isJson: true,
  },
  output,
);
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(
  `${JSON.stringify({
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    exitCode: result.exitCode,
    failures: [...result.json.failures, ...output.warnings],
    reportLength: output.summaries.join('').length,
  })}\n`,
);

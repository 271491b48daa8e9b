/**
 * The stand-in as its own process, in the foreground or in the background (`… &`):
 * `node --import tsx tests/stand-in/main.ts [seed.json] [--repo o/r] [--port N] [--latency-ms N]`.
 * Prints `{"url":…,"graphqlUrl":…}` as one JSON line on stdout when ready; on SIGTERM or SIGINT
 * (Ctrl-C, `kill %1`) it prints `{"counts":…,"violations":[…]}` as a second line and stops. It does
 * not watch stdin: a background job's stdin is closed from the start.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { SeedData } from './seed.js';
import { startStandIn } from './server.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repo: { type: 'string' }, port: { type: 'string' }, 'latency-ms': { type: 'string' } },
});

const standIn = await startStandIn({
  ...(values.repo ? { repo: values.repo } : {}),
  ...(values.port ? { port: Number(values.port) } : {}),
  latencyMs: Number(values['latency-ms'] ?? 0),
});
const [seedFile] = positionals;
if (seedFile) standIn.seed(JSON.parse(await readFile(seedFile, 'utf8')) as SeedData);
process.stdout.write(`${JSON.stringify({ url: standIn.url, graphqlUrl: standIn.graphqlUrl })}\n`);

let isStopping = false;
async function stop(): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  process.stdout.write(`${JSON.stringify({ counts: standIn.counts(), violations: standIn.violations })}\n`);
  await standIn.close();
}

process.once('SIGTERM', stop);
process.once('SIGINT', stop);

/**
 * The stand-in as its own process: `node --import tsx tests/stand-in/main.ts [seed.json] [--repo o/r]
 * [--latency-ms N]`. Prints `{"url":…,"graphqlUrl":…}` as one JSON line on stdout when ready; on
 * SIGTERM, SIGINT or the end of stdin it prints `{"counts":…,"violations":[…]}` as a second line and stops.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { SeedData } from './seed.js';
import { startStandIn } from './server.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repo: { type: 'string' }, 'latency-ms': { type: 'string' } },
});

const standIn = await startStandIn({
  ...(values.repo ? { repo: values.repo } : {}),
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
  process.stdin.destroy();
  await standIn.close();
}

process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();

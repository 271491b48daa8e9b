// `npm run bench`: the figures the issues ask for, measured in one run on this machine.
// `npm run bench -- action sync` runs some of them.
import { spawnSync } from 'node:child_process';
import { benchAction } from './action-bench.js';
import { benchBoard } from './board-bench.js';
import { benchLoad } from './load-bench.js';
import { benchMatch } from './match-bench.js';
import { benchMerge } from './merge-bench.js';
import { benchReport } from './report-bench.js';
import { benchSync } from './sync-bench.js';
import { benchValidate } from './validate-bench.js';

const benches: Record<string, () => Promise<void>> = {
  validate: benchValidate,
  load: benchLoad,
  sync: benchSync,
  report: benchReport,
  action: benchAction,
  match: benchMatch,
  merge: benchMerge,
  board: benchBoard,
};
const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`unknown bench: ${unknown.join(', ')} (there are: ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}
const names = requested.length > 0 ? requested : Object.keys(benches);

if (names.length === 1) {
  await benches[names[0]!]!();
} else {
  // Each in a process of its own: a bench that measures when requests arrive must not share a heap,
  // and its garbage collections, with the thousand issues the report bench leaves behind.
  for (const name of names) {
    const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, name], {
      stdio: 'inherit',
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}

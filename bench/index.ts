// `npm run bench`: the figures the issues ask for, measured in one run on this machine.
import { benchAction } from './action-bench.js';
import { benchMatch } from './match-bench.js';
import { benchReport } from './report-bench.js';
import { benchSync } from './sync-bench.js';
import { benchValidate } from './validate-bench.js';

const only = process.argv.slice(2);
const benches: Record<string, () => Promise<void>> = {
  validate: benchValidate,
  sync: benchSync,
  report: benchReport,
  action: benchAction,
  match: benchMatch,
};
for (const [name, bench] of Object.entries(benches)) {
  if (only.length === 0 || only.includes(name)) await bench();
}

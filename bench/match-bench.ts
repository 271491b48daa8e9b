import { matchPool } from '../src/core/match/match-pool.js';
import { generatePool } from '../tests/core/match/pool-generators.js';
import { median, ms, printTable } from './measure.js';

/** Matching a pool of 300 mentors and 300 mentees (a management tree, some capacities of 2). */
export async function benchMatch(): Promise<void> {
  const pool = generatePool(300, 300);
  matchPool(generatePool(20, 20, 2));
  const times: number[] = [];
  let tandems = 0;
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    tandems = matchPool(pool).tandems.length;
    times.push(performance.now() - started);
  }
  printTable('Match 300 mentors and 300 mentees (median of 5)', [
    ['time', ms(median(times)), '≤ 2 s'],
    ['tandems proposed', String(tandems)],
  ]);
}

import { loadProgram } from '../src/core/validate/load-program.js';
import { generateProgramYaml } from '../tests/fixtures/generate-program.js';
import { median, ms, printTable } from './measure.js';

const RUNS = 5;

/** Median time of `runs` loads after one warm-up (in process: the parser and checks, no start-up). */
function timeLoad(text: string, runs = RUNS): number {
  loadProgram('programs/generated.yml', text);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    loadProgram('programs/generated.yml', text);
    times.push(performance.now() - started);
  }
  return median(times);
}

function aliasBomb(): string {
  const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 12; i += 1)
    levels.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${levels.join('\n')}\n`;
}

/** What tests/core/validate once timed: large programs, many errors, and bad input refused early. */
export async function benchLoad(): Promise<void> {
  const line = 'description: lorem ipsum dolor sit amet, consectetur adipiscing elit\n';
  const huge = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
  const clean = timeLoad(generateProgramYaml(1000));
  const fewErrors = timeLoad(generateProgramYaml(1000, { errors: 250 }));
  const manyErrors = timeLoad(generateProgramYaml(1000, { errors: 1000 }));
  printTable(`Load a program in process (median of ${RUNS})`, [
    ['1,000 tandems, no problem', ms(clean), '≤ 1 s'],
    ['1,000 tandems, 1,000 errors', ms(manyErrors), '≤ 1 s'],
    // Four times the errors; quadratic work would cost sixteen times as much.
    ['the same with 250 errors: ratio', `${(manyErrors / fewErrors).toFixed(1)}×`, '≤ 8× (linear)'],
    ['a 10 MB file, refused', ms(timeLoad(huge)), '≤ 500 ms'],
    ['an alias bomb, stopped', ms(timeLoad(aliasBomb())), '≤ 500 ms'],
  ]);
}

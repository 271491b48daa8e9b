import { spawnSync } from 'node:child_process';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Wall time of a whole process, in ms, median of `runs`; fails loudly when the process does. */
export function timeProcess(
  command: string,
  args: readonly string[],
  options: { runs: number; cwd: string; expectStatus?: number },
): number {
  const times: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== (options.expectStatus ?? 0)) {
      throw new Error(
        `${command} ${args.join(' ')} exited ${result.status}: ${result.stderr || result.stdout}`,
      );
    }
  }
  return median(times);
}

export const ms = (value: number): string => `${value.toFixed(0)} ms`;

export function printTable(title: string, rows: readonly (readonly [string, string, string?])[]): void {
  console.log(`\n## ${title}\n`);
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value, goal] of rows) {
    console.log(`  ${name.padEnd(width)}  ${value.padStart(10)}${goal ? `   (goal: ${goal})` : ''}`);
  }
}

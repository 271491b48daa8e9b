/**
 * One setting for how hard the property tests (fast-check) try. Each test names a `base` number of
 * cases, enough to catch a regression on a developer's machine while `npm test` stays quick; CI
 * (CI=true, as .ci/run and GitHub's runners set it) tries ten times as many. `FC_RUNS=<factor>`
 * sets the factor by hand: `FC_RUNS=50 npx vitest run tests/core/merge` for a long hunt.
 */
const DEEP_FACTOR = 10;

export function propertyRunFactor(env: NodeJS.ProcessEnv = process.env): number {
  if (env.FC_RUNS !== undefined && env.FC_RUNS !== '') {
    const factor = Number(env.FC_RUNS);
    if (!(factor > 0))
      throw new Error(`FC_RUNS must be a positive factor, got ${JSON.stringify(env.FC_RUNS)}`);
    return factor;
  }
  return ['true', '1'].includes((env.CI ?? '').toLowerCase()) ? DEEP_FACTOR : 1;
}

/** How many cases a property test with `base` cases runs under the current setting. */
export function propertyRuns(base: number): number {
  return Math.max(1, Math.round(base * propertyRunFactor()));
}

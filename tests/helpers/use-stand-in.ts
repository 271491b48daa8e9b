import { afterEach, beforeEach, expect } from 'vitest';
import { type StandIn, type StandInOptions, startStandIn } from '../stand-in/index.js';

/**
 * A fresh GitHub stand-in for every test of the file, handed over through `onStart`; after each test
 * `cleanUp` runs, the stand-in closes, and the test fails if any request broke GitHub's contracts.
 */
export function useStandIn(
  onStart: (standIn: StandIn) => void,
  cleanUp?: () => unknown,
  options?: StandInOptions,
): void {
  let current: StandIn;
  beforeEach(async () => {
    current = await startStandIn(options);
    onStart(current);
  });
  afterEach(async () => {
    await cleanUp?.();
    await current.close();
    expect(current.violations).toEqual([]);
  });
}

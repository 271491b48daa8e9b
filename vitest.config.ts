import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { propertyRunFactor } from './tests/helpers/property-runs.js';

// A deep property run (CI, or FC_RUNS) tries many times the cases in the same test: give it the time.
const timeout = 30_000 * Math.max(1, propertyRunFactor());

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: timeout,
    // Vitest leaves one core free by default: on a 2-core machine that is one worker, and many tests
    // wait on a child process or the stand-in. Two workers there took the suite from 214 s to 163 s.
    maxWorkers: Math.max(2, availableParallelism()),
    hookTimeout: 30_000,
    setupFiles: ['./tests/helpers/fast-check-seed.ts'],
    reporters: ['default', './tests/reporters/summary-line.ts'],
  },
});

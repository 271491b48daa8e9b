import { describe, expect, it } from 'vitest';
import { matchPool } from '../../../src/core/match/match-pool.js';
import { generatePool } from './pool-generators.js';
import { findViolations } from './reference-check.js';

describe('matchPool at scale', () => {
  it('matches 300 mentors and 300 mentees within 2 seconds', () => {
    const pool = generatePool(300, 300);
    const started = performance.now();
    const result = matchPool(pool);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(2000);
    expect(result.tandems.length).toBeGreaterThan(250);
    expect(findViolations(pool, result)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { matchPool } from '../../../src/core/match/match-pool.js';
import { generatePool } from './pool-generators.js';
import { findViolations } from './reference-check.js';

// How long it takes is measured by `npm run bench -- match`.
describe('matchPool at scale', () => {
  it('matches 300 mentors and 300 mentees into more than 250 tandems, breaking no rule', () => {
    const pool = generatePool(300, 300);
    const result = matchPool(pool);
    expect(result.tandems.length).toBeGreaterThan(250);
    expect(findViolations(pool, result)).toEqual([]);
  });
});

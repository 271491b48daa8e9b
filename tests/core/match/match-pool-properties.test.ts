import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPool } from '../../../src/core/match/match-pool.js';
import type { Pool } from '../../../src/core/match/pool.js';
import { renderMatchJson, renderMatchYaml } from '../../../src/core/match/render-match.js';
import { propertyRuns } from '../../helpers/property-runs.js';
import { smallPoolArbitrary } from './pool-generators.js';
import { bruteForceBestScore, findViolations, totalScore } from './reference-check.js';

const reversed = (pool: Pool): Pool => ({
  ...pool,
  mentors: [...pool.mentors].reverse(),
  mentees: [...pool.mentees].reverse(),
  avoid: [...pool.avoid].reverse(),
});

describe('matchPool on random pools', () => {
  it('never breaks a constraint and always reaches the brute-force optimum', () => {
    fc.assert(
      fc.property(smallPoolArbitrary(4), (pool) => {
        const result = matchPool(pool);
        expect(findViolations(pool, result)).toEqual([]);
        expect(totalScore(result)).toBe(bruteForceBestScore(pool));
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('gives byte-identical output for the same pool, whatever the order of its lists', () => {
    fc.assert(
      fc.property(smallPoolArbitrary(6), (pool) => {
        const first = matchPool(pool);
        const again = matchPool(pool);
        const shuffled = matchPool(reversed(pool));
        expect(renderMatchYaml(again)).toBe(renderMatchYaml(first));
        expect(renderMatchJson(again)).toBe(renderMatchJson(first));
        expect(renderMatchJson(shuffled)).toBe(renderMatchJson(first));
      }),
      { numRuns: propertyRuns(75) },
    );
  });

  it('says "capacity" only when every suitable counterpart is full', () => {
    fc.assert(
      fc.property(smallPoolArbitrary(5), (pool) => {
        const result = matchPool(pool);
        for (const person of result.unmatched.filter((u) => u.reason.startsWith('capacity'))) {
          const names = person.reason.slice(person.reason.indexOf(': ') + 2).split(', ');
          for (const name of names.filter((n) => !n.includes(' more'))) {
            const load = result.tandems.filter(
              (t) => (person.role === 'mentee' ? t.mentor : t.mentee) === name,
            ).length;
            const other = person.role === 'mentee' ? pool.mentors : pool.mentees;
            expect(load).toBe(other.find((p) => p.login === name)?.capacity);
          }
        }
      }),
      { numRuns: propertyRuns(75) },
    );
  });
});

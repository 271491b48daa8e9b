import { describe, expect, it } from 'vitest';
import { propertyRunFactor } from './property-runs.js';

describe('one setting for how hard property tests try', () => {
  it.each([
    [{}, 1],
    [{ CI: 'true' }, 10],
    [{ CI: '1' }, 10],
    [{ CI: 'false' }, 1],
    [{ FC_RUNS: '50' }, 50],
    [{ CI: 'true', FC_RUNS: '0.5' }, 0.5],
    [{ FC_RUNS: '' }, 1],
  ])('%j tries %s times the base cases', (env, factor) => {
    expect(propertyRunFactor(env)).toBe(factor);
  });

  it('refuses an FC_RUNS that is not a positive number', () => {
    expect(() => propertyRunFactor({ FC_RUNS: 'many' })).toThrow(/FC_RUNS must be a positive factor/);
    expect(() => propertyRunFactor({ FC_RUNS: '0' })).toThrow(/FC_RUNS/);
  });
});

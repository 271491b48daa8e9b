import { describe, expect, test } from 'vitest';
import { suggestClosest } from '../../../src/core/diagnostics/suggest.js';

describe('suggestClosest', () => {
  test.each([
    ['titel', ['title', 'tandems'], 'title'],
    ['mentorr', ['mentor', 'mentee'], 'mentor'],
    ['time_zone', ['timezone', 'title'], 'timezone'],
    ['Tuesday', ['monday', 'tuesday'], 'tuesday'],
    ['max_tandems', ['max_tandems_per_person', 'tandems'], 'max_tandems_per_person'],
    ['en', ['de'], undefined],
    ['audience', ['discussion', 'visibility', 'period'], undefined],
    ['', ['a'], undefined],
  ])('%j among %j → %j', (word, candidates, expected) => {
    expect(suggestClosest(word, candidates)).toBe(expected);
  });
});

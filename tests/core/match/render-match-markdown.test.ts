import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../../src/core/match/pool.js';
import { renderMatchDescription } from '../../../src/core/match/render-match-markdown.js';

const input = (result: MatchResult) => ({
  programTitle: 'Pilot @everyone #1 <b>bold</b>',
  programFile: 'programs/pilot.yml',
  poolFile: 'pools/pilot.yml',
  result,
  reasons: result.tandems.map(() => 'shares ai-tools; not in one team | or reporting line'),
});

describe('the description of a matching pull request', () => {
  it('shows the proposal and who is not matched as tables, mentioning and linking no one', () => {
    const text = renderMatchDescription(
      input({
        tandems: [
          { mentor: 'lea-schmidt', mentee: 'martin-weber', score: 3, shared: ['ai-tools', 'social-media'] },
        ],
        unmatched: [{ login: 'ulrike-vogel', role: 'mentee', reason: 'no mentor offers any of: blockchain' }],
      }),
    );
    expect(text).toContain(
      '| @&#8203;lea-schmidt | @&#8203;martin-weber | 3 | ai-tools, social-media | shares ai-tools; not in one team \\| or reporting line |',
    );
    expect(text).toContain('| @&#8203;ulrike-vogel | mentee | no mentor offers any of: blockchain |');
    expect(text).not.toMatch(/@[A-Za-z]|#1\b|<b>/);
  });

  it('stays within GitHub’s limit for a description, counting the rows left out', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      mentor: `mentor-${i}`,
      mentee: `mentee-${i}`,
      score: 1,
      shared: ['ai-tools'],
    }));
    const unmatched = Array.from({ length: 500 }, (_, i) => ({
      login: `late-${i}`,
      role: 'mentee' as const,
      reason: 'no mentor offers any of: x',
    }));
    const text = renderMatchDescription(input({ tandems: many, unmatched }));
    expect(text.length).toBeLessThanOrEqual(65_000);
    expect(text).toMatch(/… and \d+ more tandems: see the program file's diff\./);
    expect(text).toMatch(/… and \d+ more: `tandem match` with the pool lists everyone\./);
    expect(text.endsWith('Tandem does not propose the same pairs again.')).toBe(true);
  });
});

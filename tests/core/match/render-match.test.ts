import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPool } from '../../../src/core/match/load-pool.js';
import { matchPool } from '../../../src/core/match/match-pool.js';
import { renderMatchJson, renderMatchYaml } from '../../../src/core/match/render-match.js';
import { bruteForceBestScore, findViolations, totalScore } from './reference-check.js';

const loadExample = async () => {
  const file = path.join('tests', 'fixtures', 'pools', 'example.yml');
  const { pool } = loadPool(file, await readFile(file));
  if (!pool) throw new Error('the example pool does not load');
  return pool;
};

describe('matching the example pool', () => {
  it('reaches the brute-force optimum without breaking a rule', async () => {
    const pool = await loadExample();
    const result = matchPool(pool);
    expect(findViolations(pool, result)).toEqual([]);
    expect(totalScore(result)).toBe(bruteForceBestScore(pool));
  });

  it('prints tandems YAML to paste into a program, with a score comment per pair and the unmatched', async () => {
    const yaml = renderMatchYaml(matchPool(await loadExample()));
    expect(yaml).toBe(`# tandem match: 7 tandems, total score 13, 3 unmatched

tandems:
  # score 2: shared social-media, employer-branding
  - mentor: aylin-demir
    mentee: karl-mayer
    topics: [social-media, employer-branding]
  # score 1: shared social-media
  - mentor: emma-wolf
    mentee: claudia-richter
    topics: [social-media]
  # score 2: shared ai-tools
  - mentor: jonas-krause
    mentee: martin-weber
    topics: [ai-tools]
  # score 3: shared ai-tools, digital-teamwork
  - mentor: jonas-krause
    mentee: sabine-hoffmann
    topics: [ai-tools, digital-teamwork]
  # score 2: shared ai-tools
  - mentor: lea-schmidt
    mentee: andrea-koch
    topics: [ai-tools]
  # score 2: shared leadership-expectations, new-work
  - mentor: luca-braun
    mentee: peter-neumann
    topics: [leadership-expectations, new-work]
  # score 1: shared new-work
  - mentor: mia-schulz
    mentee: thomas-becker
    topics: [new-work]

# Not matched:
#   mentor finn-wagner: capacity of all suitable mentees is used: martin-weber, sabine-hoffmann
#   mentor noah-fischer: capacity of all suitable mentees is used: andrea-koch, claudia-richter, martin-weber and 1 more
#   mentee ulrike-vogel: no mentor offers any of: blockchain
`);
    expect(parse(yaml).tandems[3]).toEqual({
      mentor: 'jonas-krause',
      mentee: 'sabine-hoffmann',
      topics: ['ai-tools', 'digital-teamwork'],
    });
  });

  it('prints an empty proposal as valid YAML', () => {
    const yaml = renderMatchYaml({ tandems: [], unmatched: [] });
    expect(parse(yaml)).toEqual({ tandems: [] });
  });

  it('prints JSON with tandems and the unmatched with their reasons', async () => {
    const json = JSON.parse(renderMatchJson(matchPool(await loadExample())));
    expect(Object.keys(json)).toEqual(['tandems', 'unmatched']);
    expect(json.tandems[0]).toEqual({
      mentor: 'aylin-demir',
      mentee: 'karl-mayer',
      score: 2,
      shared: ['social-media', 'employer-branding'],
    });
    expect(json.unmatched[2]).toEqual({
      login: 'ulrike-vogel',
      role: 'mentee',
      reason: 'no mentor offers any of: blockchain',
    });
  });
});

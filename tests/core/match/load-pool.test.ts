import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.js';
import { loadPool } from '../../../src/core/match/load-pool.js';

const fixture = async (name: string) => {
  const file = path.join('tests', 'fixtures', 'pools', name);
  return loadPool(file, await readFile(file));
};
const located = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map(
    (d) => `${d.range.line}:${d.range.col}-${d.range.endLine}:${d.range.endCol} ${d.severity} ${d.rule}`,
  );

describe('loadPool', () => {
  it('reads the example pool with every default applied', async () => {
    const { pool, diagnostics } = await fixture('example.yml');
    expect(diagnostics).toEqual([]);
    expect(pool?.mentors).toHaveLength(8);
    expect(pool?.mentees).toHaveLength(8);
    expect(pool?.mentors[0]).toEqual({
      login: 'lea-schmidt',
      team: 'marketing',
      reportsTo: 'nina-berg',
      offers: ['social-media', 'ai-tools'],
      capacity: 1,
    });
    expect(pool?.mentors[1]?.capacity).toBe(2);
    expect(pool?.org.get('tim-hahn')).toBe('thomas-becker');
    expect(pool?.avoid).toEqual([['emma-wolf', 'karl-mayer']]);
    expect(pool?.weights.get('ai-tools')).toBe(2);
    expect(pool?.allowSameTeam).toBe(false);
  });

  it('reports every schema error at its node', async () => {
    const { pool, diagnostics } = await fixture('invalid-schema.yml');
    expect(pool).toBeUndefined();
    expect(
      diagnostics.every((d) => d.file === path.join('tests', 'fixtures', 'pools', 'invalid-schema.yml')),
    ).toBe(true);
    expect(located(diagnostics)).toEqual([
      '5:15-5:16 error invalid-capacity',
      '6:12-6:20 error invalid-login',
      '7:14-7:22 error invalid-topic',
      '10:5-10:9 error unknown-key',
      '12:17-12:21 error wrong-type',
      '13:18-13:20 error wrong-type',
    ]);
    expect(diagnostics[3]?.message).toBe('mentees[0]: unknown key "want"; did you mean "wants"?');
  });

  it('reports what the schema cannot see: repeated logins, both roles, unknown avoid logins, unused weights', async () => {
    const { pool, diagnostics } = await fixture('invalid-meaning.yml');
    expect(pool).toBeUndefined();
    expect(located(diagnostics)).toEqual([
      '5:12-5:23 error duplicate-login',
      '10:12-10:24 error mentor-and-mentee',
      '13:19-13:32 warning unknown-login',
      '16:3-16:13 warning unused-weight',
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'mentors[1].login: Lea-Schmidt is already listed as mentors[0]; list each person once',
      'mentees[0].login: martin-weber is already a mentor (mentors[2]); a person is either a mentor or a mentee',
      'avoid[0][1]: martin-webber is neither a mentor nor a mentee in this pool, so this pair changes nothing; did you mean "martin-weber"?',
      'weights.blockchain: no mentor offers "blockchain", so its weight changes nothing',
    ]);
  });

  it('gives a pool despite warnings', () => {
    const text =
      'version: 1\nmentors:\n  - login: lea\n    offers: [a]\nmentees: []\navoid:\n  - [lea, nobody]\n';
    const { pool, diagnostics } = loadPool('pool.yml', text);
    expect(located(diagnostics)).toEqual(['7:11-7:17 warning unknown-login']);
    expect(pool?.avoid).toEqual([['lea', 'nobody']]);
  });

  it.each([
    ['an empty file', '', 'empty-file'],
    ['a binary file', new Uint8Array([0x76, 0x00, 0xff]), 'binary-file'],
    ['a list at the top', '- a\n- b\n', 'not-a-mapping'],
  ])('reports %s in one message without throwing', (_, content, rule) => {
    const { pool, diagnostics } = loadPool('pool.yml', content);
    expect(pool).toBeUndefined();
    expect(diagnostics.map((d) => d.rule)).toEqual([rule]);
  });

  it('reports a YAML syntax error with its position', () => {
    const { pool, diagnostics } = loadPool('pool.yml', 'version: 1\nmentors: [\n  login: lea\nmentees: []\n');
    expect(pool).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]?.severity).toBe('error');
    expect(diagnostics[0]?.range.line).toBeGreaterThan(1);
  });
});

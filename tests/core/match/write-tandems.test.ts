import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPool } from '../../../src/core/match/build-pool.js';
import { matchAroundTandems } from '../../../src/core/match/match-around-tandems.js';
import { writeTandems } from '../../../src/core/match/write-tandems.js';

const NEW = [
  { mentor: 'lea', mentee: 'martin', topics: ['ai-tools', 'new-work'], comment: 'score 2: shares ai-tools' },
];
const textOf = (result: ReturnType<typeof writeTandems>): string => {
  if ('error' in result) throw new Error(result.error);
  return result.text;
};

describe('writing tandems into a program file', () => {
  it('appends after the last tandem at its indentation, before what follows, in a compact list too', () => {
    const compact = 'tandems:\n- mentor: a\n  mentee: b\n  topics:\n    - x\nreport: {}\n';
    expect(textOf(writeTandems(compact, NEW))).toBe(
      'tandems:\n- mentor: a\n  mentee: b\n  topics:\n    - x\n# score 2: shares ai-tools\n- mentor: lea\n  mentee: martin\n  topics: [ai-tools, new-work]\nreport: {}\n',
    );
  });

  it('keeps CRLF line endings and a file without a final newline', () => {
    const crlf = 'id: x\r\ntandems:\r\n  - mentor: a\r\n    mentee: b\r\n    topics: [x]';
    const written = textOf(writeTandems(crlf, NEW));
    expect(written.startsWith(crlf)).toBe(true);
    expect(written.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parse(written).tandems).toHaveLength(2);
  });

  it('replaces an empty tandems: [] or tandems: ~, and adds a missing tandems: at the end', () => {
    for (const empty of ['tandems: []\nreport: {}\n', 'tandems: ~\nreport: {}\n', 'tandems:\nreport: {}\n']) {
      const data = parse(textOf(writeTandems(empty, NEW)));
      expect(data).toEqual({
        tandems: [{ mentor: 'lea', mentee: 'martin', topics: ['ai-tools', 'new-work'] }],
        report: {},
      });
    }
    expect(textOf(writeTandems('id: x', NEW))).toBe(
      'id: x\ntandems:\n  # score 2: shares ai-tools\n  - mentor: lea\n    mentee: martin\n    topics: [ai-tools, new-work]\n',
    );
  });

  it('quotes a value YAML would read as something else, and refuses a non-empty flow list with a hint', () => {
    const data = parse(
      textOf(writeTandems('tandems: []\n', [{ ...NEW[0]!, mentor: '1234', mentee: 'null' }])),
    );
    expect(data.tandems[0]).toMatchObject({ mentor: '1234', mentee: 'null' });
    expect(writeTandems('tandems: [{mentor: a, mentee: b, topics: [x]}]\n', NEW)).toEqual({
      error: expect.stringContaining('write it as a block list'),
    });
  });
});

describe('matching around the tandems a program has', () => {
  const pool = buildPool({
    mentors: [{ login: 'lea', offers: ['ai-tools'], capacity: 2 }],
    mentees: [
      { login: 'martin', wants: ['ai-tools'] },
      { login: 'sabine', wants: ['ai-tools'] },
    ],
  });

  it('matches a person in a tandem again while capacity allows, never with the same partner', () => {
    const result = matchAroundTandems(pool, [{ mentor: 'lea', mentee: 'martin' }]);
    expect(result.tandems.map((t) => `${t.mentor}/${t.mentee}`)).toEqual(['lea/sabine']);
    expect(result.unmatched).toEqual([]);
  });

  it('says why a person whose only partner is their existing tandem stays unmatched', () => {
    const result = matchAroundTandems(
      buildPool({
        mentors: [{ login: 'lea', offers: ['ai-tools'], capacity: 2 }],
        mentees: [{ login: 'martin', wants: ['ai-tools'], capacity: 2 }],
      }),
      [{ mentor: 'Lea', mentee: 'Martin' }],
    );
    expect(result.tandems).toEqual([]);
    expect(result.unmatched.map((p) => p.reason)).toEqual([
      'every mentee who shares a topic is already in a tandem with them: martin',
      'every mentor who shares a topic is already in a tandem with them: lea',
    ]);
  });
});

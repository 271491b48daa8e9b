import { describe, expect, it } from 'vitest';
import { matchPool } from '../../../src/core/match/match-pool.js';
import type { Pool, PoolMentee, PoolMentor } from '../../../src/core/match/pool.js';

const mentor = (login: string, offers: string[], extra: Partial<PoolMentor> = {}): PoolMentor => ({
  login,
  offers,
  capacity: 1,
  ...extra,
});
const mentee = (login: string, wants: string[], extra: Partial<PoolMentee> = {}): PoolMentee => ({
  login,
  wants,
  capacity: 1,
  ...extra,
});
const pool = (
  mentors: readonly PoolMentor[],
  mentees: readonly PoolMentee[],
  extra: Partial<Pool> = {},
): Pool => ({
  mentors,
  mentees,
  org: new Map(),
  avoid: [],
  weights: new Map(),
  allowSameTeam: false,
  ...extra,
});
const pairsOf = (p: Pool) => matchPool(p).tandems.map((t) => `${t.mentor}->${t.mentee}`);

describe('matchPool', () => {
  it('pairs people by their shared topics, in the mentee order, weighted', () => {
    const result = matchPool(
      pool(
        [mentor('lea-schmidt', ['social-media', 'ai-tools'], { team: 'marketing', reportsTo: 'nina-berg' })],
        [
          mentee('martin-weber', ['ai-tools', 'new-work', 'social-media'], {
            team: 'finance',
            reportsTo: 'ceo-anna',
          }),
        ],
        { weights: new Map([['ai-tools', 2]]) },
      ),
    );
    expect(result).toEqual({
      tandems: [
        { mentor: 'lea-schmidt', mentee: 'martin-weber', score: 3, shared: ['ai-tools', 'social-media'] },
      ],
      unmatched: [],
    });
  });

  it('finds the best total where taking the best pair first would lose', () => {
    // lea/martin alone scores 3, but lea/jonas + tom/martin score 2 + 2.
    const p = pool(
      [mentor('lea', ['a', 'b', 'c']), mentor('tom', ['c', 'd'])],
      [mentee('martin', ['a', 'b', 'c', 'd']), mentee('jonas', ['a', 'b'])],
    );
    expect(pairsOf(p)).toEqual(['lea->jonas', 'tom->martin']);
  });

  it('never pairs people of one reporting line, however far up the org chain', () => {
    const p = pool(
      [mentor('lea', ['a'], { reportsTo: 'nina' }), mentor('tom', ['a'])],
      [mentee('ceo', ['a'])],
      {
        org: new Map([
          ['nina', 'paul'],
          ['paul', 'CEO'],
        ]),
      },
    );
    expect(pairsOf(p)).toEqual(['tom->ceo']);
    expect(matchPool(pool([p.mentors[0]!], p.mentees, { org: p.org })).unmatched).toEqual([
      {
        login: 'lea',
        role: 'mentor',
        reason: 'every mentee who shares a topic is in the same reporting line: ceo',
      },
      {
        login: 'ceo',
        role: 'mentee',
        reason: 'every mentor who shares a topic is in the same reporting line: lea',
      },
    ]);
  });

  it('ends the walk up a cyclic org chart', () => {
    const p = pool(
      [mentor('lea', ['a'], { reportsTo: 'x' })],
      [mentee('martin', ['a'], { reportsTo: 'y' })],
      {
        org: new Map([
          ['x', 'y'],
          ['y', 'x'],
        ]),
      },
    );
    expect(pairsOf(p)).toEqual(['lea->martin']);
    const selfManaged = pool(
      [mentor('lea', ['a'], { reportsTo: 'lea' })],
      [mentee('martin', ['a'], { reportsTo: 'lea' })],
    );
    expect(pairsOf(selfManaged)).toEqual([]);
  });

  it('keeps a team apart unless allow_same_team is set', () => {
    const p = pool([mentor('lea', ['a'], { team: 'web' })], [mentee('martin', ['a'], { team: 'web' })]);
    expect(pairsOf(p)).toEqual([]);
    expect(matchPool(p).unmatched[1]?.reason).toBe(
      'every mentor who shares a topic is in the same team: lea',
    );
    expect(pairsOf({ ...p, allowSameTeam: true })).toEqual(['lea->martin']);
  });

  it('never proposes a pair listed under avoid, in either order', () => {
    const mentors = [mentor('lea', ['a']), mentor('tom', ['a'])];
    const mentees = [mentee('martin', ['a', 'b'])];
    expect(pairsOf(pool(mentors, mentees, { avoid: [['martin', 'lea']] }))).toEqual(['tom->martin']);
    expect(pairsOf(pool(mentors, mentees, { avoid: [['LEA', 'martin']] }))).toEqual(['tom->martin']);
  });

  it('fills a mentor up to capacity and says why the rest stay unmatched', () => {
    const p = pool(
      [mentor('lea', ['a'], { capacity: 2 })],
      [mentee('anna', ['a']), mentee('ben', ['a']), mentee('carl', ['a']), mentee('dora', ['x', 'y'])],
    );
    const result = matchPool(p);
    expect(result.tandems.map((t) => t.mentee)).toEqual(['anna', 'ben']);
    expect(result.unmatched).toEqual([
      { login: 'carl', role: 'mentee', reason: 'capacity of all suitable mentors is used: lea' },
      { login: 'dora', role: 'mentee', reason: 'no mentor offers any of: x, y' },
    ]);
  });

  it('pairs two people once even when both have room for more', () => {
    const p = pool([mentor('lea', ['a', 'b'], { capacity: 3 })], [mentee('martin', ['a'], { capacity: 2 })]);
    expect(pairsOf(p)).toEqual(['lea->martin']);
  });

  it('uses a strong pair once and fills the remaining capacity elsewhere', () => {
    // Slot by slot, anna/xena would be taken twice (10 + 10); once is allowed, so the rest go elsewhere.
    const p = pool(
      [mentor('anna', ['big', 's1'], { capacity: 2 }), mentor('bert', ['s2'])],
      [mentee('xena', ['big', 's2'], { capacity: 2 }), mentee('yuri', ['s1'])],
      { weights: new Map([['big', 10]]) },
    );
    expect(pairsOf(p)).toEqual(['anna->xena', 'anna->yuri', 'bert->xena']);
  });

  it('lists every exclusion when the reasons differ', () => {
    const p = pool(
      [
        mentor('lea', ['a'], { team: 'web' }),
        mentor('tom', ['a']),
        mentor('uma', ['a'], { reportsTo: 'martin' }),
      ],
      [mentee('martin', ['a'], { team: 'web' })],
      { avoid: [['tom', 'martin']] },
    );
    expect(matchPool(p).unmatched.at(-1)).toEqual({
      login: 'martin',
      role: 'mentee',
      reason:
        'every mentor who shares a topic is excluded (in the same team: lea; listed under avoid with them: tom; in the same reporting line: uma)',
    });
  });

  it('does not pair a pool with no shared topic and handles an empty pool', () => {
    expect(matchPool(pool([], []))).toEqual({ tandems: [], unmatched: [] });
    expect(matchPool(pool([mentor('lea', ['a'])], [])).unmatched).toEqual([
      { login: 'lea', role: 'mentor', reason: 'no mentee wants any of: a' },
    ]);
  });
});

import fc from 'fast-check';
import type { Pool, PoolMentee, PoolMentor } from '../../../src/core/match/pool.js';

const TOPICS = Array.from({ length: 24 }, (_, i) => `topic-${String(i).padStart(2, '0')}`);

/**
 * Small pools with everything random: reporting lines to anyone (mentors, mentees, outsiders, with
 * cycles and self-loops), teams, avoid pairs (some naming strangers), weights, mixed-case references.
 */
export function smallPoolArbitrary(maxPeople = 4): fc.Arbitrary<Pool> {
  const topics = TOPICS.slice(0, 5);
  const outsiders = ['boss-a', 'boss-b'];
  return fc
    .record({
      mentorCount: fc.integer({ min: 0, max: maxPeople }),
      menteeCount: fc.integer({ min: 0, max: maxPeople }),
      seedPeople: fc.array(
        fc.record({
          team: fc.option(fc.constantFrom('red', 'blue', 'green'), { nil: undefined }),
          manager: fc.option(fc.nat(2 * maxPeople + outsiders.length - 1), { nil: undefined }),
          topics: fc.subarray(topics, { minLength: 1 }),
          capacity: fc.integer({ min: 1, max: 3 }),
          shout: fc.boolean(),
        }),
        { minLength: 2 * maxPeople, maxLength: 2 * maxPeople },
      ),
      org: fc.array(fc.tuple(fc.nat(2 * maxPeople + 1), fc.nat(2 * maxPeople + 1)), { maxLength: 4 }),
      avoid: fc.array(fc.tuple(fc.nat(2 * maxPeople + 1), fc.nat(2 * maxPeople + 1)), { maxLength: 3 }),
      weights: fc.dictionary(fc.constantFrom(...topics), fc.integer({ min: 1, max: 4 }), { maxKeys: 3 }),
      allowSameTeam: fc.boolean(),
    })
    .map(({ mentorCount, menteeCount, seedPeople, org, avoid, weights, allowSameTeam }) => {
      const logins = [
        ...Array.from({ length: maxPeople }, (_, i) => `mentor-${i}`),
        ...Array.from({ length: maxPeople }, (_, i) => `mentee-${i}`),
        ...outsiders,
      ];
      const loginAt = (i: number, shout = false) => {
        const login = logins[i % logins.length]!;
        return shout ? login.toUpperCase() : login;
      };
      const person = (i: number) => {
        const seed = seedPeople[i]!;
        const reportsTo = seed.manager === undefined ? undefined : loginAt(seed.manager, seed.shout);
        return {
          login: logins[i]!,
          team: seed.team,
          reportsTo,
          capacity: seed.capacity,
          topics: seed.topics,
        };
      };
      const mentors: PoolMentor[] = Array.from({ length: mentorCount }, (_, i) => {
        const { topics: offers, ...rest } = person(i);
        return { ...rest, offers };
      });
      const mentees: PoolMentee[] = Array.from({ length: menteeCount }, (_, i) => {
        const { topics: wants, capacity, ...rest } = person(maxPeople + i);
        return { ...rest, wants, capacity: Math.min(capacity, 2) };
      });
      return {
        mentors,
        mentees,
        org: new Map(org.map(([a, b]) => [loginAt(a), loginAt(b)])),
        avoid: avoid.map(([a, b]) => [loginAt(a), loginAt(b)] as const),
        weights: new Map(Object.entries(weights)),
        allowSameTeam,
      };
    });
}

/**
 * A realistic large pool for the benchmark: mentees form a management tree (each reports to an
 * earlier mentee), mentors report to one of them, 20 teams, 24 topics, a few weights and avoid pairs.
 * The same size and seed always give the same pool.
 */
export function generatePool(mentorCount: number, menteeCount: number, seed = 1): Pool {
  const arbitrary = fc.record({
    mentors: fc.array(
      fc.record({
        team: fc.nat(19),
        manager: fc.nat(Math.max(0, menteeCount - 1)),
        offers: fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 2, maxLength: 5 }),
        capacity: fc.integer({ min: 1, max: 2 }),
      }),
      { minLength: mentorCount, maxLength: mentorCount },
    ),
    mentees: fc.array(
      fc.record({
        team: fc.nat(19),
        managerShare: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        wants: fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 4 }),
        capacity: fc.constantFrom(1, 1, 1, 1, 2),
      }),
      { minLength: menteeCount, maxLength: menteeCount },
    ),
    avoid: fc.array(fc.tuple(fc.nat(Math.max(0, mentorCount - 1)), fc.nat(Math.max(0, menteeCount - 1))), {
      minLength: 20,
      maxLength: 20,
    }),
  });
  const [sample] = fc.sample(arbitrary, { seed, numRuns: 1 });
  const { mentors, mentees, avoid } = sample!;
  const mentorLogin = (i: number) => `mentor-${String(i).padStart(4, '0')}`;
  const menteeLogin = (i: number) => `mentee-${String(i).padStart(4, '0')}`;
  return {
    mentors: mentors.map((m, i) => ({
      login: mentorLogin(i),
      team: `team-${m.team}`,
      reportsTo: menteeCount > 0 ? menteeLogin(m.manager) : undefined,
      offers: m.offers,
      capacity: m.capacity,
    })),
    mentees: mentees.map((e, i) => ({
      login: menteeLogin(i),
      team: `team-${e.team}`,
      reportsTo: i === 0 ? 'ceo' : menteeLogin(Math.floor(e.managerShare * i)),
      wants: e.wants,
      capacity: e.capacity,
    })),
    org: new Map(),
    avoid: avoid.map(([m, e]) => [mentorLogin(m), menteeLogin(e)] as const),
    weights: new Map([
      [TOPICS[0]!, 3],
      [TOPICS[1]!, 2],
    ]),
    allowSameTeam: false,
  };
}

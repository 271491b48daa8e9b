import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPool } from '../../src/core/match/load-pool.js';
import type { Signup } from '../../src/core/signup/signup-form-fields.js';
import { updatePoolText } from '../../src/core/signup/update-pool-text.js';
import { propertyRuns } from '../helpers/property-runs.js';

const PROGRAM = { id: 'pilot' };
const TOPICS = ['social-media', 'ai-tools', 'new-work'];

const signup = (
  issueNumber: number,
  login: string,
  role: 'mentor' | 'mentee',
  extra: Partial<Signup> = {},
): Signup => ({
  issueNumber,
  login,
  role,
  programId: 'pilot',
  topics: ['social-media'],
  ...extra,
});

const HAND_POOL = `# Pool of the pilot: edited by the program managers.
version: 1
mentors:
  # Lea asked to be in, by e-mail
  - login: lea-schmidt # by hand
    team: marketing
    offers: [social-media, ai-tools]
mentees: []
avoid:
  - [lea-schmidt, jonas-krause] # they share a desk
`;

describe('updatePoolText', () => {
  it('adds sign-ups at the end of their list, marked with their issue, and keeps the hand-written entry and comments', () => {
    const update = updatePoolText(
      HAND_POOL,
      [signup(7, 'max-mustermann', 'mentee', { team: 'finance', capacity: 2 }), signup(5, 'ada', 'mentor')],
      PROGRAM,
    );
    expect(update.text).toBe(`# Pool of the pilot: edited by the program managers.
version: 1
mentors:
  # Lea asked to be in, by e-mail
  - login: lea-schmidt # by hand
    team: marketing
    offers: [social-media, ai-tools]
  - login: ada # sign-up #5
    offers: [social-media]
mentees:
  - login: max-mustermann # sign-up #7
    team: finance
    wants: [social-media]
    capacity: 2
avoid:
  - [lea-schmidt, jonas-krause] # they share a desk
`);
    expect(update).toMatchObject({ added: [5, 7], updated: [], removed: [], isChanged: true });
  });

  it('updates an edited sign-up in place, removes a closed one, and never touches a hand-written entry of the same login', () => {
    const first = updatePoolText(
      HAND_POOL,
      [signup(5, 'ada', 'mentor'), signup(7, 'max', 'mentee'), signup(9, 'zoe', 'mentee')],
      PROGRAM,
    );
    const second = updatePoolText(
      first.text,
      [
        signup(5, 'ada', 'mentor', { topics: ['new-work'] }),
        signup(9, 'zoe', 'mentee'),
        signup(11, 'lea-schmidt', 'mentee'),
      ],
      PROGRAM,
    );
    expect(second).toMatchObject({ added: [], updated: [5], removed: [7] });
    expect(second.skipped).toEqual([
      { issueNumber: 11, login: 'lea-schmidt', reason: 'lea-schmidt is already in the pool by hand' },
    ]);
    const pool = parse(second.text);
    expect(pool.mentors).toEqual([
      { login: 'lea-schmidt', team: 'marketing', offers: ['social-media', 'ai-tools'] },
      { login: 'ada', offers: ['new-work'] },
    ]);
    expect(pool.mentees).toEqual([{ login: 'zoe', wants: ['social-media'] }]);
  });

  it('gives a sign-up that changed its role a place in the other list', () => {
    const first = updatePoolText(undefined, [signup(5, 'ada', 'mentor')], PROGRAM);
    const second = updatePoolText(first.text, [signup(5, 'ada', 'mentee')], PROGRAM);
    expect(second.updated).toEqual([5]);
    expect(parse(second.text)).toMatchObject({ mentors: [], mentees: [{ login: 'ada' }] });
  });

  it('keeps the lowest issue when one person signed up twice', () => {
    const update = updatePoolText(
      undefined,
      [signup(8, 'Ada', 'mentee'), signup(5, 'ada', 'mentor')],
      PROGRAM,
    );
    expect(update.added).toEqual([5]);
    expect(update.skipped).toEqual([{ issueNumber: 8, login: 'Ada', reason: 'Ada already signed up in #5' }]);
  });

  it('returns the file byte for byte when nothing changed', () => {
    const spaced = HAND_POOL.replace('[social-media, ai-tools]', '[ social-media,   ai-tools ]');
    expect(updatePoolText(spaced, [], PROGRAM)).toMatchObject({ text: spaced, isChanged: false });
  });
});

// A pool written by hand: entries `hand-<i>` with comments `note-<k>` above and beside them.
const handEntry = fc.record({
  role: fc.constantFrom('mentors', 'mentees'),
  topics: fc.subarray(TOPICS, { minLength: 1 }),
  above: fc.boolean(),
  beside: fc.boolean(),
});
const handPool = fc.array(handEntry, { maxLength: 5 }).map((entries) => {
  let note = 0;
  const lines = (role: string) =>
    entries.flatMap((entry, index) =>
      entry.role !== role
        ? []
        : [
            ...(entry.above ? [`  # note-${note++}`] : []),
            `  - login: hand-${index}${entry.beside ? ` # note-${note++}` : ''}`,
            `    ${role === 'mentors' ? 'offers' : 'wants'}: [${entry.topics.join(', ')}]`,
          ],
    );
  const list = (role: string) => {
    const written = lines(role);
    return written.length ? [`${role}:`, ...written] : [`${role}: []`];
  };
  const text = [`# note-top`, 'version: 1', ...list('mentors'), ...list('mentees'), ''].join('\n');
  const notes = Array.from({ length: note }, (_, k) => `note-${k}`).concat('note-top');
  return { text, entries, notes };
});
const signups = fc
  .uniqueArray(
    fc.record({
      issueNumber: fc.integer({ min: 1, max: 40 }),
      login: fc.constantFrom('ada', 'bo', 'cy', 'Ada', 'HAND-0', 'Hand-1'),
      role: fc.constantFrom<'mentor' | 'mentee'>('mentor', 'mentee'),
      topics: fc.subarray(TOPICS, { minLength: 1 }),
      capacity: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    }),
    { selector: (s) => s.issueNumber, maxLength: 6 },
  )
  .map((list) =>
    list.map(
      ({ capacity, ...rest }): Signup => ({ ...rest, programId: 'pilot', ...(capacity && { capacity }) }),
    ),
  );

describe('updatePoolText on random pools and sign-ups', () => {
  it('keeps every hand entry and comment, writes a valid pool, and a second run changes nothing', () => {
    fc.assert(
      fc.property(handPool, signups, signups, (pool, before, after) => {
        const first = updatePoolText(pool.text, before, PROGRAM);
        const second = updatePoolText(first.text, after, PROGRAM);
        for (const note of pool.notes) expect(second.text).toContain(`# ${note}`);
        const data = parse(second.text) as Record<'mentors' | 'mentees', { login: string }[]>;
        for (const role of ['mentors', 'mentees'] as const) {
          const hand = pool.entries.flatMap((entry, index) => (entry.role === role ? [`hand-${index}`] : []));
          expect(data[role].map((e) => e.login).filter((login) => login.startsWith('hand-'))).toEqual(hand);
        }
        expect(loadPool('pool.yml', second.text).diagnostics).toEqual([]);
        const again = updatePoolText(second.text, after, PROGRAM);
        expect(again.isChanged).toBe(false);
        expect(again.text).toBe(second.text);
        // The same sign-ups from the first file give the same text: the result depends on the sign-ups, not the path.
        expect(updatePoolText(updatePoolText(pool.text, [], PROGRAM).text, after, PROGRAM).text).toBe(
          updatePoolText(pool.text, after, PROGRAM).text,
        );
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});

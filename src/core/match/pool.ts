/**
 * The matching pool after loading: defaults applied (capacity 1, no org lines, weight 1), so the
 * matcher never re-defaults anything. Logins keep their spelling; comparisons ignore case, as GitHub does.
 */

export interface PoolMentor {
  readonly login: string;
  readonly team?: string;
  /** The manager's login. */
  readonly reportsTo?: string;
  /** Topic ids the mentor can teach. */
  readonly offers: readonly string[];
  /** How many mentees the mentor takes on. */
  readonly capacity: number;
}

export interface PoolMentee {
  readonly login: string;
  readonly team?: string;
  readonly reportsTo?: string;
  /** Topic ids the mentee wants to learn, most wanted first. */
  readonly wants: readonly string[];
  /** How many mentors the mentee takes on. */
  readonly capacity: number;
}

export interface Pool {
  readonly mentors: readonly PoolMentor[];
  readonly mentees: readonly PoolMentee[];
  /** Further reporting lines, login → manager's login (a person's own `reportsTo` wins). */
  readonly org: ReadonlyMap<string, string>;
  /** Pairs that must not become a tandem, in either order. */
  readonly avoid: readonly (readonly [string, string])[];
  /** Topic weights; a topic not listed weighs 1. */
  readonly weights: ReadonlyMap<string, number>;
  readonly allowSameTeam: boolean;
  /** Pairs that are already a tandem of the program (`match --program`): never proposed again. */
  readonly existingPairs?: readonly (readonly [mentor: string, mentee: string])[];
}

export interface ProposedTandem {
  readonly mentor: string;
  readonly mentee: string;
  /** Sum of the weights of the shared topics. */
  readonly score: number;
  /** The topics the mentor offers and the mentee wants, in the mentee's order. */
  readonly shared: readonly string[];
}

export interface UnmatchedPerson {
  readonly login: string;
  readonly role: 'mentor' | 'mentee';
  readonly reason: string;
}

export interface MatchResult {
  /** Sorted by mentor login, then mentee login. */
  readonly tandems: readonly ProposedTandem[];
  /** Mentors first, then mentees, each in login order. */
  readonly unmatched: readonly UnmatchedPerson[];
}

/** Lower-case code-unit order: independent of locale, so the output is the same on every machine. */
export function compareLogins(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left !== right) return left < right ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

import { matchPool } from './match-pool.js';
import type { MatchResult, Pool, ProposedTandem } from './pool.js';

/** A tandem the program already has. */
export interface ExistingTandem {
  readonly mentor: string;
  readonly mentee: string;
}

/**
 * Matching that keeps a program's tandems fixed: each tandem uses one unit of its people's capacity
 * (so a person already in one is matched again only when their capacity allows), and an existing
 * pair is never proposed again. People whose capacity the existing tandems use up are not listed as
 * unmatched: they have their tandem.
 */
export function matchAroundTandems(pool: Pool, existing: readonly ExistingTandem[]): MatchResult {
  const load = new Map<string, number>();
  for (const tandem of existing) {
    for (const login of [tandem.mentor, tandem.mentee]) {
      load.set(login.toLowerCase(), (load.get(login.toLowerCase()) ?? 0) + 1);
    }
  }
  const used = (login: string) => load.get(login.toLowerCase()) ?? 0;
  const remaining = <T extends { login: string; capacity: number }>(person: T): T => ({
    ...person,
    capacity: Math.max(0, person.capacity - used(person.login)),
  });
  const adjusted: Pool = {
    ...pool,
    mentors: pool.mentors.map(remaining),
    mentees: pool.mentees.map(remaining),
    existingPairs: existing.map((tandem) => [tandem.mentor, tandem.mentee] as const),
  };
  const isFull = new Set(
    [...adjusted.mentors, ...adjusted.mentees]
      .filter((person) => person.capacity === 0 && used(person.login) > 0)
      .map((person) => person.login.toLowerCase()),
  );
  const result = matchPool(adjusted);
  return {
    ...result,
    unmatched: result.unmatched.filter((person) => !isFull.has(person.login.toLowerCase())),
  };
}

/** Why a proposed pair: what they share, and that nothing keeps them apart. */
export function proposalReason(tandem: ProposedTandem, pool: Pick<Pool, 'allowSameTeam'>): string {
  const apart = pool.allowSameTeam ? 'not in one reporting line' : 'not in one team or reporting line';
  return `shares ${tandem.shared.join(', ')}; ${apart}`;
}

import type { MatchResult, Pool, PoolMentee, PoolMentor } from '../../../src/core/match/pool.js';

/**
 * A deliberately naive, independent statement of the rules, to check the matcher against.
 */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function managerOf(pool: Pool, login: string): string | undefined {
  const person = [...pool.mentors, ...pool.mentees].find((p) => same(p.login, login));
  if (person?.reportsTo !== undefined) return person.reportsTo;
  return [...pool.org].find(([who]) => same(who, login))?.[1];
}

function isInChainOf(pool: Pool, login: string, boss: string): boolean {
  const seen: string[] = [];
  for (let m = managerOf(pool, login); m !== undefined; m = managerOf(pool, m)) {
    if (same(m, boss)) return true;
    if (seen.some((s) => same(s, m!))) return false;
    seen.push(m);
  }
  return false;
}

export function sharedTopics(mentor: PoolMentor, mentee: PoolMentee): string[] {
  return mentee.wants.filter((t, i) => mentor.offers.includes(t) && mentee.wants.indexOf(t) === i);
}

export function scoreOf(pool: Pool, mentor: PoolMentor, mentee: PoolMentee): number {
  return sharedTopics(mentor, mentee).reduce((sum, t) => sum + (pool.weights.get(t) ?? 1), 0);
}

export function isAllowed(pool: Pool, mentor: PoolMentor, mentee: PoolMentee): boolean {
  if (same(mentor.login, mentee.login)) return false;
  if (isInChainOf(pool, mentor.login, mentee.login) || isInChainOf(pool, mentee.login, mentor.login))
    return false;
  if (!pool.allowSameTeam && mentor.team !== undefined && mentor.team === mentee.team) return false;
  if (
    pool.avoid.some(
      ([a, b]) =>
        (same(a, mentor.login) && same(b, mentee.login)) || (same(b, mentor.login) && same(a, mentee.login)),
    )
  ) {
    return false;
  }
  return sharedTopics(mentor, mentee).length > 0;
}

/** Every broken rule in a result, as readable sentences; empty when the result is valid. */
export function findViolations(pool: Pool, result: MatchResult): string[] {
  const problems: string[] = [];
  const seenPairs = new Set<string>();
  for (const t of result.tandems) {
    const mentor = pool.mentors.find((m) => m.login === t.mentor);
    const mentee = pool.mentees.find((e) => e.login === t.mentee);
    if (!mentor || !mentee) {
      problems.push(`${t.mentor}/${t.mentee}: not in the pool`);
      continue;
    }
    if (!isAllowed(pool, mentor, mentee)) problems.push(`${t.mentor}/${t.mentee}: pair not allowed`);
    if (JSON.stringify(t.shared) !== JSON.stringify(sharedTopics(mentor, mentee)))
      problems.push(`${t.mentor}/${t.mentee}: shared`);
    if (t.score !== scoreOf(pool, mentor, mentee)) problems.push(`${t.mentor}/${t.mentee}: score`);
    const key = `${t.mentor}/${t.mentee}`;
    if (seenPairs.has(key)) problems.push(`${key}: twice`);
    seenPairs.add(key);
  }
  for (const m of pool.mentors) {
    const count = result.tandems.filter((t) => t.mentor === m.login).length;
    if (count > m.capacity) problems.push(`${m.login}: over capacity`);
    const listed = result.unmatched.filter((u) => u.login === m.login && u.role === 'mentor').length;
    if (listed !== (count === 0 ? 1 : 0)) problems.push(`${m.login}: unmatched list wrong`);
  }
  for (const e of pool.mentees) {
    const count = result.tandems.filter((t) => t.mentee === e.login).length;
    if (count > e.capacity) problems.push(`${e.login}: over capacity`);
    const listed = result.unmatched.filter((u) => u.login === e.login && u.role === 'mentee').length;
    if (listed !== (count === 0 ? 1 : 0)) problems.push(`${e.login}: unmatched list wrong`);
  }
  return problems;
}

export function totalScore(result: MatchResult): number {
  return result.tandems.reduce((sum, t) => sum + t.score, 0);
}

/** The best total score over every feasible set of pairs, by exhaustive search. */
export function bruteForceBestScore(pool: Pool): number {
  const edges = pool.mentors.flatMap((mentor, m) =>
    pool.mentees.flatMap((mentee, e) =>
      isAllowed(pool, mentor, mentee) ? [{ m, e, score: scoreOf(pool, mentor, mentee) }] : [],
    ),
  );
  const mentorLoad = pool.mentors.map(() => 0);
  const menteeLoad = pool.mentees.map(() => 0);
  const search = (i: number): number => {
    const edge = edges[i];
    if (!edge) return 0;
    let best = search(i + 1);
    if (
      mentorLoad[edge.m]! < pool.mentors[edge.m]!.capacity &&
      menteeLoad[edge.e]! < pool.mentees[edge.e]!.capacity
    ) {
      mentorLoad[edge.m] = mentorLoad[edge.m]! + 1;
      menteeLoad[edge.e] = menteeLoad[edge.e]! + 1;
      best = Math.max(best, edge.score + search(i + 1));
      mentorLoad[edge.m] = mentorLoad[edge.m]! - 1;
      menteeLoad[edge.e] = menteeLoad[edge.e]! - 1;
    }
    return best;
  };
  return search(0);
}

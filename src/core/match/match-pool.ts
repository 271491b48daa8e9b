import { createPairEvaluator, type PairEvaluation } from './evaluate-pair.js';
import { explainUnmatched } from './explain-unmatched.js';
import type { MatchResult, Pool, ProposedTandem, UnmatchedPerson } from './pool.js';
import { compareLogins } from './pool.js';
import { solveCapacitatedAssignment } from './solve-assignment.js';

/**
 * Proposes the tandems with the highest total score (the weighted shared topics), optimally, within
 * every hard constraint. People are sorted by login first, so the same pool gives the same proposal
 * whatever the order of its lists.
 */
export function matchPool(pool: Pool): MatchResult {
  const mentors = [...pool.mentors].sort((a, b) => compareLogins(a.login, b.login));
  const mentees = [...pool.mentees].sort((a, b) => compareLogins(a.login, b.login));
  const evaluatePair = createPairEvaluator(pool);
  const evaluations: PairEvaluation[][] = mentors.map((mentor) =>
    mentees.map((mentee) => evaluatePair(mentor, mentee)),
  );
  const evaluationOf = (m: number, e: number): PairEvaluation =>
    evaluations[m]?.[e] ?? { shared: [], score: 0 };

  const pairs = solveCapacitatedAssignment(
    mentors.map((mentor) => mentor.capacity),
    mentees.map((mentee) => mentee.capacity),
    (m, e) => {
      const evaluation = evaluationOf(m, e);
      return evaluation.block || evaluation.shared.length === 0 ? 0 : evaluation.score;
    },
  );
  const tandems: ProposedTandem[] = pairs.map(([m, e]) => {
    const { score, shared } = evaluationOf(m, e);
    return { mentor: mentors[m]!.login, mentee: mentees[e]!.login, score, shared };
  });

  const matchedMentors = new Set(pairs.map(([m]) => m));
  const matchedMentees = new Set(pairs.map(([, e]) => e));
  const unmatched: UnmatchedPerson[] = [];
  mentors.forEach((mentor, m) => {
    if (matchedMentors.has(m)) return;
    const counterparts = mentees.map((mentee, e) => ({
      login: mentee.login,
      evaluation: evaluationOf(m, e),
    }));
    unmatched.push({
      login: mentor.login,
      role: 'mentor',
      reason: explainUnmatched('mentor', mentor.offers, counterparts),
    });
  });
  mentees.forEach((mentee, e) => {
    if (matchedMentees.has(e)) return;
    const counterparts = mentors.map((mentor, m) => ({
      login: mentor.login,
      evaluation: evaluationOf(m, e),
    }));
    unmatched.push({
      login: mentee.login,
      role: 'mentee',
      reason: explainUnmatched('mentee', mentee.wants, counterparts),
    });
  });
  return { tandems, unmatched };
}

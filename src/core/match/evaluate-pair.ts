import type { Pool, PoolMentee, PoolMentor } from './pool.js';
import { createReportingLines } from './reporting-lines.js';

/** Why a pair that shares topics may not become a tandem, in the order they are checked. */
export type PairBlock = 'same-person' | 'existing-tandem' | 'reporting-line' | 'same-team' | 'avoid';

export interface PairEvaluation {
  /** Offered by the mentor and wanted by the mentee, in the mentee's order. */
  readonly shared: readonly string[];
  readonly score: number;
  readonly block?: PairBlock;
}

export type EvaluatePair = (mentor: PoolMentor, mentee: PoolMentee) => PairEvaluation;

export function createPairEvaluator(pool: Pool): EvaluatePair {
  const isSameReportingLine = createReportingLines(pool);
  const avoided = new Set(pool.avoid.flatMap(([a, b]) => [avoidKey(a, b), avoidKey(b, a)]));
  const existing = new Set((pool.existingPairs ?? []).map(([mentor, mentee]) => avoidKey(mentor, mentee)));
  return (mentor, mentee) => {
    const offers = new Set(mentor.offers);
    const shared = [...new Set(mentee.wants)].filter((topic) => offers.has(topic));
    const score = shared.reduce((sum, topic) => sum + (pool.weights.get(topic) ?? 1), 0);
    const block = findBlock();
    return block ? { shared, score, block } : { shared, score };

    function findBlock(): PairBlock | undefined {
      if (mentor.login.toLowerCase() === mentee.login.toLowerCase()) return 'same-person';
      if (existing.has(avoidKey(mentor.login, mentee.login))) return 'existing-tandem';
      if (isSameReportingLine(mentor.login, mentee.login)) return 'reporting-line';
      if (!pool.allowSameTeam && mentor.team !== undefined && mentor.team === mentee.team) return 'same-team';
      if (avoided.has(avoidKey(mentor.login, mentee.login))) return 'avoid';
      return undefined;
    }
  };
}

function avoidKey(a: string, b: string): string {
  return `${a.toLowerCase()}\u0000${b.toLowerCase()}`;
}

/** A pair that may become a tandem: shares at least one topic and is not blocked. */
export function isSuitable(evaluation: PairEvaluation): boolean {
  return evaluation.shared.length > 0 && evaluation.block === undefined;
}

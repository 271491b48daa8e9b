import type { PairBlock, PairEvaluation } from './evaluate-pair.js';
import { isSuitable } from './evaluate-pair.js';

export interface Counterpart {
  readonly login: string;
  readonly evaluation: PairEvaluation;
}

const BLOCK_PHRASES: Record<PairBlock, string> = {
  'same-person': 'the same person',
  'existing-tandem': 'already in a tandem with them',
  'reporting-line': 'in the same reporting line',
  'same-team': 'in the same team',
  avoid: 'listed under avoid with them',
};

const NAMED_AT_MOST = 3;

/**
 * Why a person got no tandem, given every counterpart on the other side. In an optimal matching an
 * unmatched person's suitable counterparts are all at capacity (one more pair would raise the score),
 * so "capacity" is the reason whenever a suitable counterpart exists.
 */
export function explainUnmatched(
  role: 'mentor' | 'mentee',
  topics: readonly string[],
  counterparts: readonly Counterpart[],
): string {
  const other = role === 'mentor' ? 'mentee' : 'mentor';
  const sharing = counterparts.filter((c) => c.evaluation.shared.length > 0);
  if (sharing.length === 0) {
    const verb = role === 'mentor' ? 'wants' : 'offers';
    return topics.length === 0 ? `names no topic` : `no ${other} ${verb} any of: ${topics.join(', ')}`;
  }
  const suitable = sharing.filter((c) => isSuitable(c.evaluation));
  if (suitable.length > 0) return `capacity of all suitable ${other}s is used: ${formatLogins(suitable)}`;

  const byBlock = new Map<PairBlock, Counterpart[]>();
  for (const counterpart of sharing) {
    const block = counterpart.evaluation.block;
    if (block) byBlock.set(block, [...(byBlock.get(block) ?? []), counterpart]);
  }
  const groups = [...byBlock];
  const [only] = groups;
  if (groups.length === 1 && only) {
    return `every ${other} who shares a topic is ${BLOCK_PHRASES[only[0]]}: ${formatLogins(only[1])}`;
  }
  const parts = groups.map(([block, people]) => `${BLOCK_PHRASES[block]}: ${formatLogins(people)}`);
  return `every ${other} who shares a topic is excluded (${parts.join('; ')})`;
}

function formatLogins(people: readonly Counterpart[]): string {
  const named = people.slice(0, NAMED_AT_MOST).map((p) => p.login);
  const rest = people.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

export type Pair = readonly [left: number, right: number];

export interface RepairResult {
  readonly pairs: Pair[];
  /** Pairs still picked more than once (each named once). */
  readonly repeated: Pair[];
}

/**
 * Rewrites an optimum of the slot relaxation (which may pick a pair twice through different slots)
 * into one that picks no pair twice, using only moves that keep the total score: move a repeated copy
 * to an equally scored partner with free capacity, or swap partners with another picked pair when the
 * two new pairs score as much as the two old ones. The total never changes, so a result without
 * repeats is still optimal. Many equal scores (the usual cause of repeats) leave plenty of such moves.
 */
export function repairRepeatedPairs(
  relaxed: readonly Pair[],
  scores: readonly (readonly number[])[],
  leftCapacities: readonly number[],
  rightCapacities: readonly number[],
): RepairResult {
  const pairs: [number, number][] = relaxed.map(([l, r]) => [l, r]);
  const score = (l: number, r: number) => scores[l]?.[r] ?? 0;
  const key = (l: number, r: number) => l * rightCapacities.length + r;
  const copies = new Map<number, number>();
  const leftLoad = leftCapacities.map(() => 0);
  const rightLoad = rightCapacities.map(() => 0);
  const count = ([l, r]: Pair, step: 1 | -1) => {
    copies.set(key(l, r), (copies.get(key(l, r)) ?? 0) + step);
    leftLoad[l] = (leftLoad[l] ?? 0) + step;
    rightLoad[r] = (rightLoad[r] ?? 0) + step;
  };
  const isFree = (l: number, r: number) => score(l, r) > 0 && !copies.get(key(l, r));
  const replace = (index: number, pair: [number, number]) => {
    count(pairs[index]!, -1);
    count(pair, 1);
    pairs[index] = pair;
  };
  for (const pair of pairs) count(pair, 1);

  const tryRepair = (index: number): boolean => {
    const [l, r] = pairs[index]!;
    const target = score(l, r);
    for (let other = 0; other < rightCapacities.length; other++) {
      if (score(l, other) === target && isFree(l, other) && rightLoad[other]! < rightCapacities[other]!) {
        replace(index, [l, other]);
        return true;
      }
    }
    for (let other = 0; other < leftCapacities.length; other++) {
      if (score(other, r) === target && isFree(other, r) && leftLoad[other]! < leftCapacities[other]!) {
        replace(index, [other, r]);
        return true;
      }
    }
    for (let j = 0; j < pairs.length; j++) {
      const [l2, r2] = pairs[j]!;
      if (l2 === l || r2 === r || !isFree(l, r2) || !isFree(l2, r)) continue;
      if (score(l, r2) + score(l2, r) < target + score(l2, r2)) continue;
      replace(index, [l, r2]);
      replace(j, [l2, r]);
      return true;
    }
    return false;
  };

  pairs.forEach(([l, r], index) => {
    if ((copies.get(key(l, r)) ?? 0) > 1) tryRepair(index);
  });
  const seen = new Set<string>();
  const repeated = new Map<string, Pair>();
  for (const pair of pairs) {
    const key = pair.join(',');
    if (seen.has(key)) repeated.set(key, pair);
    seen.add(key);
  }
  return { pairs, repeated: [...repeated.values()] };
}

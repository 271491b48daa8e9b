import { munkres } from 'munkres';
import { repairRepeatedPairs } from './repair-repeated-pairs.js';

/**
 * Maximum-weight matching with capacities, solved exactly as one assignment problem (Munkres).
 *
 * Each side gets one slot per unit of capacity. A pair whose two sides both have more than one slot
 * could be picked twice through different slots; such a pair is then offered not slot to slot but
 * through a two-node gadget (Tutte's reduction): its left node takes one slot of the right person, its
 * right node one slot of the left person, or the two nodes take each other and the pair is unused. The
 * gadget nodes must be assigned (any other cell of theirs is forbidden); every other slot may stay free
 * through a dummy row or column or a zero-cost cell. The square matrix has max(left slots, right slots)
 * + gadgets rows, and its minimum cost is minus the best total score.
 *
 * `scoreOf(l, r)` is the gain of pairing left `l` with right `r`; 0 or less means not allowed.
 * Returns the chosen pairs as [left, right], sorted.
 */
export function solveCapacitatedAssignment(
  leftCapacities: readonly number[],
  rightCapacities: readonly number[],
  scoreOf: (left: number, right: number) => number,
): [number, number][] {
  const scores = leftCapacities.map((_, l) => rightCapacities.map((_, r) => Math.max(0, scoreOf(l, r))));
  const partners = (l: number, r: number) => (scores[l]?.[r] ?? 0) > 0;
  // No one needs more slots than they have possible partners.
  const leftUsable = leftCapacities.map((capacity, l) =>
    Math.min(capacity, rightCapacities.filter((_, r) => partners(l, r)).length),
  );
  const rightUsable = rightCapacities.map((capacity, r) =>
    Math.min(capacity, leftCapacities.filter((_, l) => partners(l, r)).length),
  );
  const leftSlots = expandSlots(leftUsable);
  const rightSlots = expandSlots(rightUsable);
  // Start with no gadgets: the relaxed problem allows more than the real one, so an optimum of it that
  // picks no pair twice (after score-keeping repairs) is exact. A pair still picked twice gets a gadget
  // and the problem is solved again; a gadget for every pair would grow the matrix by pairs, not people.
  const gadgets: (readonly [number, number])[] = [];
  for (;;) {
    const relaxed = solveWithGadgets(scores, leftSlots, rightSlots, gadgets);
    const { pairs, repeated } = repairRepeatedPairs(relaxed, scores, leftUsable, rightUsable);
    if (repeated.length === 0)
      return pairs.map(([l, r]): [number, number] => [l, r]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    gadgets.push(...repeated);
  }
}

function solveWithGadgets(
  scores: readonly (readonly number[])[],
  leftSlots: readonly number[],
  rightSlots: readonly number[],
  gadgets: readonly (readonly [number, number])[],
): [number, number][] {
  const size = Math.max(leftSlots.length, rightSlots.length) + gadgets.length;
  if (size === 0) return [];
  const matrix = buildCostMatrix(size, scores, leftSlots, rightSlots, gadgets);
  const pairs: [number, number][] = [];
  for (const [row, col] of munkres(matrix)) {
    if (matrix[row]?.[col] === 0) continue;
    const left = leftSlots[row] ?? gadgets[row - leftSlots.length]?.[0];
    const right = rightSlots[col];
    if (left !== undefined && right !== undefined) pairs.push([left, right]);
  }
  return pairs;
}

/**
 * Rows: left slots, then gadget left nodes, then dummy rows (when the right has more slots).
 * Columns: right slots, then gadget right nodes, then dummy columns (when the left has more slots).
 */
function buildCostMatrix(
  size: number,
  scores: readonly (readonly number[])[],
  leftSlots: readonly number[],
  rightSlots: readonly number[],
  gadgets: readonly (readonly [number, number])[],
): Float64Array[] {
  const gadgetCol = rightSlots.length;
  const rightSlotCols = (right: number) => rightSlots.flatMap((owner, col) => (owner === right ? [col] : []));
  const rightCount = scores[0]?.length ?? 0;
  const gadgetPairs = new Set(gadgets.map(([l, r]) => l * rightCount + r));
  const leftRow = (left: number): Float64Array => {
    const row = new Float64Array(size);
    rightSlots.forEach((right, col) => {
      const isGadget = gadgetPairs.has(left * rightCount + right);
      row[col] = isGadget ? 0 : -(scores[left]?.[right] ?? 0);
    });
    gadgets.forEach(([l], g) => {
      row[gadgetCol + g] = l === left ? 0 : Number.POSITIVE_INFINITY;
    });
    return row;
  };
  const gadgetRow = ([left, right]: readonly [number, number], g: number): Float64Array => {
    const row = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
    for (const col of rightSlotCols(right)) row[col] = -(scores[left]?.[right] ?? 0);
    row[gadgetCol + g] = 0;
    return row;
  };
  const dummyRow = (): Float64Array =>
    new Float64Array(size).fill(Number.POSITIVE_INFINITY).fill(0, 0, rightSlots.length);
  const leftRows = new Map<number, Float64Array>();
  return [
    ...leftSlots.map((left) => {
      // Slots of one person have identical rows; a copy keeps the matrix free of shared rows.
      const row = leftRows.get(left) ?? leftRow(left);
      leftRows.set(left, row);
      return Float64Array.from(row);
    }),
    ...gadgets.map(gadgetRow),
    ...Array.from({ length: size - leftSlots.length - gadgets.length }, dummyRow),
  ];
}

/** [2, 1] → [0, 0, 1]: one slot per unit of capacity, naming its owner. */
function expandSlots(capacities: readonly number[]): number[] {
  return capacities.flatMap((capacity, owner) => Array.from({ length: capacity }, () => owner));
}

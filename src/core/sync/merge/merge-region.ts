import { type BodyLine, isBlank } from '../../issue-body/body-lines.js';
import type { Unit } from './read-body-layout.js';
import type { BodyWriter } from './write-body.js';

export const hasText = (lines: readonly BodyLine[]): boolean => lines.some((line) => !isBlank(line));

/**
 * The pair's text of a region, re-attached to the desired units: each gap of `actual` goes after the
 * counterpart (`counterpartOf`) of the unit it follows, or, when that unit is gone, of the nearest
 * unit before it that still has one; before any, after `desired[0]`. Blank-only gaps are Tandem's
 * spacing and give way to the desired one.
 */
export function attachFragments(
  desired: readonly Unit[],
  actual: readonly Unit[],
  counterpartOf: (unit: Unit) => Unit | undefined,
): Map<Unit, BodyLine[][]> {
  const fragments = new Map<Unit, BodyLine[][]>();
  let anchor = desired[0];
  for (const unit of actual) {
    anchor = counterpartOf(unit) ?? anchor;
    if (!anchor || !hasText(unit.gap)) continue;
    const list = fragments.get(anchor);
    if (list) list.push(unit.gap);
    else fragments.set(anchor, [unit.gap]);
  }
  return fragments;
}

/** Writes desired units with the fragments attached to them; `linesOf` may rewrite a unit's lines. */
export function writeUnits(
  writer: BodyWriter,
  units: readonly Unit[],
  fragments: Map<Unit, BodyLine[][]>,
  linesOf: (unit: Unit) => readonly BodyLine[] = (unit) => unit.lines,
): void {
  for (const unit of units) {
    writer.tandem(linesOf(unit));
    const attached = fragments.get(unit);
    if (attached) for (const gap of attached) writer.pair(gap);
    else writer.tandem(unit.gap);
  }
}

/** Pairs units of the same text in order (head and tail lines); the rest stay unmatched. */
export function matchByText(actual: readonly Unit[], desired: readonly Unit[]): Map<Unit, Unit> {
  const queues = new Map<string, Unit[]>();
  for (const unit of desired) {
    const key = `${unit.kind}\u0000${unit.text}`;
    const queue = queues.get(key);
    if (queue) queue.push(unit);
    else queues.set(key, [unit]);
  }
  const matches = new Map<Unit, Unit>();
  for (const unit of actual) {
    const counterpart = queues.get(`${unit.kind}\u0000${unit.text}`)?.shift();
    if (counterpart) matches.set(unit, counterpart);
  }
  return matches;
}

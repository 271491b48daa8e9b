import { distance } from 'fastest-levenshtein';

/**
 * How far a program item's new wording may be from its old one and still be "the same item" (its
 * tick carries over): the Levenshtein distance between the two texts, after folding case, Markdown
 * escapes, punctuation, symbols and runs of blanks, is at most a quarter of the longer one. A typo
 * fixed, a word added to a sentence or a capital changed stays within it; a different item does not.
 */
export const REWORD_MEASURE = 0.25;

const folded = new Map<string, string>();

export function foldItemText(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size >= 20_000) folded.clear();
  const fold = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\\(.)/g, '$1')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  folded.set(text, fold);
  return fold;
}

/** The folded distance as a share of the longer text: 0 the same, above REWORD_MEASURE another item. */
export function rewordDistance(before: string, after: string): number {
  const a = foldItemText(before);
  const b = foldItemText(after);
  if (a === b) return 0;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : distance(a, b) / longer;
}

export const isReworded = (before: string, after: string): boolean =>
  rewordDistance(before, after) <= REWORD_MEASURE;

/**
 * Pairs `actual` items with `desired` ones of the same session: equal texts first (the n-th with the
 * n-th), then the closest rewording within the measure, in the desired order. Returns desired → actual.
 */
export function matchItems<T extends { readonly text: string }>(
  actual: readonly T[],
  desired: readonly T[],
): Map<T, T> {
  const matches = new Map<T, T>();
  const byText = new Map<string, T[]>();
  for (const item of actual) {
    const same = byText.get(item.text);
    if (same) same.push(item);
    else byText.set(item.text, [item]);
  }
  const unmatched: T[] = [];
  for (const item of desired) {
    const same = byText.get(item.text)?.shift();
    if (same) matches.set(item, same);
    else unmatched.push(item);
  }
  const used = new Set(matches.values());
  const rest = actual.filter((item) => !used.has(item));
  for (const item of unmatched) {
    let best: T | undefined;
    let bestDistance = REWORD_MEASURE;
    for (const candidate of rest) {
      if (used.has(candidate)) continue;
      const gap = rewordDistance(candidate.text, item.text);
      if (gap <= bestDistance && (best === undefined || gap < bestDistance)) {
        best = candidate;
        bestDistance = gap;
      }
    }
    if (best) {
      matches.set(item, best);
      used.add(best);
    }
  }
  return matches;
}

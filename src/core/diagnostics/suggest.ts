import { distance } from 'fastest-levenshtein';

/**
 * The candidate a typo most likely meant, or undefined when none is close enough to be a helpful guess.
 * Case and `_`/`-` differences count as nothing; a candidate that starts with the word also counts.
 */
export function suggestClosest(word: string, candidates: Iterable<string>): string | undefined {
  const wanted = fold(word);
  if (wanted.length === 0) return undefined;
  // Short words allow one edit ("en" is not a typo of "de"); longer ones two or a third of their length.
  const limit = wanted.length <= 3 ? 1 : Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const d =
      folded === wanted ? 0 : wanted.length >= 3 && folded.startsWith(wanted) ? 1 : distance(wanted, folded);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` did you mean "x"?` as a sentence tail, or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = suggestClosest(word, candidates);
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[_\s]/g, '-');
}

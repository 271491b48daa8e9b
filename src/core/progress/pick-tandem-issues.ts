import { readIssueMarker } from '../markers.js';

interface MarkedIssue {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly body: string;
}

/**
 * Each tandem's issue, found by the hidden marker in its body. When two issues carry one tandem's
 * marker (two runs that raced), the one sync keeps wins: open before closed, then the lowest number.
 */
export function pickTandemIssues<T extends MarkedIssue>(
  issues: readonly T[],
  programId: string,
): Map<string, T> {
  const picked = new Map<string, T>();
  for (const issue of issues) {
    const marker = readIssueMarker(issue.body);
    if (marker?.programId !== programId) continue;
    const current = picked.get(marker.tandemId);
    if (!current || isPreferred(issue, current)) picked.set(marker.tandemId, issue);
  }
  return picked;
}

function isPreferred(issue: MarkedIssue, than: MarkedIssue): boolean {
  if (issue.state !== than.state) return issue.state === 'open';
  return issue.number < than.number;
}

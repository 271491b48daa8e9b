import { readIssueMarker } from '../issue-body/markers.js';

export interface MarkedIssue {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly body: string;
}

/** Tandem ids compare case-insensitively: `Lea-Schmidt-martin-weber` is `lea-schmidt-martin-weber`. */
export const tandemKey = (tandemId: string): string => tandemId.toLowerCase();

/**
 * The one rule for which issue a tandem keeps when several carry its marker (two runs that raced,
 * an issue found again after its label was lost): open before closed, then the lowest number. Sync
 * closes the others as duplicates; report and remind read the same one, so every run agrees.
 */
export function compareCanonical(a: MarkedIssue, b: MarkedIssue): number {
  return Number(a.state === 'closed') - Number(b.state === 'closed') || a.number - b.number;
}

/**
 * The issues of a program by tandem (keys from `tandemKey`), each group in canonical order. An issue
 * counts when its marker names the program or one of the ids it had before (`formerly`).
 */
export function groupTandemIssues<T extends MarkedIssue>(
  issues: readonly T[],
  programIds: readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const issue of issues) {
    const marker = readIssueMarker(issue.body);
    if (!marker || !programIds.includes(marker.programId)) continue;
    const key = tandemKey(marker.tandemId);
    const group = groups.get(key) ?? [];
    group.push(issue);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.sort(compareCanonical);
  return groups;
}

/** Each tandem's issue (the canonical one), keyed by the program's own tandem ids. */
export function pickTandemIssues<T extends MarkedIssue>(
  issues: readonly T[],
  program: {
    readonly id: string;
    readonly formerly?: readonly string[];
    readonly tandems: readonly { readonly id: string }[];
  },
): Map<string, T> {
  const groups = groupTandemIssues(issues, [program.id, ...(program.formerly ?? [])]);
  const picked = new Map<string, T>();
  for (const tandem of program.tandems) {
    const issue = groups.get(tandemKey(tandem.id))?.[0];
    if (issue) picked.set(tandem.id, issue);
  }
  return picked;
}

import { readIssueMarker } from '../issue-body/markers.js';
import { compareCanonical, groupTandemIssues, tandemKey } from './pick-tandem-issues.js';
import type { ActualIssue, DesiredIssue } from './sync-plan.js';

/** How a tandem's issue was recognised. */
export type MatchedBy =
  /** Its marker names the tandem (in any capitalisation, under the program's id or a former one). */
  | 'marker'
  /** Its marker names the id the tandem had before it gained an explicit `id:` (`<mentor>-<mentee>`). */
  | 'default-id'
  /** Its marker names a tandem the program no longer has, and its title is this tandem's exactly. */
  | 'title'
  /** It has no marker at all (deleted, or the body cleared) and its title is this tandem's exactly. */
  | 'title-without-marker';

export interface TandemMatch {
  readonly desired: DesiredIssue;
  /** Canonical first (see compareCanonical); empty when the tandem has no issue yet. */
  readonly issues: readonly ActualIssue[];
  readonly matchedBy?: MatchedBy;
}

export interface MatchResult {
  readonly matches: readonly TandemMatch[];
  /** The program's issues whose tandem the program no longer has, by tandem key. */
  readonly leftovers: ReadonlyMap<string, readonly ActualIssue[]>;
  /** Issues whose marker names a program that no program file has (nor its `formerly`). */
  readonly orphans: readonly { readonly issue: ActualIssue; readonly programId: string }[];
  /** Why an issue that looks like a tandem's was not taken for it. */
  readonly notes: readonly string[];
}

export interface MatchInput {
  /** The program's id first, then its former ids. */
  readonly programIds: readonly string[];
  /** Every program id (and former id) of every program file: issues of those are not orphans. */
  readonly knownProgramIds: ReadonlySet<string>;
  readonly desired: readonly DesiredIssue[];
  readonly actual: readonly ActualIssue[];
}

/**
 * Finds each tandem's issues: by marker first; then, for a tandem still without one, by what else
 * Tandem knows. A marker of the tandem's default id (it gained an `id:`), then a marker of a tandem
 * the program dropped with exactly this tandem's title (same people), then an issue without any
 * marker with exactly this title; only when exactly one such issue exists, else nothing is adopted
 * and a note says why. Titles carry both logins and the program's title, so an exact match is a
 * strong sign; the caller only offers issues that carry the program's label or that Tandem created.
 */
export function matchTandemIssues(input: MatchInput): MatchResult {
  const groups = groupTandemIssues(input.actual, input.programIds);
  const claimed = new Set<string>();
  const notes: string[] = [];
  const desiredKeys = new Set(input.desired.map((desired) => tandemKey(desired.tandemId)));
  const found = new Map<DesiredIssue, { issues: ActualIssue[]; matchedBy: MatchedBy }>();
  const claim = (desired: DesiredIssue, key: string, matchedBy: MatchedBy): void => {
    claimed.add(key);
    found.set(desired, { issues: groups.get(key)!, matchedBy });
  };

  for (const desired of input.desired) {
    const key = tandemKey(desired.tandemId);
    if (groups.has(key)) claim(desired, key, 'marker');
  }
  for (const desired of input.desired) {
    const key = desired.defaultTandemId;
    if (!key || found.has(desired) || claimed.has(key) || desiredKeys.has(key) || !groups.has(key)) continue;
    claim(desired, key, 'default-id');
  }
  for (const desired of input.desired) {
    if (found.has(desired)) continue;
    const sameTitle = [...groups].filter(
      ([key, issues]) => !claimed.has(key) && !desiredKeys.has(key) && issues[0]!.title === desired.title,
    );
    if (sameTitle.length === 1) claim(desired, sameTitle[0]![0], 'title');
  }

  const markerless = input.actual.filter((issue) => readIssueMarker(issue.body) === undefined);
  for (const desired of input.desired) {
    if (found.has(desired)) continue;
    const sameTitle = markerless.filter((issue) => issue.title === desired.title);
    if (sameTitle.length === 1) {
      found.set(desired, { issues: sameTitle, matchedBy: 'title-without-marker' });
    } else if (sameTitle.length > 1) {
      const numbers = sameTitle.map((issue) => `#${issue.number}`).join(', ');
      notes.push(
        `${desired.tandemId}: ${numbers} have this tandem's title but no marker; too unsure to adopt any, so a new issue is planned (close the extra ones by hand)`,
      );
    }
  }

  const orphans: { issue: ActualIssue; programId: string }[] = [];
  for (const issue of input.actual) {
    const marker = readIssueMarker(issue.body);
    if (!marker || input.programIds.includes(marker.programId)) continue;
    if (!input.knownProgramIds.has(marker.programId) && issue.state === 'open') {
      orphans.push({ issue, programId: marker.programId });
    }
  }

  return {
    matches: input.desired.map((desired) => {
      const match = found.get(desired);
      return match
        ? { desired, issues: [...match.issues].sort(compareCanonical), matchedBy: match.matchedBy }
        : { desired, issues: [] };
    }),
    leftovers: new Map([...groups].filter(([key]) => !claimed.has(key))),
    orphans,
    notes,
  };
}

import { readIssueMarker } from './markers.js';
import { type MergeReport, mergeIssueBodyWithReport } from './merge-issue-body.js';
import type { Language } from './program.js';
import { MAX_BODY_LENGTH } from './render/render-issue.js';

/** What a tandem's issue should look like, freshly rendered (all boxes open). */
export interface DesiredIssue {
  readonly tandemId: string;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  /** The body shortened further, step by step, for when the merge with the pair's text is too long. */
  readonly smallerBodies?: () => readonly string[];
}

/** A tandem issue as it is on GitHub now. */
export interface ActualIssue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly url?: string;
}

export interface IssueChanges {
  readonly title?: string;
  readonly body?: string;
  readonly addLabels?: readonly string[];
  readonly addAssignees?: readonly string[];
}

export type SyncAction =
  | { readonly kind: 'create'; readonly tandemId: string; readonly issue: DesiredIssue }
  | {
      readonly kind: 'update' | 'reopen';
      readonly tandemId: string;
      readonly number: number;
      readonly before: ActualIssue;
      readonly changes: IssueChanges;
      /** Ticks the merge kept on reworded items, and ticked items it drops, for reviewers. */
      readonly ticks?: MergeReport;
    }
  | { readonly kind: 'close'; readonly tandemId: string; readonly number: number; readonly comment: string }
  | {
      readonly kind: 'close-duplicate';
      readonly tandemId: string;
      readonly number: number;
      readonly duplicateOf: number;
      readonly comment: string;
    }
  | { readonly kind: 'unchanged'; readonly tandemId: string; readonly number: number };

export type SyncActionKind = SyncAction['kind'];

export interface SyncPlan {
  readonly programId: string;
  readonly actions: readonly SyncAction[];
}

export interface PlanSyncInput {
  readonly programId: string;
  readonly language?: Language;
  readonly desired: readonly DesiredIssue[];
  readonly actual: readonly ActualIssue[];
  readonly closeComment: (tandemId: string) => string;
  readonly duplicateComment: (canonical: number) => string;
  /** The program's today (`YYYY-MM-DD`): sessions before it are history (see mergeIssueBody). */
  readonly today?: string;
  /** Tandems that could not be rendered: their issues are left as they are, never closed. */
  readonly failedTandemIds?: readonly string[];
}

/**
 * Desired state against actual state, matched by the hidden marker (never by title).
 * When an earlier concurrent run left two issues for one tandem, the lowest number wins on every
 * run, so two runs that race still agree on which one stays open.
 */
export function planSync(input: PlanSyncInput): SyncPlan {
  const byTandem = groupByTandem(input.programId, input.actual);
  const desiredIds = new Set(input.desired.map((issue) => issue.tandemId));
  const actions: SyncAction[] = [];

  for (const desired of input.desired) {
    const [canonical, ...duplicates] = byTandem.get(desired.tandemId) ?? [];
    if (!canonical) {
      actions.push({ kind: 'create', tandemId: desired.tandemId, issue: desired });
      continue;
    }
    actions.push(planExisting(desired, canonical, input));
    for (const duplicate of duplicates.filter((issue) => issue.state === 'open')) {
      actions.push({
        kind: 'close-duplicate',
        tandemId: desired.tandemId,
        number: duplicate.number,
        duplicateOf: canonical.number,
        comment: input.duplicateComment(canonical.number),
      });
    }
  }

  const failed = new Set(input.failedTandemIds);
  for (const [tandemId, issues] of byTandem) {
    if (desiredIds.has(tandemId) || failed.has(tandemId)) continue;
    for (const issue of issues.filter((candidate) => candidate.state === 'open')) {
      actions.push({ kind: 'close', tandemId, number: issue.number, comment: input.closeComment(tandemId) });
    }
  }
  return { programId: input.programId, actions };
}

function groupByTandem(programId: string, actual: readonly ActualIssue[]): Map<string, ActualIssue[]> {
  const groups = new Map<string, ActualIssue[]>();
  for (const issue of actual) {
    const marker = readIssueMarker(issue.body);
    if (marker?.programId !== programId) continue;
    const group = groups.get(marker.tandemId) ?? [];
    group.push(issue);
    groups.set(marker.tandemId, group);
  }
  for (const group of groups.values()) {
    // An open issue is preferred over a closed one, then the oldest.
    group.sort((a, b) => Number(a.state === 'closed') - Number(b.state === 'closed') || a.number - b.number);
  }
  return groups;
}

function planExisting(
  desired: DesiredIssue,
  actual: ActualIssue,
  { language, today }: Pick<PlanSyncInput, 'language' | 'today'>,
): SyncAction {
  const options = { ...(language && { language }), ...(today && { today }) };
  let merged = mergeIssueBodyWithReport(desired.body, actual.body, options);
  // Too long with what the pair wrote: Tandem's own text shrinks further, never theirs.
  for (const smaller of merged.body.length > MAX_BODY_LENGTH ? (desired.smallerBodies?.() ?? []) : []) {
    merged = mergeIssueBodyWithReport(smaller, actual.body, options);
    if (merged.body.length <= MAX_BODY_LENGTH) break;
  }
  const { body } = merged;
  const hasTickNews = merged.report.keptTicks.length > 0 || merged.report.droppedTicks.length > 0;
  const addLabels = desired.labels.filter((label) => !actual.labels.includes(label));
  // People are assigned when the issue is created, reopened or gets new people (a new title), never
  // on every run: someone unassigned on purpose, or a login GitHub cannot assign, stays as it is.
  const isPeopleChange = desired.title !== actual.title || actual.state === 'closed';
  const addAssignees = isPeopleChange
    ? desired.assignees.filter(
        (login) => !actual.assignees.some((assignee) => assignee.toLowerCase() === login.toLowerCase()),
      )
    : [];
  const changes: IssueChanges = {
    ...(desired.title !== actual.title && { title: desired.title }),
    ...(body !== actual.body && { body }),
    ...(addLabels.length > 0 && { addLabels }),
    ...(addAssignees.length > 0 && { addAssignees }),
  };
  const base = {
    tandemId: desired.tandemId,
    number: actual.number,
    before: actual,
    changes,
    ...(hasTickNews && { ticks: merged.report }),
  };
  if (actual.state === 'closed') return { kind: 'reopen', ...base };
  if (Object.keys(changes).length === 0) {
    return { kind: 'unchanged', tandemId: desired.tandemId, number: actual.number };
  }
  return { kind: 'update', ...base };
}

export function countActions(plan: SyncPlan): Record<SyncActionKind, number> {
  const counts: Record<SyncActionKind, number> = {
    create: 0,
    update: 0,
    reopen: 0,
    close: 0,
    'close-duplicate': 0,
    unchanged: 0,
  };
  for (const action of plan.actions) counts[action.kind] += 1;
  return counts;
}

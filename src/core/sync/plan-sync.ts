import { readIssueMarker } from '../issue-body/markers.js';
import { hashTitle, readRenderRecord } from '../issue-body/render-record.js';
import { MAX_BODY_LENGTH } from '../render/render-issue.js';
import { type MatchedBy, matchTandemIssues } from './match-tandem-issues.js';
import { type MergeResult, mergeIssueBodyWithReport } from './merge-issue-body.js';
import type {
  ActualIssue,
  DesiredIssue,
  IssueChanges,
  MergeContext,
  PlanSyncInput,
  SyncAction,
  SyncActionKind,
  SyncPlan,
} from './sync-plan.js';

/**
 * Desired state against actual state, matched by the hidden marker (never by title alone; see
 * matchTandemIssues for what else recognises an issue whose marker was lost). When a tandem has two
 * issues, the canonical one stays (compareCanonical) and the others are closed as duplicates, so
 * two runs that race agree on which one stays open.
 */
export function planSync(input: PlanSyncInput): SyncPlan {
  const programIds = [input.programId, ...(input.formerly ?? [])];
  const matched = matchTandemIssues({
    programIds,
    knownProgramIds: input.knownProgramIds ?? new Set(programIds),
    desired: input.desired,
    actual: input.actual,
  });
  const actions: SyncAction[] = [];
  for (const { desired, issues, matchedBy } of matched.matches) {
    const [canonical, ...duplicates] = issues;
    if (!canonical) {
      actions.push({ kind: 'create', tandemId: desired.tandemId, issue: desired });
      continue;
    }
    // The issue's own address goes into its add-to-calendar links.
    const atIssue = (canonical.url !== undefined && desired.atAddress?.(canonical.url)) || desired;
    actions.push(planExisting(input, atIssue, canonical, matchedBy));
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
  for (const [tandemKey, issues] of matched.leftovers) {
    if (failed.has(tandemKey)) continue;
    for (const issue of issues.filter((candidate) => candidate.state === 'open')) {
      const tandemId = readIssueMarker(issue.body)?.tandemId ?? tandemKey;
      actions.push({ kind: 'close', tandemId, number: issue.number, comment: input.closeComment(tandemId) });
    }
  }
  const notes = [
    ...matched.notes,
    ...matched.orphans.map(
      ({ issue, programId }) =>
        `#${issue.number} is orphaned: its program "${programId}" is in no program file; list it under \`formerly\` of the program it belongs to, or close it`,
    ),
  ];
  return {
    programId: input.programId,
    ...(input.language && { language: input.language }),
    ...(input.today && { today: input.today }),
    actions,
    ...(notes.length > 0 && { notes }),
  };
}

/**
 * Tandem closes issues only as not planned (a removed tandem) or as duplicates; an issue closed as
 * completed (GitHub's default when a person clicks Close), or closed before GitHub had reasons, was
 * closed by a person and stays closed.
 */
export function isClosedByPerson(issue: Pick<ActualIssue, 'state' | 'stateReason'>): boolean {
  return issue.state === 'closed' && (issue.stateReason === 'completed' || issue.stateReason === null);
}

/** The repair note of an issue found without the program's label. */
export const LABEL_PUT_BACK = 'label put back';

const lower = (values: readonly string[]): string[] => values.map((value) => value.toLowerCase());

/**
 * The body as the program wants it, keeping everything the pair did in `actualBody`. Too long with
 * what the pair wrote, Tandem's own text shrinks further, never theirs.
 */
export function mergeDesiredBody(
  desired: DesiredIssue,
  actualBody: string,
  { language, today }: MergeContext = {},
): MergeResult {
  const options = { ...(language && { language }), ...(today && { today }) };
  let merged = mergeIssueBodyWithReport(desired.body, actualBody, options);
  for (const smaller of merged.body.length > MAX_BODY_LENGTH ? (desired.smallerBodies?.() ?? []) : []) {
    merged = mergeIssueBodyWithReport(smaller, actualBody, options);
    if (merged.body.length <= MAX_BODY_LENGTH) break;
  }
  return merged;
}

function planExisting(
  input: PlanSyncInput,
  desired: DesiredIssue,
  actual: ActualIssue,
  matchedBy: MatchedBy | undefined,
): SyncAction {
  const label = desired.labels.find((name) => name.startsWith('tandem:'));
  const has = new Set(lower(actual.labels));
  const addLabels = desired.labels.filter((name) => !has.has(name.toLowerCase()));
  const repairs: string[] = [];
  if (label && !has.has(label.toLowerCase())) repairs.push(LABEL_PUT_BACK);
  const marker = readIssueMarker(actual.body);
  if (!marker) repairs.push('marker put back');
  else if (marker.programId !== input.programId || matchedBy !== 'marker')
    repairs.push(`marker ${marker.programId}/${marker.tandemId} → ${input.programId}/${desired.tandemId}`);

  if (isClosedByPerson(actual)) {
    // Closed by a person: it stays closed and as it is; only a lost label comes back, so it is found.
    if (addLabels.length === 0)
      return { kind: 'unchanged', tandemId: desired.tandemId, number: actual.number, isClosedByPerson: true };
    const changes: IssueChanges = { addLabels };
    return {
      kind: 'update',
      tandemId: desired.tandemId,
      number: actual.number,
      before: actual,
      changes,
      desired,
      repairs,
    };
  }

  const record = readRenderRecord(actual.body);
  // A title that differs is the person's when Tandem last rendered the one the program wants now.
  const isTitleTheirs = record?.titleHash === hashTitle(desired.title);
  const isNewTitle = desired.title !== actual.title && !isTitleTheirs;
  const merged = mergeDesiredBody(desired, actual.body, input);
  const { body } = merged;
  const hasTickNews = merged.report.keptTicks.length > 0 || merged.report.droppedTicks.length > 0;
  // People are assigned when the issue is created or the program's people change, never on every
  // run: someone who unassigned themselves stays unassigned. Without a record, a new title says so.
  const newPeople = record
    ? desired.assignees.filter((login) => !record.people.includes(login.toLowerCase()))
    : isNewTitle
      ? desired.assignees
      : [];
  const assigned = new Set(lower(actual.assignees));
  const addAssignees = newPeople.filter((login) => !assigned.has(login.toLowerCase()));
  const changes: IssueChanges = {
    ...(isNewTitle && { title: desired.title }),
    ...(body !== actual.body && { body }),
    ...(addLabels.length > 0 && { addLabels }),
    ...(addAssignees.length > 0 && { addAssignees }),
  };
  const base = {
    tandemId: desired.tandemId,
    number: actual.number,
    before: actual,
    changes,
    desired,
    ...(repairs.length > 0 && { repairs }),
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

import { readIssueMarker } from '../core/issue-body/markers.js';
import { MAX_BODY_LENGTH } from '../core/render/render-issue.js';
import { LABEL_PUT_BACK, mergeDesiredBody } from '../core/sync/plan-sync.js';
import type { DesiredIssue, SyncAction, SyncPlan } from '../core/sync/sync-plan.js';
import { isAssigneeRejection, isRetryable, isWriteDenied } from '../github/github-errors.js';
import type { IssueSnapshot } from '../github/issue-snapshot.js';
import type { IssuesApi } from '../github/issues-api.js';
import { getErrorMessage } from './error-message.js';
import type { Output } from './output.js';
import { addLabelsOrStop, assertLabelsKept, LabelsDroppedError } from './sync-labels.js';

export interface AppliedAction {
  readonly action: SyncAction;
  readonly number?: number;
  readonly url?: string;
  readonly error?: string;
  readonly warnings: readonly string[];
}

export interface ApplySyncOptions {
  readonly api: IssuesApi;
  readonly plan: SyncPlan;
  /** The label every issue of the program carries; how a lost create is found again. */
  readonly programLabel: string;
  readonly output: Output;
}

const CREATE_ATTEMPTS = 3;

/**
 * Runs each step in order and reports each result. One tandem's failure is recorded and the rest
 * go on; the caller turns failures into the exit code. A token that may not write stops the run at
 * once (the error is thrown): every other write would be refused too.
 */
export async function applySync(options: ApplySyncOptions): Promise<AppliedAction[]> {
  const { plan, output } = options;
  // Labels are put back first: when GitHub refuses them, the program stops before it creates anything.
  const steps = plan.actions
    .filter((action) => action.kind !== 'unchanged')
    .sort((a, b) => Number(!isLabelRepair(a)) - Number(!isLabelRepair(b)));
  const results: AppliedAction[] = plan.actions
    .filter((action) => action.kind === 'unchanged')
    .map((action) => ({
      action,
      number: action.kind === 'unchanged' ? action.number : undefined,
      warnings: [],
    }));
  let done = 0;
  for (const action of steps) {
    const warnings: string[] = [];
    try {
      const issue = await applyAction(options, action, warnings);
      results.push({ action, number: issue?.number, url: issue?.url, warnings });
    } catch (error) {
      if (isWriteDenied(error) || error instanceof LabelsDroppedError) throw error;
      results.push({ action, error: getErrorMessage(error), warnings });
    }
    done += 1;
    output.progress(`${action.kind} ${action.tandemId}`, done, steps.length);
  }
  return results;
}

async function applyAction(
  options: ApplySyncOptions,
  action: SyncAction,
  warnings: string[],
): Promise<IssueSnapshot | undefined> {
  const { api } = options;
  assertBodyFits(action);
  switch (action.kind) {
    case 'create': {
      const created = await createOnce(options, action.tandemId, action.issue, warnings);
      return (await readdressCreated(options, action.issue, created)) ?? created;
    }
    case 'update':
    case 'reopen': {
      const { changes } = action;
      let issue: IssueSnapshot | undefined;
      if (changes.title !== undefined || changes.body !== undefined || action.kind === 'reopen') {
        // Merged again from a read made right before the write: a tick made since the listing stays.
        issue = await api.updateFromFreshRead(action.number, (fresh) => {
          const { body } = mergeDesiredBody(action.desired, fresh.body, options.plan);
          assertFits(body);
          const title =
            changes.title !== undefined && changes.title !== fresh.title ? changes.title : undefined;
          const isReopen = action.kind === 'reopen' && fresh.state === 'closed';
          if (isReopen && isClosedByPersonNow(fresh, warnings)) return undefined;
          if (title === undefined && body === fresh.body && !isReopen) return undefined;
          return {
            ...(title !== undefined && { title }),
            ...(body !== fresh.body && { body }),
            ...(isReopen && { state: 'open' as const, stateReason: 'reopened' as const }),
          };
        });
      }
      if (changes.addLabels?.length) await addLabelsOrStop(options, action.number, changes.addLabels);
      if (changes.addAssignees?.length) {
        const assigned = await api.addAssignees(action.number, changes.addAssignees);
        warnings.push(...unassignedWarnings(changes.addAssignees, assigned));
      }
      return issue;
    }
    case 'close':
      await commentOnce(api, action.number, action.comment);
      return api.updateIssue(action.number, { state: 'closed', stateReason: 'not_planned' });
    case 'close-duplicate':
      await commentOnce(api, action.number, action.comment);
      return api.updateIssue(action.number, { state: 'closed', stateReason: 'duplicate' });
    case 'unchanged':
      return undefined;
  }
}

/**
 * Someone opened an issue between the plan's guess of the new issue's number and its create: its
 * add-to-calendar links name another issue. Merged again like every update, so a tick made since stays.
 */
async function readdressCreated(
  options: ApplySyncOptions,
  desired: DesiredIssue,
  created: IssueSnapshot,
): Promise<IssueSnapshot | undefined> {
  if (desired.issueUrl === undefined || desired.issueUrl === created.url || !desired.atAddress)
    return undefined;
  const readdressed = desired.atAddress(created.url);
  return options.api.updateFromFreshRead(created.number, (fresh) => {
    const { body } = mergeDesiredBody(readdressed, fresh.body, options.plan);
    return body === fresh.body ? undefined : { body };
  });
}

/**
 * A close whose comment went out but whose answer was lost fails, and the next run closes again: when
 * the issue's last comment is already this one, it is not posted a second time.
 */
async function commentOnce(api: IssuesApi, number: number, body: string): Promise<void> {
  const comments = await api.listComments(number);
  if (comments.at(-1)?.body === body) return;
  await api.createComment(number, body);
}

/** The rendered body fits (the renderer sees to that); with the pair's items and notes it may not. */
function assertBodyFits(action: SyncAction): void {
  const body =
    action.kind === 'create'
      ? action.issue.body
      : action.kind === 'update' || action.kind === 'reopen'
        ? action.changes.body
        : undefined;
  if (body !== undefined) assertFits(body);
}

function assertFits(body: string): void {
  if (body.length > MAX_BODY_LENGTH) {
    throw new Error(
      `the issue body would be ${body.length} characters, more than GitHub's ${MAX_BODY_LENGTH}; ` +
        'move long notes into a comment, or shorten the program texts',
    );
  }
}

/**
 * A create whose answer was lost may still have made the issue. Before trying again, look for it by
 * its marker, so that a flaky connection never leaves two issues for one tandem.
 */
async function createOnce(
  options: ApplySyncOptions,
  tandemId: string,
  issue: { title: string; body: string; labels: readonly string[]; assignees: readonly string[] },
  warnings: string[],
): Promise<IssueSnapshot> {
  let assignees = issue.assignees;
  let lastError: unknown;
  for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt += 1) {
    try {
      const created = await options.api.createIssue({ ...issue, assignees });
      assertLabelsKept(options.programLabel, created);
      return created;
    } catch (error) {
      if (error instanceof LabelsDroppedError) throw error;
      lastError = error;
      if (isAssigneeRejection(error)) {
        assignees = await assignableOnly(options.api, assignees);
        warnings.push(...unassignedWarnings(issue.assignees, assignees));
        continue;
      }
      if (!isRetryable(error)) throw error;
      const existing = await findByMarker(options, tandemId);
      if (existing) return existing;
    }
  }
  throw lastError;
}

/**
 * A closed issue the plan reopens was closed as not planned or duplicate, as Tandem closes; GitHub's
 * `closed_by` on the fresh read tells whether a person did (someone other than the issue's author,
 * Tandem). Then it stays closed, and nothing else changes on it.
 */
function isClosedByPersonNow(fresh: IssueSnapshot, warnings: string[]): boolean {
  const closedBy = fresh.closedBy?.toLowerCase();
  if (!closedBy || closedBy === fresh.creator.toLowerCase()) return false;
  warnings.push(`#${fresh.number} was closed by ${fresh.closedBy}, not by Tandem, and stays closed.`);
  return true;
}

function isLabelRepair(action: SyncAction): boolean {
  return (
    (action.kind === 'update' || action.kind === 'reopen') &&
    Boolean(action.repairs?.includes(LABEL_PUT_BACK))
  );
}

async function findByMarker(options: ApplySyncOptions, tandemId: string): Promise<IssueSnapshot | undefined> {
  const issues = await options.api.listIssuesWithLabel(options.programLabel);
  return issues.find((candidate) => {
    const marker = readIssueMarker(candidate.body);
    return marker?.programId === options.plan.programId && marker.tandemId === tandemId;
  });
}

async function assignableOnly(api: IssuesApi, logins: readonly string[]): Promise<string[]> {
  const checks = await Promise.all(
    logins.map(async (login) => ((await api.isAssignable(login)) ? login : '')),
  );
  return checks.filter(Boolean);
}

function unassignedWarnings(wanted: readonly string[], assigned: readonly string[]): string[] {
  const lower = new Set(assigned.map((login) => login.toLowerCase()));
  return wanted
    .filter((login) => !lower.has(login.toLowerCase()))
    .map(
      (login) =>
        `@${login} cannot be assigned in this repository (not a collaborator with access?); the issue was written without them.`,
    );
}

/** REST issue routes: list, create, get, update, assignees. */
import {
  bodyTooLong,
  type FieldError,
  githubError,
  MAX_BODY_LENGTH,
  notFound,
  ok,
  paginate,
  queryParam,
  type RestAnswer,
  type RestCall,
  type RestHandler,
  validationFailed,
} from './rest-call.js';
import { toRestIssue, toRestUser } from './rest-shapes.js';
import { addIssue, resolveLabelNames } from './seed.js';
import {
  findIssue,
  type IssueRecord,
  isAssignable,
  type StandInState,
  type StateReason,
  stampWrite,
} from './state.js';

type Body = Record<string, unknown>;

function issueFrom(call: RestCall): IssueRecord | undefined {
  return findIssue(call.ctx.state, Number(call.params.issue_number));
}

function issuesDisabled(call: RestCall): RestAnswer | undefined {
  return call.ctx.state.repo.has_issues
    ? undefined
    : githubError(410, 'Issues are disabled for this repo', call.docsUrl);
}

/** Label names from a body's `labels`: strings or `{ name }` objects. */
export function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels
    .map((label) => (typeof label === 'string' ? label : (label as { name?: unknown }).name))
    .filter((name): name is string => typeof name === 'string');
}

function loginList(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  return values
    .map((value) => (typeof value === 'string' ? value : (value as { login?: unknown }).login))
    .filter((login): login is string => typeof login === 'string');
}

/** `assignees` plus the older single `assignee`, without repeats. */
function requestedAssignees(body: Body): string[] {
  return [...new Set([...loginList(body.assignees), ...loginList(body.assignee ? [body.assignee] : [])])];
}

/** GitHub refuses to create or update an issue with an assignee who cannot be assigned. */
function assigneeErrors(state: StandInState, logins: readonly string[]): FieldError[] {
  return logins
    .filter((login) => !isAssignable(state, login))
    .map((login) => ({ value: login, resource: 'Issue', field: 'assignees', code: 'invalid' as const }));
}

function byQuery(call: RestCall): (issue: IssueRecord) => boolean {
  const state = queryParam(call, 'state') ?? 'open';
  const labels = (queryParam(call, 'labels') ?? '')
    .split(',')
    .map((label) => label.trim().toLowerCase())
    .filter(Boolean);
  const since = queryParam(call, 'since');
  const assignee = queryParam(call, 'assignee');
  const creator = queryParam(call, 'creator')?.toLowerCase();
  const mentioned = queryParam(call, 'mentioned');
  const milestone = queryParam(call, 'milestone');
  return (issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    const own = issue.labels.map((label) => label.toLowerCase());
    if (!labels.every((label) => own.includes(label))) return false;
    if (since && Date.parse(issue.updated_at) < Date.parse(since)) return false;
    if (assignee === 'none' && issue.assignees.length) return false;
    if (assignee === '*' && !issue.assignees.length) return false;
    if (assignee && assignee !== 'none' && assignee !== '*' && !loginsInclude(issue.assignees, assignee))
      return false;
    if (creator && issue.user.toLowerCase() !== creator) return false;
    if (mentioned && !(issue.body ?? '').includes(`@${mentioned}`)) return false;
    // The stand-in has no milestones: "none" matches everything, anything else nothing.
    if (milestone && milestone !== 'none') return false;
    return true;
  };
}

const loginsInclude = (logins: readonly string[], login: string): boolean =>
  logins.some((candidate) => candidate.toLowerCase() === login.toLowerCase());

function sortIssues(call: RestCall, issues: IssueRecord[]): IssueRecord[] {
  const sort = queryParam(call, 'sort') ?? 'created';
  const direction = queryParam(call, 'direction') ?? 'desc';
  const { state } = call.ctx;
  const key = (issue: IssueRecord): number => {
    if (sort === 'updated') return Date.parse(issue.updated_at);
    if (sort === 'comments') return state.issueComments.filter((c) => c.issue_number === issue.number).length;
    return issue.number;
  };
  const sign = direction === 'asc' ? 1 : -1;
  return issues.sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
}

const listIssues: RestHandler = (call) => {
  const disabled = issuesDisabled(call);
  if (disabled) return disabled;
  const matching = sortIssues(call, call.ctx.state.issues.filter(byQuery(call)));
  const { page, headers } = paginate(call, matching);
  return ok(
    page.map((issue) => toRestIssue(call.ctx, issue)),
    200,
    headers,
  );
};

const createIssue: RestHandler = (call) => {
  const disabled = issuesDisabled(call);
  if (disabled) return disabled;
  const { state } = call.ctx;
  const body = call.body as Body;
  const title = String(body.title ?? '');
  if (!title.trim())
    return validationFailed(call, [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
  if (typeof body.body === 'string' && body.body.length > MAX_BODY_LENGTH) return bodyTooLong(call, 'Issue');
  // Without push access GitHub silently drops labels and assignees of a new issue.
  const canPush = state.repo.permissions.push;
  const assignees = canPush ? requestedAssignees(body) : [];
  const errors = assigneeErrors(state, assignees);
  if (errors.length) return validationFailed(call, errors);
  const issue = addIssue(state, {
    title,
    body: typeof body.body === 'string' ? body.body : null,
    labels: canPush ? labelNames(body.labels) : [],
    assignees,
  });
  return ok(toRestIssue(call.ctx, issue), 201, {
    location: `${call.url.origin}${call.url.pathname}/${issue.number}`,
  });
};

/** A single issue's read also says who closed it (the listing does not). */
const getIssue: RestHandler = (call) => {
  const issue = issueFrom(call);
  if (!issue) return notFound(call);
  const closedBy = issue.state === 'closed' && issue.closed_by ? toRestUser(call.ctx, issue.closed_by) : null;
  return ok({ ...toRestIssue(call.ctx, issue), closed_by: closedBy });
};

const updateIssue: RestHandler = (call) => {
  const issue = issueFrom(call);
  if (!issue) return notFound(call);
  const { state } = call.ctx;
  const body = call.body as Body;
  if (typeof body.body === 'string' && body.body.length > MAX_BODY_LENGTH) return bodyTooLong(call, 'Issue');
  const assignees = 'assignees' in body || 'assignee' in body ? requestedAssignees(body) : undefined;
  const errors = assignees ? assigneeErrors(state, assignees) : [];
  if (errors.length) return validationFailed(call, errors);
  const before = JSON.stringify(issue);
  let stamp: string | undefined;
  const now = (): string => {
    stamp ??= stampWrite(state);
    return stamp;
  };
  if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
  if (body.body !== undefined) issue.body = body.body as string | null;
  if (body.labels !== undefined) issue.labels = resolveLabelNames(state, labelNames(body.labels));
  if (assignees) issue.assignees = assignees;
  applyStateChange(
    state.viewer,
    issue,
    body.state as 'open' | 'closed' | undefined,
    body.state_reason as StateReason | null,
    now,
  );
  if (JSON.stringify(issue) !== before) issue.updated_at = now();
  return ok(toRestIssue(call.ctx, issue));
};

/** `state_reason` counts only with a state change, as GitHub documents; closing defaults to completed. */
function applyStateChange(
  actor: string,
  issue: IssueRecord,
  target: 'open' | 'closed' | undefined,
  reason: StateReason | null | undefined,
  now: () => string,
): void {
  if (target === 'closed') {
    if (issue.state === 'open') {
      issue.closed_at = now();
      issue.closed_by = actor;
    }
    issue.state = 'closed';
    issue.state_reason = reason && reason !== 'reopened' ? reason : 'completed';
  } else if (target === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.state_reason = 'reopened';
    issue.closed_at = null;
    issue.closed_by = null;
  }
}

const addAssignees: RestHandler = (call) => {
  const issue = issueFrom(call);
  if (!issue) return notFound(call);
  const { state } = call.ctx;
  // Users who cannot be assigned are silently ignored here, unlike on create and update.
  const added = loginList((call.body as Body | undefined)?.assignees).filter(
    (login) => isAssignable(state, login) && !loginsInclude(issue.assignees, login),
  );
  if (added.length) {
    issue.assignees.push(...added);
    issue.updated_at = stampWrite(state);
  }
  return ok(toRestIssue(call.ctx, issue), 201);
};

const removeAssignees: RestHandler = (call) => {
  const issue = issueFrom(call);
  if (!issue) return notFound(call);
  const removed = loginList((call.body as Body | undefined)?.assignees);
  const kept = issue.assignees.filter((login) => !loginsInclude(removed, login));
  if (kept.length !== issue.assignees.length) {
    issue.assignees = kept;
    issue.updated_at = stampWrite(call.ctx.state);
  }
  return ok(toRestIssue(call.ctx, issue));
};

const checkAssignable: RestHandler = (call) =>
  isAssignable(call.ctx.state, call.params.assignee ?? '') ? { status: 204 } : notFound(call);

const listAssignees: RestHandler = (call) => {
  const { page, headers } = paginate(call, call.ctx.state.repo.collaborators);
  return ok(
    page.map((login) => toRestUser(call.ctx, login)),
    200,
    headers,
  );
};

export const issueRoutes: Readonly<Record<string, RestHandler>> = {
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/get': getIssue,
  'issues/update': updateIssue,
  'issues/add-assignees': addAssignees,
  'issues/remove-assignees': removeAssignees,
  'issues/check-user-can-be-assigned': checkAssignable,
  'issues/list-assignees': listAssignees,
};

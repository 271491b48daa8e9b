/** REST label routes: the repository's labels and the labels on an issue. */
import {
  githubError,
  notFound,
  ok,
  paginate,
  type RestCall,
  type RestHandler,
  validationFailed,
} from './rest-call.js';
import { labelNames } from './rest-issues.js';
import { toRestLabel } from './rest-shapes.js';
import { addLabel, resolveLabelNames } from './seed.js';
import { findIssue, findLabel, type IssueRecord, stampWrite } from './state.js';

type Body = Record<string, unknown>;

const COLOR = /^[0-9a-fA-F]{6}$/;

function issueLabels(call: RestCall, issue: IssueRecord) {
  return issue.labels
    .map((name) => findLabel(call.ctx.state, name))
    .filter((label) => label !== undefined)
    .map((label) => toRestLabel(call.ctx, label));
}

/** The label names of an add/set body: `{ labels: [...] }`, a bare array, or one name. */
function requestedLabels(body: unknown): string[] {
  if (typeof body === 'string') return [body];
  if (Array.isArray(body)) return labelNames(body);
  return labelNames((body as Body | undefined)?.labels);
}

const listForRepo: RestHandler = (call) => {
  const { page, headers } = paginate(call, call.ctx.state.labels);
  return ok(
    page.map((label) => toRestLabel(call.ctx, label)),
    200,
    headers,
  );
};

const createLabel: RestHandler = (call) => {
  const body = call.body as Body;
  const name = String(body.name ?? '');
  const color = typeof body.color === 'string' ? body.color.replace(/^#/, '') : 'ededed';
  if (findLabel(call.ctx.state, name)) {
    return validationFailed(call, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
  }
  if (!name.trim())
    return validationFailed(call, [{ resource: 'Label', code: 'missing_field', field: 'name' }]);
  if (!COLOR.test(color))
    return validationFailed(call, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
  const description = typeof body.description === 'string' ? body.description : null;
  const label = addLabel(call.ctx.state, { name, color: color.toLowerCase(), description });
  return ok(toRestLabel(call.ctx, label), 201);
};

const getLabel: RestHandler = (call) => {
  const label = findLabel(call.ctx.state, call.params.name ?? '');
  return label ? ok(toRestLabel(call.ctx, label)) : notFound(call);
};

const updateLabel: RestHandler = (call) => {
  const label = findLabel(call.ctx.state, call.params.name ?? '');
  if (!label) return notFound(call);
  const body = call.body as Body;
  if (typeof body.color === 'string') {
    const color = body.color.replace(/^#/, '');
    if (!COLOR.test(color))
      return validationFailed(call, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
    label.color = color.toLowerCase();
  }
  if (typeof body.description === 'string') label.description = body.description;
  if (typeof body.new_name === 'string' && body.new_name !== label.name) {
    const renamed = body.new_name;
    for (const issue of call.ctx.state.issues)
      issue.labels = issue.labels.map((n) => (n === label.name ? renamed : n));
    label.name = renamed;
  }
  return ok(toRestLabel(call.ctx, label));
};

const deleteLabel: RestHandler = (call) => {
  const label = findLabel(call.ctx.state, call.params.name ?? '');
  if (!label) return notFound(call);
  const { state } = call.ctx;
  state.labels = state.labels.filter((candidate) => candidate !== label);
  for (const issue of state.issues) issue.labels = issue.labels.filter((name) => name !== label.name);
  return { status: 204 };
};

function withIssue(handler: (call: RestCall, issue: IssueRecord) => ReturnType<RestHandler>): RestHandler {
  return (call) => {
    const issue = findIssue(call.ctx.state, Number(call.params.issue_number));
    return issue ? handler(call, issue) : notFound(call);
  };
}

/**
 * Changing an issue's labels takes triage access. Without it the stand-in ignores the change and
 * answers with the labels as they are, as GitHub does with a new issue's labels (its documented
 * answers have no 403 here); the client sees its label missing from the answer.
 */
function withTriage(handler: RestHandler): RestHandler {
  return (call) => {
    const { permissions } = call.ctx.state.repo;
    if (permissions.triage || permissions.push) return handler(call);
    const issue = findIssue(call.ctx.state, Number(call.params.issue_number));
    return issue ? ok(issueLabels(call, issue)) : notFound(call);
  };
}

function setIssueLabels(call: RestCall, issue: IssueRecord, names: readonly string[]): void {
  const next = resolveLabelNames(call.ctx.state, names);
  if (next.join('\n') === issue.labels.join('\n')) return;
  issue.labels = next;
  issue.updated_at = stampWrite(call.ctx.state);
}

export const labelRoutes: Readonly<Record<string, RestHandler>> = {
  'issues/list-labels-for-repo': listForRepo,
  'issues/create-label': createLabel,
  'issues/get-label': getLabel,
  'issues/update-label': updateLabel,
  'issues/delete-label': deleteLabel,
  'issues/list-labels-on-issue': withIssue((call, issue) => ok(issueLabels(call, issue))),
  'issues/add-labels': withTriage(
    withIssue((call, issue) => {
      setIssueLabels(call, issue, [...issue.labels, ...requestedLabels(call.body)]);
      return ok(issueLabels(call, issue));
    }),
  ),
  'issues/set-labels': withTriage(
    withIssue((call, issue) => {
      setIssueLabels(call, issue, requestedLabels(call.body));
      return ok(issueLabels(call, issue));
    }),
  ),
  'issues/remove-label': withIssue((call, issue) => {
    const label = findLabel(call.ctx.state, call.params.name ?? '');
    if (!label || !issue.labels.includes(label.name))
      return githubError(404, 'Label does not exist', call.docsUrl);
    setIssueLabels(
      call,
      issue,
      issue.labels.filter((name) => name !== label.name),
    );
    return ok(issueLabels(call, issue));
  }),
  'issues/remove-all-labels': withIssue((call, issue) => {
    setIssueLabels(call, issue, []);
    return { status: 204 };
  }),
};

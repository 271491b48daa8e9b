/**
 * REST pull request routes: list (by head, base, state), create, get, update (title, body, state,
 * base), and merge, which puts the head's files on the base branch in a merge commit.
 */
import { addCommit, branchHead, compareCommits, gitOf } from './git-store.js';
import {
  bodyTooLong,
  type FieldError,
  githubError,
  MAX_BODY_LENGTH,
  notFound,
  ok,
  paginate,
  queryParam,
  type RestCall,
  type RestHandler,
  validationFailed,
} from './rest-call.js';
import { pullInfo, toRestPull } from './rest-pull-shapes.js';
import { addIssue } from './seed.js';
import { findIssue, type IssueRecord, stampWrite } from './state.js';

type Body = Record<string, unknown>;

function pullFrom(call: RestCall): IssueRecord | undefined {
  const issue = findIssue(call.ctx.state, Number(call.params.pull_number));
  return issue?.isPullRequest ? issue : undefined;
}

/** `owner:branch` or `branch` → the branch, when the owner is this repository's. */
function headBranch(call: RestCall, head: string): string | undefined {
  const [owner, branch] = head.includes(':') ? head.split(':', 2) : [call.ctx.state.repo.owner, head];
  return owner?.toLowerCase() === call.ctx.state.repo.owner.toLowerCase() ? branch : undefined;
}

const listPulls: RestHandler = (call) => {
  const state = queryParam(call, 'state') ?? 'open';
  const head = queryParam(call, 'head');
  const headName = head === undefined ? undefined : (headBranch(call, head) ?? '\0');
  const base = queryParam(call, 'base');
  const sign = queryParam(call, 'direction') === 'asc' ? 1 : -1;
  const byUpdated = queryParam(call, 'sort') === 'updated';
  const key = (issue: IssueRecord): number => (byUpdated ? Date.parse(issue.updated_at) : issue.number);
  const pulls = call.ctx.state.issues
    .filter((issue) => issue.isPullRequest)
    .filter((issue) => state === 'all' || issue.state === state)
    .filter((issue) => headName === undefined || pullInfo(issue).head === headName)
    .filter((issue) => base === undefined || pullInfo(issue).base === base)
    .sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
  const { page, headers } = paginate(call, pulls);
  return ok(
    page.map((issue) => toRestPull(call.ctx, issue, false)),
    200,
    headers,
  );
};

const createPull: RestHandler = (call) => {
  const { state } = call.ctx;
  if (state.repo.actionsMayCreatePullRequests === false && state.viewer === 'github-actions[bot]')
    return githubError(
      403,
      'GitHub Actions is not permitted to create or approve pull requests.',
      call.docsUrl,
    );
  const body = call.body as Body;
  const head = headBranch(call, String(body.head ?? ''));
  const base = String(body.base ?? '');
  const headCommit = head === undefined ? undefined : branchHead(state, head);
  const baseCommit = branchHead(state, base);
  const errors: FieldError[] = [];
  if (!headCommit) errors.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  if (!baseCommit) errors.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
  if (!String(body.title ?? '').trim())
    errors.push({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
  if (errors.length || !headCommit || !baseCommit || head === undefined)
    return validationFailed(call, errors);
  if (typeof body.body === 'string' && body.body.length > MAX_BODY_LENGTH)
    return bodyTooLong(call, 'PullRequest');
  const isOpen = (issue: IssueRecord) =>
    issue.isPullRequest &&
    issue.state === 'open' &&
    pullInfo(issue).head === head &&
    pullInfo(issue).base === base;
  if (state.issues.some(isOpen)) {
    const message = `A pull request already exists for ${state.repo.owner}:${head}.`;
    return validationFailed(call, [{ resource: 'PullRequest', code: 'custom', field: 'head', message }]);
  }
  if (compareCommits(state, baseCommit, headCommit).ahead.length === 0) {
    const message = `No commits between ${base} and ${head}`;
    return validationFailed(call, [{ resource: 'PullRequest', code: 'custom', field: 'head', message }]);
  }
  const issue = addIssue(state, {
    title: String(body.title),
    body: typeof body.body === 'string' ? body.body : null,
    pullRequest: true,
  });
  issue.pull = { head, base, merged_at: null, merged_by: null, merge_commit_sha: null };
  return ok(toRestPull(call.ctx, issue, true), 201, {
    location: `${call.url.origin}${call.url.pathname}/${issue.number}`,
  });
};

const getPull: RestHandler = (call) => {
  const pull = pullFrom(call);
  return pull ? ok(toRestPull(call.ctx, pull, true)) : notFound(call);
};

const updatePull: RestHandler = (call) => {
  const pull = pullFrom(call);
  if (!pull) return notFound(call);
  const { state } = call.ctx;
  const body = call.body as Body;
  if (typeof body.body === 'string' && body.body.length > MAX_BODY_LENGTH)
    return bodyTooLong(call, 'PullRequest');
  const before = JSON.stringify(pull);
  if (typeof body.title === 'string') pull.title = body.title;
  if (body.body !== undefined) pull.body = body.body as string | null;
  if (typeof body.base === 'string' && pull.pull) pull.pull.base = body.base;
  if (body.state === 'closed' && pull.state === 'open') {
    pull.state = 'closed';
    pull.closed_at = stampWrite(state);
    pull.closed_by = state.viewer;
  } else if (body.state === 'open' && pull.state === 'closed') {
    if (pullInfo(pull).merged_at !== null)
      return validationFailed(call, [
        {
          resource: 'PullRequest',
          code: 'custom',
          field: 'state',
          message: 'state cannot be changed. The pull request has been merged.',
        },
      ]);
    pull.state = 'open';
    pull.closed_at = null;
    pull.closed_by = null;
  }
  if (JSON.stringify(pull) !== before) pull.updated_at = stampWrite(state);
  return ok(toRestPull(call.ctx, pull, true));
};

const checkMerged: RestHandler = (call) => {
  const pull = pullFrom(call);
  return pull && pullInfo(pull).merged_at !== null ? { status: 204 } : notFound(call);
};

/** Merges as "create a merge commit" does: the base gets a commit whose files are the head's. */
export function mergePull(call: RestCall, pull: IssueRecord, message?: string): string | undefined {
  const { state } = call.ctx;
  const info = pull.pull;
  const head = info && branchHead(state, info.head);
  const base = info && branchHead(state, info.base);
  if (!info || !head || !base || pull.state !== 'open') return undefined;
  const commit = addCommit(state, {
    parents: [base.sha, head.sha],
    message: message ?? `Merge pull request #${pull.number} from ${state.repo.owner}/${info.head}`,
    tree: head.tree,
  });
  gitOf(state).refs.set(`heads/${info.base}`, commit.sha);
  const now = stampWrite(state);
  Object.assign(info, { merged_at: now, merged_by: state.viewer, merge_commit_sha: commit.sha });
  Object.assign(pull, { state: 'closed', state_reason: null, closed_at: now, updated_at: now });
  return commit.sha;
}

const merge: RestHandler = (call) => {
  const pull = pullFrom(call);
  if (!pull) return notFound(call);
  const body = (call.body ?? {}) as Body;
  const headSha = pull.pull && branchHead(call.ctx.state, pull.pull.head)?.sha;
  if (typeof body.sha === 'string' && body.sha !== headSha)
    return githubError(409, 'Head branch was modified. Review and try the merge again.', call.docsUrl);
  const sha = mergePull(call, pull, typeof body.commit_title === 'string' ? body.commit_title : undefined);
  if (!sha) return githubError(405, 'Pull Request is not mergeable', call.docsUrl);
  return ok({ sha, merged: true, message: 'Pull Request successfully merged' });
};

export const pullRoutes: Readonly<Record<string, RestHandler>> = {
  'pulls/list': listPulls,
  'pulls/create': createPull,
  'pulls/get': getPull,
  'pulls/update': updatePull,
  'pulls/check-if-merged': checkMerged,
  'pulls/merge': merge,
};

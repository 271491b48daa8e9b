/** Pull request records → REST JSON (`pull-request` and `pull-request-simple`). */
import { branchHead } from './git-store.js';
import { repoApi, repoWeb } from './rest-git-shapes.js';
import { type ShapeContext, toRestIssue, toRestRepository, toRestUser } from './rest-shapes.js';
import type { IssueRecord, PullInfo } from './state.js';

const UNKNOWN_BRANCH: PullInfo = {
  head: 'unknown',
  base: 'main',
  merged_at: null,
  merged_by: null,
  merge_commit_sha: null,
};

export function pullInfo(issue: IssueRecord): PullInfo {
  return issue.pull ?? UNKNOWN_BRANCH;
}

function branchShape(ctx: ShapeContext, branch: string, frozenSha: string | null): Record<string, unknown> {
  const { owner } = ctx.state.repo;
  return {
    label: `${owner}:${branch}`,
    ref: branch,
    sha: frozenSha ?? branchHead(ctx.state, branch)?.sha ?? '0'.repeat(40),
    user: toRestUser(ctx, owner),
    repo: toRestRepository(ctx),
  };
}

/** The listing's shape; `isFull` adds what a single pull request's read carries. */
export function toRestPull(ctx: ShapeContext, issue: IssueRecord, isFull: boolean): Record<string, unknown> {
  const info = pullInfo(issue);
  const api = `${repoApi(ctx)}/pulls/${issue.number}`;
  const web = `${repoWeb(ctx)}/pull/${issue.number}`;
  const asIssue = toRestIssue(ctx, issue);
  const shape: Record<string, unknown> = {
    url: api,
    id: issue.id,
    node_id: issue.node_id,
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${repoApi(ctx)}/issues/${issue.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(ctx)}/pulls/comments{/number}`,
    comments_url: `${repoApi(ctx)}/issues/${issue.number}/comments`,
    statuses_url: `${repoApi(ctx)}/statuses/${branchHead(ctx.state, info.head)?.sha ?? ''}`,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: toRestUser(ctx, issue.user),
    body: issue.body,
    labels: asIssue.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: info.merged_at,
    merge_commit_sha: info.merge_commit_sha,
    assignee: asIssue.assignee,
    assignees: asIssue.assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: branchShape(ctx, info.head, null),
    base: branchShape(ctx, info.base, null),
    _links: {
      self: { href: api },
      html: { href: web },
      issue: { href: `${repoApi(ctx)}/issues/${issue.number}` },
      comments: { href: `${repoApi(ctx)}/issues/${issue.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(ctx)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(ctx)}/statuses/${branchHead(ctx.state, info.head)?.sha ?? ''}` },
    },
    author_association: asIssue.author_association,
    auto_merge: null,
    draft: false,
  };
  if (!isFull) return shape;
  const isMerged = info.merged_at !== null;
  return {
    ...shape,
    merged: isMerged,
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
    merged_by: info.merged_by ? toRestUser(ctx, info.merged_by) : null,
    comments: ctx.state.issueComments.filter((comment) => comment.issue_number === issue.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

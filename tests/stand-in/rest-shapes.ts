/** State records → the JSON GitHub's REST API answers with (shapes per GitHub's OpenAPI description). */
import {
  ensureUser,
  type IssueCommentRecord,
  type IssueRecord,
  isAssignable,
  type LabelRecord,
  type RateLimitBucket,
  type StandInState,
} from './state.js';

export const WEB_URL = 'https://github.com';

/** Where the answer's `url` fields point: the stand-in's own base URL. */
export interface ShapeContext {
  readonly state: StandInState;
  readonly apiUrl: string;
}

const repoPath = ({ state }: ShapeContext): string => `${state.repo.owner}/${state.repo.name}`;
const repoApiUrl = (ctx: ShapeContext): string => `${ctx.apiUrl}/repos/${repoPath(ctx)}`;

export function toRestUser(ctx: ShapeContext, login: string): Record<string, unknown> {
  const user = ensureUser(ctx.state, login);
  const url = `${ctx.apiUrl}/users/${encodeURIComponent(user.login)}`;
  const isBot = user.type === 'Bot';
  return {
    login: user.login,
    id: user.id,
    node_id: user.node_id,
    avatar_url: `https://avatars.githubusercontent.com/${isBot ? 'in' : 'u'}/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: isBot ? `${WEB_URL}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${WEB_URL}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function toRestLabel(ctx: ShapeContext, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: label.node_id,
    url: `${repoApiUrl(ctx)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.default,
  };
}

function reactions(url: string): Record<string, unknown> {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

function authorAssociation(ctx: ShapeContext, login: string): string {
  if (login.toLowerCase() === ctx.state.repo.owner.toLowerCase()) return 'OWNER';
  return isAssignable(ctx.state, login) ? 'COLLABORATOR' : 'NONE';
}

export function toRestIssue(ctx: ShapeContext, issue: IssueRecord): Record<string, unknown> {
  const url = `${repoApiUrl(ctx)}/issues/${issue.number}`;
  const webKind = issue.isPullRequest ? 'pull' : 'issues';
  const labels = issue.labels.map((name) => ctx.state.labels.find((label) => label.name === name));
  const assignees = issue.assignees.map((login) => toRestUser(ctx, login));
  const shape: Record<string, unknown> = {
    url,
    repository_url: repoApiUrl(ctx),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB_URL}/${repoPath(ctx)}/${webKind}/${issue.number}`,
    id: issue.id,
    node_id: issue.node_id,
    number: issue.number,
    title: issue.title,
    user: toRestUser(ctx, issue.user),
    labels: labels.filter((label) => label !== undefined).map((label) => toRestLabel(ctx, label)),
    state: issue.state,
    locked: issue.locked,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: ctx.state.issueComments.filter((comment) => comment.issue_number === issue.number).length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: authorAssociation(ctx, issue.user),
    type: null,
    active_lock_reason: null,
    body: issue.body,
    reactions: reactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.state_reason,
  };
  if (issue.isPullRequest) {
    const web = `${WEB_URL}/${repoPath(ctx)}/pull/${issue.number}`;
    shape.draft = false;
    shape.pull_request = {
      url: `${repoApiUrl(ctx)}/pulls/${issue.number}`,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: issue.pull?.merged_at ?? null,
    };
  }
  return shape;
}

export function toRestComment(ctx: ShapeContext, comment: IssueCommentRecord): Record<string, unknown> {
  const url = `${repoApiUrl(ctx)}/issues/comments/${comment.id}`;
  return {
    url,
    html_url: `${WEB_URL}/${repoPath(ctx)}/issues/${comment.issue_number}#issuecomment-${comment.id}`,
    issue_url: `${repoApiUrl(ctx)}/issues/${comment.issue_number}`,
    id: comment.id,
    node_id: comment.node_id,
    user: toRestUser(ctx, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: authorAssociation(ctx, comment.user),
    body: comment.body,
    reactions: reactions(url),
    performed_via_github_app: null,
  };
}

const REPO_URL_TEMPLATES: Readonly<Record<string, string>> = {
  forks_url: '/forks',
  keys_url: '/keys{/key_id}',
  collaborators_url: '/collaborators{/collaborator}',
  teams_url: '/teams',
  hooks_url: '/hooks',
  issue_events_url: '/issues/events{/number}',
  events_url: '/events',
  assignees_url: '/assignees{/user}',
  branches_url: '/branches{/branch}',
  tags_url: '/tags',
  blobs_url: '/git/blobs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  git_refs_url: '/git/refs{/sha}',
  trees_url: '/git/trees{/sha}',
  statuses_url: '/statuses/{sha}',
  languages_url: '/languages',
  stargazers_url: '/stargazers',
  contributors_url: '/contributors',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  commits_url: '/commits{/sha}',
  git_commits_url: '/git/commits{/sha}',
  comments_url: '/comments{/number}',
  issue_comment_url: '/issues/comments{/number}',
  contents_url: '/contents/{+path}',
  compare_url: '/compare/{base}...{head}',
  merges_url: '/merges',
  archive_url: '/{archive_format}{/ref}',
  downloads_url: '/downloads',
  issues_url: '/issues{/number}',
  pulls_url: '/pulls{/number}',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  labels_url: '/labels{/name}',
  releases_url: '/releases{/id}',
  deployments_url: '/deployments',
};

export function toRestRepository(ctx: ShapeContext): Record<string, unknown> {
  const { repo } = ctx.state;
  const api = repoApiUrl(ctx);
  const web = `${WEB_URL}/${repoPath(ctx)}`;
  const openIssues = ctx.state.issues.filter((issue) => issue.state === 'open').length;
  const urls = Object.fromEntries(
    Object.entries(REPO_URL_TEMPLATES).map(([key, suffix]) => [key, `${api}${suffix}`]),
  );
  return {
    id: repo.id,
    node_id: repo.node_id,
    name: repo.name,
    full_name: repoPath(ctx),
    private: repo.private,
    owner: toRestUser(ctx, repo.owner),
    html_url: web,
    description: null,
    fork: false,
    url: api,
    ...urls,
    git_url: `git://github.com/${repoPath(ctx)}.git`,
    ssh_url: `git@github.com:${repoPath(ctx)}.git`,
    clone_url: `${web}.git`,
    svn_url: web,
    mirror_url: null,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    subscribers_count: 0,
    network_count: 0,
    size: 0,
    default_branch: repo.default_branch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: repo.has_issues,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: repo.hasDiscussionsEnabled,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.updated_at,
    created_at: repo.created_at,
    updated_at: repo.updated_at,
    permissions: { ...repo.permissions },
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
}

function toRestRateLimit(bucket: RateLimitBucket): Record<string, number> {
  return { limit: bucket.limit, used: bucket.used, remaining: bucket.remaining, reset: bucket.reset };
}

export function toRestRateLimitOverview(state: StandInState): Record<string, unknown> {
  const { core, graphql } = state.rateLimits;
  const search = { limit: 30, used: 0, remaining: 30, reset: core.reset };
  return {
    resources: { core: toRestRateLimit(core), graphql: toRestRateLimit(graphql), search },
    rate: toRestRateLimit(core),
  };
}

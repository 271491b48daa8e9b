import type { GitHubClient } from './create-github-client.js';

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/** An issue as sync and remind see it: what GitHub holds now. */
export interface IssueSnapshot {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly stateReason: string | null;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly updatedAt: string;
  readonly url: string;
  /** Login of who opened it. */
  readonly creator: string;
  /** Login of who closed it; only a single issue's read (not a listing) says. */
  readonly closedBy?: string | null;
}

export interface IssueUpdate {
  readonly title?: string;
  readonly body?: string;
  readonly state?: 'open' | 'closed';
  readonly stateReason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened';
}

export interface CommentSnapshot {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

export type RestIssue = Awaited<ReturnType<GitHubClient['rest']['issues']['get']>>['data'];

export function toSnapshot(issue: RestIssue): IssueSnapshot {
  return {
    creator: issue.user?.login ?? '',
    ...(issue.closed_by !== undefined && { closedBy: issue.closed_by?.login ?? null }),
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    stateReason: issue.state_reason ?? null,
    labels: issue.labels
      .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
      .filter(Boolean),
    assignees: (issue.assignees ?? []).map((user) => user.login),
    updatedAt: issue.updated_at,
    url: issue.html_url,
  };
}

import type { GitHubClient } from './create-github-client.js';
import { isAlreadyExists, statusOf } from './github-errors.js';
import {
  type CommentSnapshot,
  type IssueSnapshot,
  type IssueUpdate,
  type RepoRef,
  type RestIssue,
  toSnapshot,
} from './issue-snapshot.js';

/** The REST calls Tandem makes on issues, labels and comments; narrow parameters, no program knowledge. */
export class IssuesApi {
  constructor(
    private readonly client: GitHubClient,
    private readonly ref: RepoRef,
  ) {}

  /** Every issue (never a pull request) carrying `label`, open or closed: one request per 100. */
  async listIssuesWithLabel(label: string): Promise<IssueSnapshot[]> {
    const issues = await this.client.paginate(this.client.rest.issues.listForRepo, {
      ...this.ref,
      labels: label,
      state: 'all',
      per_page: 100,
    });
    return issues.filter((issue) => !issue.pull_request).map((issue) => toSnapshot(issue as RestIssue));
  }

  /** Every issue `creator` opened, open or closed (never a pull request): one request per 100. */
  async listIssuesByCreator(creator: string): Promise<IssueSnapshot[]> {
    const issues = await this.client.paginate(this.client.rest.issues.listForRepo, {
      ...this.ref,
      creator,
      state: 'all',
      per_page: 100,
    });
    return issues.filter((issue) => !issue.pull_request).map((issue) => toSnapshot(issue as RestIssue));
  }

  /**
   * The addresses GitHub will give the next `count` issues if no one opens one first: after the newest
   * issue or pull request (they share the numbers). An empty repository asks for its own address.
   */
  async predictIssueAddresses(count: number): Promise<string[]> {
    const { data } = await this.client.rest.issues.listForRepo({
      ...this.ref,
      state: 'all',
      sort: 'created',
      direction: 'desc',
      per_page: 1,
    });
    const newest = data[0];
    const base = newest
      ? newest.html_url.replace(/\/(?:issues|pull)\/\d+$/, '')
      : (await this.client.rest.repos.get({ ...this.ref })).data.html_url;
    const next = (newest?.number ?? 0) + 1;
    return Array.from({ length: count }, (_, index) => `${base}/issues/${next + index}`);
  }

  /**
   * The token's login, or undefined when GitHub will not say: an Actions or App installation token
   * gets 403 on GET /user (its issues are by `github-actions[bot]` or the app's bot).
   */
  async viewerLogin(): Promise<string | undefined> {
    try {
      return (await this.client.rest.users.getAuthenticated()).data.login;
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 403 || status === 404) return undefined;
      throw error;
    }
  }

  /** Label names in lower case (GitHub compares them case-insensitively). */
  async listLabelNames(): Promise<Set<string>> {
    const labels = await this.client.paginate(this.client.rest.issues.listLabelsForRepo, {
      ...this.ref,
      per_page: 100,
    });
    return new Set(labels.map((label) => label.name.toLowerCase()));
  }

  /** Creates a label; one that another run created meanwhile is fine. */
  async createLabel(label: { name: string; color: string; description: string }): Promise<void> {
    try {
      await this.client.rest.issues.createLabel({ ...this.ref, ...label });
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }

  async createIssue(issue: {
    title: string;
    body: string;
    labels: readonly string[];
    assignees: readonly string[];
  }): Promise<IssueSnapshot> {
    const { data } = await this.client.rest.issues.create({
      ...this.ref,
      title: issue.title,
      body: issue.body,
      labels: [...issue.labels],
      assignees: [...issue.assignees],
      // A lost answer to a create must not become a second issue: the caller looks before it retries.
      request: { retries: 0 },
    });
    return toSnapshot(data);
  }

  async updateIssue(
    number: number,
    changes: {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      stateReason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened';
    },
  ): Promise<IssueSnapshot> {
    const { data } = await this.client.rest.issues.update({
      ...this.ref,
      issue_number: number,
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.body !== undefined && { body: changes.body }),
      ...(changes.state !== undefined && { state: changes.state }),
      ...(changes.stateReason !== undefined && { state_reason: changes.stateReason }),
    });
    return toSnapshot(data);
  }

  /**
   * Reads the issue and writes what `decide` makes of it, back to back (see fresh-read-plugin.ts), so
   * the write is based on the issue as it is now, not as it was when the run listed it. Nothing is
   * written when `decide` returns undefined; the answer is then the issue as read.
   */
  async updateFromFreshRead(
    number: number,
    decide: (fresh: IssueSnapshot) => IssueUpdate | undefined,
  ): Promise<IssueSnapshot> {
    const freshRead = (raw: unknown): Record<string, unknown> | undefined => {
      const update = decide(toSnapshot(raw as RestIssue));
      if (!update) return undefined;
      return {
        ...(update.title !== undefined && { title: update.title }),
        ...(update.body !== undefined && { body: update.body }),
        ...(update.state !== undefined && { state: update.state }),
        ...(update.stateReason !== undefined && { state_reason: update.stateReason }),
      };
    };
    const { data } = await this.client.rest.issues.update({
      ...this.ref,
      issue_number: number,
      request: { freshRead },
    });
    return toSnapshot(data);
  }

  /** The issue's labels after adding. */
  async addLabels(number: number, labels: readonly string[]): Promise<string[]> {
    const { data } = await this.client.rest.issues.addLabels({
      ...this.ref,
      issue_number: number,
      labels: [...labels],
    });
    return data.map((label) => label.name);
  }

  /** GitHub silently drops logins that cannot be assigned; the answer says who was. */
  async addAssignees(number: number, logins: readonly string[]): Promise<readonly string[]> {
    const { data } = await this.client.rest.issues.addAssignees({
      ...this.ref,
      issue_number: number,
      assignees: [...logins],
    });
    return (data.assignees ?? []).map((user) => user.login);
  }

  async isAssignable(login: string): Promise<boolean> {
    try {
      await this.client.rest.issues.checkUserCanBeAssigned({ ...this.ref, assignee: login });
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  async listComments(number: number): Promise<CommentSnapshot[]> {
    const comments = await this.client.paginate(this.client.rest.issues.listComments, {
      ...this.ref,
      issue_number: number,
      per_page: 100,
    });
    return comments.map((comment) => ({ id: comment.id, body: comment.body ?? '', url: comment.html_url }));
  }

  async createComment(number: number, body: string): Promise<CommentSnapshot> {
    const { data } = await this.client.rest.issues.createComment({
      ...this.ref,
      issue_number: number,
      body,
      request: { retries: 0 },
    });
    return { id: data.id, body: data.body ?? '', url: data.html_url };
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.client.rest.issues.updateComment({ ...this.ref, comment_id: id, body });
  }

  /** Deletes a comment; one that another run deleted meanwhile is fine. */
  async deleteComment(id: number): Promise<void> {
    try {
      await this.client.rest.issues.deleteComment({ ...this.ref, comment_id: id });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
}

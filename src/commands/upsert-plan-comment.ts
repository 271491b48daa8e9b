import { PLAN_COMMENT_MARKER } from '../core/issue-body/markers.js';
import type { IssuesApi } from '../github/issues-api.js';

/** One comment per pull request carries the plan; later runs edit it instead of adding another. */
export async function upsertPlanComment(
  api: IssuesApi,
  pullRequest: number,
  markdown: string,
): Promise<{ url: string; isNew: boolean }> {
  const body = `${PLAN_COMMENT_MARKER}\n## Tandem: what merging this pull request will do\n\n${markdown}`;
  const comments = await api.listComments(pullRequest);
  const existing = comments.find((comment) => comment.body.startsWith(PLAN_COMMENT_MARKER));
  if (!existing) {
    const created = await api.createComment(pullRequest, body);
    return { url: created.url, isNew: true };
  }
  if (existing.body !== body) await api.updateComment(existing.id, body);
  return { url: existing.url, isNew: false };
}

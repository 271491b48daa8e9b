import type { IssuesApi } from '../github/issues-api.js';

/**
 * Two runs at once (a workflow without a concurrency group, a manual run beside the schedule) can
 * both post the comment that carries `marker`. After posting, look once: the earliest comment with
 * the marker stays and later ones are deleted, so whichever run sees the duplicate removes it and
 * both runs agree on which one stays. Returns the comment that stays.
 */
export async function keepFirstComment(
  api: IssuesApi,
  issueNumber: number,
  marker: string,
): Promise<{ readonly id: number; readonly url: string } | undefined> {
  const carrying = (await api.listComments(issueNumber))
    .filter((comment) => comment.body.includes(marker))
    .sort((a, b) => a.id - b.id);
  for (const duplicate of carrying.slice(1)) await api.deleteComment(duplicate.id);
  return carrying[0];
}

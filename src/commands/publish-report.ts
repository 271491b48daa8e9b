import { discussionMarker, reportMarker } from '../core/markers.js';
import type { Program } from '../core/program.js';
import { escapePlainTitle } from '../core/render/escape-markdown.js';
import { renderDiscussionBody } from '../core/render/render-report.js';
import type {
  DiscussionCategory,
  DiscussionComment,
  DiscussionPage,
  DiscussionsApi,
  DiscussionThread,
} from '../github/discussions-api.js';
import type { RepositoryFacts } from '../github/read-program-issues.js';
import { findCategory } from '../github/read-program-issues.js';

/** The report cannot go where the program says; the message says how to fix it. */
export class ReportTargetError extends Error {
  override readonly name = 'ReportTargetError';
}

export interface PublishReportInput {
  readonly api: DiscussionsApi;
  readonly repository: RepositoryFacts;
  readonly repoName: string;
  readonly program: Pick<Program, 'id' | 'file' | 'title' | 'language'>;
  readonly discussion: { readonly category: string; readonly title: string };
  readonly period: string;
  readonly body: string;
  /** The category's first page of discussions, when it came with the issues. */
  readonly firstPage?: DiscussionPage;
}

export interface PublishReportResult {
  readonly action: 'added' | 'updated' | 'unchanged';
  readonly isNewDiscussion: boolean;
  readonly discussionUrl: string;
  readonly commentUrl: string;
}

/** The category the report goes to, or a ReportTargetError that lists the categories there are. */
export function resolveReportCategory(
  input: Pick<PublishReportInput, 'repository' | 'repoName' | 'program' | 'discussion'>,
): DiscussionCategory {
  const { repository, repoName, program, discussion } = input;
  if (!repository.hasDiscussionsEnabled) {
    throw new ReportTargetError(
      `Discussions are disabled in ${repoName}, so the report of "${program.id}" cannot be posted: enable them ` +
        `(Settings → General → Features → Discussions) and create the category "${discussion.category}", or remove ` +
        `report.discussion from ${program.file} to keep the report in the job summary only.`,
    );
  }
  const category = findCategory(repository, discussion.category);
  if (!category) {
    const names = repository.categories.map((candidate) => `"${candidate.name}"`).join(', ') || 'none';
    throw new ReportTargetError(
      `The discussion category "${discussion.category}" (report.discussion.category in ${program.file}) does not ` +
        `exist in ${repoName}. Categories there: ${names}. Create it on the repository's Discussions page ` +
        '(GitHub has no API for that) or name one of these.',
    );
  }
  return category;
}

/**
 * Posts the period's report on the program's discussion: the thread is found by its hidden marker
 * (created when missing), and the period's comment by the report marker, edited when it exists.
 */
export async function publishReport(input: PublishReportInput): Promise<PublishReportResult> {
  const { api, program, period, body } = input;
  const category = resolveReportCategory(input);
  let thread = await findThread(api, category.id, discussionMarker(program.id), input.firstPage);
  const isNewDiscussion = thread === undefined;
  if (!thread) {
    const created = await api.createDiscussion({
      repositoryId: input.repository.id,
      categoryId: category.id,
      title: escapePlainTitle(input.discussion.title),
      body: renderDiscussionBody(program),
    });
    thread = { ...created, body: '', comments: [] };
  }
  const existing = await findPeriodComment(api, thread, program.id, period);
  if (existing && existing.body === body) {
    return { action: 'unchanged', isNewDiscussion, discussionUrl: thread.url, commentUrl: existing.url };
  }
  const comment = existing
    ? await api.updateComment(existing.id, body)
    : await api.addComment(thread.id, body);
  return {
    action: existing ? 'updated' : 'added',
    isNewDiscussion,
    discussionUrl: thread.url,
    commentUrl: comment.url,
  };
}

async function findThread(
  api: DiscussionsApi,
  categoryId: string,
  marker: string,
  firstPage: DiscussionPage | undefined,
): Promise<DiscussionThread | undefined> {
  let page = firstPage ?? (await api.listDiscussions(categoryId));
  for (;;) {
    const found = page.discussions.find((discussion) => discussion.body.includes(marker));
    if (found || !page.nextCursor) return found;
    page = await api.listDiscussions(categoryId, page.nextCursor);
  }
}

/**
 * Newest first: the period's comment, or nothing once an earlier report of the program turns up (reports
 * come in period order, so the period's comment cannot be older than another period's).
 */
async function findPeriodComment(
  api: DiscussionsApi,
  thread: DiscussionThread,
  programId: string,
  period: string,
): Promise<DiscussionComment | undefined> {
  const wanted = reportMarker(programId, period);
  const anyPeriod = wanted.slice(0, wanted.indexOf('period='));
  let comments = thread.comments;
  let cursor = thread.earlierCommentsCursor;
  for (;;) {
    for (const comment of [...comments].reverse()) {
      if (comment.body.includes(wanted)) return comment;
      if (comment.body.includes(anyPeriod)) return undefined;
    }
    if (!cursor) return undefined;
    ({ comments, earlierCommentsCursor: cursor } = await api.listEarlierComments(thread.id, cursor));
  }
}

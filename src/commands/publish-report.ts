import { discussionMarker, reportMarker } from '../core/issue-body/markers.js';
import { escapePlainTitle } from '../core/markdown/escape-markdown.js';
import type { Program } from '../core/program/program.js';
import { renderDiscussionBody } from '../core/report/render-report.js';
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
 * Posts the period's report on the program's discussion: the thread is found by its hidden marker,
 * in the configured category first and then in any (a moderator may have moved it), and created when
 * missing; the period's comment is found by the report marker and edited when it exists. Two runs at
 * once converge: of two threads the lowest number stays, of two comments for one period the earliest.
 */
export async function publishReport(input: PublishReportInput): Promise<PublishReportResult> {
  const { api, program, period, body } = input;
  const category = resolveReportCategory(input);
  const marker = discussionMarker(program.id);
  let thread =
    lowestNumber(await findThreads(api, marker, category.id, input.firstPage)) ??
    lowestNumber(await findThreads(api, marker, undefined));
  const isNewDiscussion = thread === undefined;
  if (!thread) {
    const created = await api.createDiscussion({
      repositoryId: input.repository.id,
      categoryId: category.id,
      title: escapePlainTitle(input.discussion.title),
      body: renderDiscussionBody(program),
    });
    thread = await settleThread(api, marker, { ...created, body: '', comments: [] });
  }
  const existing = await findPeriodComment(api, thread, program.id, period);
  if (existing && existing.body === body) {
    return { action: 'unchanged', isNewDiscussion, discussionUrl: thread.url, commentUrl: existing.url };
  }
  const comment = existing
    ? await api.updateComment(existing.id, body)
    : await keepFirstPeriodComment(
        api,
        thread,
        reportMarker(program.id, period),
        await api.addComment(thread.id, body),
      );
  return {
    action: existing ? 'updated' : 'added',
    isNewDiscussion,
    discussionUrl: thread.url,
    commentUrl: comment.url,
  };
}

/** Every thread with the marker, in the category or (categoryId undefined) in any. */
async function findThreads(
  api: DiscussionsApi,
  marker: string,
  categoryId: string | undefined,
  firstPage?: DiscussionPage,
): Promise<DiscussionThread[]> {
  const found: DiscussionThread[] = [];
  let page = firstPage ?? (await api.listDiscussions(categoryId));
  for (;;) {
    found.push(...page.discussions.filter((discussion) => discussion.body.includes(marker)));
    if (!page.nextCursor) return found;
    page = await api.listDiscussions(categoryId, page.nextCursor);
  }
}

const lowestNumber = (threads: readonly DiscussionThread[]): DiscussionThread | undefined =>
  [...threads].sort((a, b) => a.number - b.number)[0];

/**
 * Another run may have created the thread at the same moment: look once more, in every category,
 * and when a thread with a lower number exists, delete the one just created and use that one.
 */
async function settleThread(
  api: DiscussionsApi,
  marker: string,
  created: DiscussionThread,
): Promise<DiscussionThread> {
  const lowest = lowestNumber(await findThreads(api, marker, undefined));
  if (!lowest || lowest.number >= created.number) return created;
  await api.deleteDiscussion(created.id);
  return lowest;
}

/** After adding the period's comment: the earliest comment with its marker stays, later ones go. */
async function keepFirstPeriodComment(
  api: DiscussionsApi,
  thread: DiscussionThread,
  marker: string,
  added: { readonly id: string; readonly url: string },
): Promise<{ readonly url: string }> {
  const carrying = (await api.listLatestComments(thread.id)).filter((comment) =>
    comment.body.includes(marker),
  );
  for (const duplicate of carrying.slice(1)) await api.deleteComment(duplicate.id);
  return carrying[0] ?? added;
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

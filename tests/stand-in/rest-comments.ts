/** REST issue-comment routes. */
import {
  bodyTooLong,
  MAX_BODY_LENGTH,
  notFound,
  ok,
  paginate,
  queryParam,
  type RestCall,
  type RestHandler,
  validationFailed,
} from './rest-call.js';
import { toRestComment } from './rest-shapes.js';
import { addIssueComment } from './seed.js';
import { findIssue, type IssueCommentRecord, stampWrite } from './state.js';

function commentFrom(call: RestCall): IssueCommentRecord | undefined {
  const id = Number(call.params.comment_id);
  return call.ctx.state.issueComments.find((comment) => comment.id === id);
}

function since(call: RestCall): (comment: IssueCommentRecord) => boolean {
  const value = queryParam(call, 'since');
  return (comment) => !value || Date.parse(comment.updated_at) >= Date.parse(value);
}

function answerList(call: RestCall, comments: readonly IssueCommentRecord[]) {
  const { page, headers } = paginate(call, comments);
  return ok(
    page.map((comment) => toRestComment(call.ctx, comment)),
    200,
    headers,
  );
}

function bodyText(call: RestCall): string | undefined {
  const body = (call.body as { body?: unknown } | undefined)?.body;
  return typeof body === 'string' ? body : undefined;
}

const listComments: RestHandler = (call) => {
  const number = Number(call.params.issue_number);
  if (!findIssue(call.ctx.state, number)) return notFound(call);
  const comments = call.ctx.state.issueComments.filter((c) => c.issue_number === number).filter(since(call));
  return answerList(call, comments);
};

const listCommentsForRepo: RestHandler = (call) => {
  const sort = queryParam(call, 'sort');
  const sign = queryParam(call, 'direction') === 'desc' ? -1 : 1;
  const key = (comment: IssueCommentRecord): number =>
    sort === 'updated' ? Date.parse(comment.updated_at) : comment.id;
  const comments = call.ctx.state.issueComments
    .filter(since(call))
    .sort((a, b) => (sort ? sign * (key(a) - key(b)) : 0) || a.id - b.id);
  return answerList(call, comments);
};

const createComment: RestHandler = (call) => {
  const issue = findIssue(call.ctx.state, Number(call.params.issue_number));
  if (!issue) return notFound(call);
  const body = bodyText(call) ?? '';
  if (!body.trim())
    return validationFailed(call, [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  if (body.length > MAX_BODY_LENGTH) return bodyTooLong(call, 'IssueComment');
  const comment = addIssueComment(call.ctx.state, issue, { body });
  return ok(toRestComment(call.ctx, comment), 201, {
    location: toRestComment(call.ctx, comment).url as string,
  });
};

const getComment: RestHandler = (call) => {
  const comment = commentFrom(call);
  return comment ? ok(toRestComment(call.ctx, comment)) : notFound(call);
};

const updateComment: RestHandler = (call) => {
  const comment = commentFrom(call);
  if (!comment) return notFound(call);
  const body = bodyText(call) ?? '';
  if (body.length > MAX_BODY_LENGTH) return bodyTooLong(call, 'IssueComment');
  if (body !== comment.body) {
    comment.body = body;
    comment.updated_at = stampWrite(call.ctx.state);
  }
  return ok(toRestComment(call.ctx, comment));
};

const deleteComment: RestHandler = (call) => {
  const comment = commentFrom(call);
  if (!comment) return notFound(call);
  const { state } = call.ctx;
  state.issueComments = state.issueComments.filter((candidate) => candidate !== comment);
  return { status: 204 };
};

export const commentRoutes: Readonly<Record<string, RestHandler>> = {
  'issues/list-comments': listComments,
  'issues/list-comments-for-repo': listCommentsForRepo,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
};

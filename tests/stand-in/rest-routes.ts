/** The REST operations the stand-in answers, by GitHub's operationId. */

import { githubError, ok, type RestHandler } from './rest-call.js';
import { commentRoutes } from './rest-comments.js';
import { contentRoutes } from './rest-contents.js';
import { gitRoutes } from './rest-git.js';
import { issueRoutes } from './rest-issues.js';
import { labelRoutes } from './rest-labels.js';
import { pullRoutes } from './rest-pulls.js';
import { toRestRateLimitOverview, toRestRepository, toRestUser } from './rest-shapes.js';

export const restRoutes: Readonly<Record<string, RestHandler>> = {
  'repos/get': (call) => ok(toRestRepository(call.ctx)),
  'rate-limit/get': (call) => ok(toRestRateLimitOverview(call.ctx.state)),
  // An Actions or App installation token may not ask who it is; a person's token may.
  'users/get-authenticated': (call) =>
    call.ctx.state.viewer.endsWith('[bot]')
      ? githubError(403, 'Resource not accessible by integration', call.docsUrl)
      : ok(toRestUser(call.ctx, call.ctx.state.viewer)),
  ...issueRoutes,
  ...commentRoutes,
  ...labelRoutes,
  ...gitRoutes,
  ...contentRoutes,
  ...pullRoutes,
};

/** Operations that create content, which GitHub's secondary limit on content creation counts. */
export const CONTENT_CREATING_OPERATIONS: ReadonlySet<string> = new Set([
  'issues/create',
  'issues/create-comment',
  'pulls/create',
  'createDiscussion',
  'addDiscussionComment',
]);

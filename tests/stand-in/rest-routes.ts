/** The REST operations the stand-in answers, by GitHub's operationId. */

import { ok, type RestHandler } from './rest-call.js';
import { commentRoutes } from './rest-comments.js';
import { issueRoutes } from './rest-issues.js';
import { labelRoutes } from './rest-labels.js';
import { toRestRateLimitOverview, toRestRepository } from './rest-shapes.js';

export const restRoutes: Readonly<Record<string, RestHandler>> = {
  'repos/get': (call) => ok(toRestRepository(call.ctx)),
  'rate-limit/get': (call) => ok(toRestRateLimitOverview(call.ctx.state)),
  ...issueRoutes,
  ...commentRoutes,
  ...labelRoutes,
};

/** Operations that create content, which GitHub's secondary limit on content creation counts. */
export const CONTENT_CREATING_OPERATIONS: ReadonlySet<string> = new Set([
  'issues/create',
  'issues/create-comment',
  'createDiscussion',
  'addDiscussionComment',
]);

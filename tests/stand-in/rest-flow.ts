/** One REST request: contract check, gate, route, (optionally) response check. */
import { type GateRequest, type Outcome, passGate, recordViolation, type ServerContext } from './gate.js';
import { checkRequest, checkResponse } from './openapi-check.js';
import { githubError, type RestAnswer } from './rest-call.js';
import { CONTENT_CREATING_OPERATIONS, restRoutes } from './rest-routes.js';
import type { RequestLogEntry } from './types.js';

export interface RestRequest {
  readonly entry: RequestLogEntry;
  readonly url: URL;
  readonly body: unknown;
  readonly token: string | undefined;
}

const API_DOCS = 'https://docs.github.com/rest';

export async function handleRest(ctx: ServerContext, request: RestRequest): Promise<Outcome> {
  const { entry, url } = request;
  const check = checkRequest({
    method: entry.method,
    path: url.pathname,
    query: url.searchParams,
    body: request.body,
  });
  entry.operation = check.entry?.operation.operationId ?? null;
  const docsUrl = check.entry?.operation.externalDocs?.url ?? API_DOCS;
  if (!check.ok) {
    for (const problem of check.problems) recordViolation(ctx, entry, problem.kind, problem.message);
    const message = check.problems.map((problem) => problem.message).join('\n');
    const answer =
      check.status === 404
        ? githubError(404, 'Not Found', API_DOCS, { detail: message })
        : githubError(check.status, `Invalid request.\n\n${message}`, docsUrl);
    return answer;
  }
  const operationId = check.entry.operation.operationId;
  const gateRequest: GateRequest = {
    kind: 'rest',
    entry,
    token: request.token,
    isContentCreating: CONTENT_CREATING_OPERATIONS.has(operationId),
    cost: operationId === 'rate-limit/get' ? 0 : 1,
    docsUrl,
  };
  const gate = await passGate(ctx, gateRequest);
  if (!('passed' in gate)) return gate;
  const params = check.pathParams;
  const handler = restRoutes[operationId];
  let answer: RestAnswer;
  if (!handler) {
    const message = `the stand-in does not implement ${operationId} (${entry.method} ${check.entry.template})`;
    recordViolation(ctx, entry, 'rest-unimplemented', message);
    answer = githubError(404, 'Not Found', docsUrl, { detail: message });
  } else if (!isOurRepository(ctx, params)) {
    answer = githubError(404, 'Not Found', docsUrl);
  } else {
    answer = handler({
      ctx: { state: ctx.state, apiUrl: ctx.baseUrl() },
      method: entry.method,
      url,
      params,
      body: request.body,
      docsUrl,
    });
  }
  if (ctx.checkResponses && handler && answer.body !== undefined) {
    const problem = checkResponse(check.entry, answer.status, answer.body);
    if (problem) recordViolation(ctx, entry, 'rest-response', problem);
  }
  return { ...answer, headers: { ...gate.rateHeaders, ...answer.headers }, drop: gate.dropAfter };
}

function isOurRepository(ctx: ServerContext, params: Readonly<Record<string, string>>): boolean {
  if (params.owner === undefined || params.repo === undefined) return true;
  const { repo } = ctx.state;
  return (
    params.owner.toLowerCase() === repo.owner.toLowerCase() &&
    params.repo.toLowerCase() === repo.name.toLowerCase()
  );
}

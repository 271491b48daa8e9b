/** One GraphQL request (POST /graphql): parse and validate against GitHub's schema, gate, execute. */
import { OperationTypeNode } from 'graphql';
import { type Outcome, passGate, recordViolation, type ServerContext } from './gate.js';
import { checkDocument, githubSchema, rootFieldNames } from './graphql-document.js';
import { executeDocument } from './graphql-execute.js';
import { CONTENT_CREATING_OPERATIONS } from './rest-routes.js';
import type { RequestLogEntry } from './types.js';

export interface GraphQLRequest {
  readonly entry: RequestLogEntry;
  readonly body: unknown;
  readonly token: string | undefined;
}

const GRAPHQL_DOCS = 'https://docs.github.com/graphql';

interface Payload {
  readonly query?: unknown;
  readonly variables?: unknown;
  readonly operationName?: unknown;
}

export async function handleGraphQL(ctx: ServerContext, request: GraphQLRequest): Promise<Outcome> {
  const { entry } = request;
  entry.isWrite = false;
  if (entry.method !== 'POST') {
    recordViolation(ctx, entry, 'graphql-request', `GraphQL requests must be POST, got ${entry.method}`);
    return { status: 404, body: { message: 'Not Found', documentation_url: GRAPHQL_DOCS } };
  }
  const payload = (request.body ?? {}) as Payload;
  if (typeof payload.query !== 'string') {
    const message = 'A query attribute must be specified and must be a string.';
    recordViolation(ctx, entry, 'graphql-request', message);
    return { status: 400, body: { message, documentation_url: GRAPHQL_DOCS } };
  }
  const variables =
    typeof payload.variables === 'object' && payload.variables !== null
      ? (payload.variables as Record<string, unknown>)
      : undefined;
  const operationName = typeof payload.operationName === 'string' ? payload.operationName : undefined;
  const schema = await githubSchema();
  const checked = checkDocument(schema, payload.query, operationName);
  if (!checked.ok) {
    entry.operation = checked.operationName ?? null;
    for (const error of checked.errors) recordViolation(ctx, entry, 'graphql-validation', error.message);
    return { status: 200, body: { errors: checked.errors } };
  }
  const isMutation = checked.operation?.operation === OperationTypeNode.MUTATION;
  const rootFields = rootFieldNames(checked.operation);
  entry.operation = checked.operation?.name?.value ?? rootFields[0] ?? null;
  entry.graphqlType = isMutation ? 'mutation' : 'query';
  entry.isWrite = isMutation;
  const gate = await passGate(ctx, {
    kind: 'graphql',
    entry,
    token: request.token,
    isContentCreating: isMutation && rootFields.some((field) => CONTENT_CREATING_OPERATIONS.has(field)),
    cost: 1,
    docsUrl: GRAPHQL_DOCS,
  });
  if (!('passed' in gate)) return gate;
  const outcome = await executeDocument(schema, checked.document, { variables, operationName }, isMutation, {
    state: ctx.state,
    isReadOnly: gate.isReadOnly,
    cost: 1,
  });
  for (const problem of outcome.problems) recordViolation(ctx, entry, problem.kind, problem.message);
  return { status: 200, body: outcome.body, headers: gate.rateHeaders, drop: gate.dropAfter };
}

/**
 * Runs a validated document against the stand-in's objects. The field resolver enforces GitHub's
 * connection limits and reports fields the stand-in does not serve; errors come back in GitHub's
 * shape (`type` next to `message`), each classified as a contract violation or an expected answer.
 */
import {
  type DocumentNode,
  execute,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNamedType,
} from 'graphql';
import { checkPaginationArgs, GitHubGraphQLError, LIMIT_ERROR_TYPES } from './graphql-connection.js';
import type { GitHubErrorJson } from './graphql-document.js';
import { mutationRoot, queryRoot, type ResolverContext } from './graphql-resolvers.js';
import type { ViolationKind } from './types.js';

export interface ExecutionProblem {
  readonly kind: ViolationKind;
  readonly message: string;
}

export interface ExecutionOutcome {
  readonly body: { readonly data?: unknown; readonly errors?: readonly GitHubErrorJson[] };
  readonly problems: readonly ExecutionProblem[];
}

interface FieldContext extends ResolverContext {
  readonly unimplemented: Set<string>;
}

const resolveField: GraphQLFieldResolver<unknown, FieldContext> = (source, args, context, info) => {
  const field = info.parentType.getFields()[info.fieldName];
  const isConnection =
    getNamedType(info.returnType).name.endsWith('Connection') &&
    field?.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  if (isConnection) checkPaginationArgs(info.fieldName, args);
  const value = (source as Record<string, unknown>)[info.fieldName];
  if (value === undefined) {
    context.unimplemented.add(`${info.parentType.name}.${info.fieldName}`);
    return null;
  }
  return typeof value === 'function' ? value(args, context, info) : value;
};

export async function executeDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: {
    readonly variables: Record<string, unknown> | undefined;
    readonly operationName: string | undefined;
  },
  isMutation: boolean,
  resolverContext: ResolverContext,
): Promise<ExecutionOutcome> {
  const context: FieldContext = { ...resolverContext, unimplemented: new Set() };
  const result = await execute({
    schema,
    document,
    rootValue: isMutation ? mutationRoot(context) : queryRoot(context),
    contextValue: context,
    variableValues: request.variables,
    operationName: request.operationName,
    fieldResolver: resolveField,
  });
  const problems: ExecutionProblem[] = [...context.unimplemented].map((field) => ({
    kind: 'graphql-unimplemented',
    message: `the stand-in does not serve ${field}`,
  }));
  const errors = (result.errors ?? []).map((error) => {
    const problem = classify(error);
    if (problem) problems.push(problem);
    return toJson(error);
  });
  const body = errors.length ? { data: result.data ?? null, errors } : { data: result.data };
  return { body, problems };
}

function classify(error: GraphQLError): ExecutionProblem | undefined {
  const original = error.originalError;
  if (original instanceof GitHubGraphQLError) {
    return LIMIT_ERROR_TYPES.has(original.type)
      ? { kind: 'graphql-pagination', message: error.message }
      : undefined;
  }
  // Errors without a path are request errors: variables that do not fit their declared types.
  if (!error.path) return { kind: 'graphql-validation', message: error.message };
  return { kind: 'graphql-execution', message: `${error.path.join('.')}: ${error.message}` };
}

function toJson(error: GraphQLError): GitHubErrorJson {
  const original = error.originalError;
  const json = error.toJSON();
  return {
    ...(original instanceof GitHubGraphQLError ? { type: original.type } : {}),
    ...(json.path ? { path: json.path } : {}),
    ...(json.locations ? { locations: json.locations } : {}),
    message: json.message,
  };
}

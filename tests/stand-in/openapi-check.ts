/**
 * Holds every REST request to GitHub's published contract: the method and path must be an operation
 * of api.github.com, path and query parameters must be declared and of the declared type, and a JSON
 * body must match the operation's request schema. Responses can be checked the same way (self-tests).
 */
import type { ErrorObject } from 'ajv';
import { describeErrors, SchemaCompiler } from './openapi-schema.js';
import { matchPath, type OpenApiSchema, type OperationEntry, openApiDocument } from './openapi-spec.js';
import type { ViolationKind } from './types.js';

export interface RestRequestShape {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** Parsed JSON body; undefined when the request had none. */
  readonly body: unknown;
}

export interface ContractProblem {
  readonly kind: ViolationKind;
  readonly message: string;
}

export type RequestCheck =
  | {
      readonly ok: true;
      readonly entry: OperationEntry;
      readonly pathParams: Readonly<Record<string, string>>;
    }
  | {
      readonly ok: false;
      /** 404 for an unknown route, 400 for parameters, 422 for a body. */
      readonly status: 404 | 400 | 422;
      readonly entry: OperationEntry | undefined;
      readonly problems: readonly ContractProblem[];
    };

const compiler = new SchemaCompiler(openApiDocument);

export function checkRequest(request: RestRequestShape): RequestCheck {
  const match = matchPath(request.path);
  const entry = match?.methods.get(request.method);
  if (!match || !entry) {
    const known = match ? ` (the path ${match.template} has ${[...match.methods.keys()].join(', ')})` : '';
    const message = `${request.method} ${request.path} is not an operation of GitHub's REST API${known}`;
    return { ok: false, status: 404, entry: undefined, problems: [{ kind: 'rest-route', message }] };
  }
  const problems = [
    ...checkParameters(entry, 'path', new Map(Object.entries(match.pathParams))),
    ...checkParameters(entry, 'query', collectQuery(request.query)),
  ];
  if (problems.length) return { ok: false, status: 400, entry, problems };
  const bodyProblems = checkBody(entry, request.body);
  if (bodyProblems.length) return { ok: false, status: 422, entry, problems: bodyProblems };
  return { ok: true, entry, pathParams: match.pathParams };
}

function collectQuery(query: URLSearchParams): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of query) values.set(name, value);
  return values;
}

function checkParameters(
  entry: OperationEntry,
  location: 'path' | 'query',
  values: ReadonlyMap<string, string>,
): ContractProblem[] {
  const kind: ViolationKind = location === 'path' ? 'rest-path-param' : 'rest-query';
  const declared = entry.parameters.filter((parameter) => parameter.in === location);
  const problems: ContractProblem[] = [];
  for (const [name, raw] of values) {
    const parameter = declared.find((candidate) => candidate.name === name);
    if (!parameter) {
      const names = declared.map((candidate) => candidate.name).join(', ') || 'none';
      problems.push({
        kind,
        message: `${entry.operation.operationId}: unknown ${location} parameter "${name}" (declared: ${names})`,
      });
      continue;
    }
    const schema = parameter.schema ?? {};
    const validate = compiler.validator(
      `${entry.method} ${entry.template} ${location}:${name}`,
      () => schema,
    );
    if (!validate(coerceParameter(raw, schema))) {
      const detail = describeErrors(validate.errors as ErrorObject[], `${location} parameter ${name}`);
      problems.push({ kind, message: `${entry.operation.operationId}: ${detail} (got "${raw}")` });
    }
  }
  for (const parameter of declared) {
    if (parameter.required && !values.has(parameter.name)) {
      problems.push({
        kind,
        message: `${entry.operation.operationId}: missing required ${location} parameter "${parameter.name}"`,
      });
    }
  }
  return problems;
}

/** Query and path values are text; give the validator the typed value the schema describes. */
function coerceParameter(raw: string, schema: OpenApiSchema): unknown {
  switch (schema.type) {
    case 'integer':
      return /^-?\d+$/.test(raw) ? Number(raw) : raw;
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'array': {
      const items = (schema.items ?? {}) as OpenApiSchema;
      return raw.split(',').map((item) => coerceParameter(item, items));
    }
    default:
      return raw;
  }
}

function checkBody(entry: OperationEntry, body: unknown): ContractProblem[] {
  const { requestBody, operationId } = entry.operation;
  if (body === undefined) {
    return requestBody?.required
      ? [{ kind: 'rest-body', message: `${operationId}: a JSON request body is required` }]
      : [];
  }
  const schema = requestBody?.content['application/json']?.schema;
  if (!schema) {
    const isEmptyObject = typeof body === 'object' && body !== null && Object.keys(body).length === 0;
    return isEmptyObject ? [] : [{ kind: 'rest-body', message: `${operationId} takes no JSON request body` }];
  }
  const validate = compiler.validator(`${entry.method} ${entry.template} body`, () => schema);
  if (validate(body)) return [];
  return [
    {
      kind: 'rest-body',
      message: `${operationId}: ${describeErrors(validate.errors as ErrorObject[], 'body')}`,
    },
  ];
}

/** Checks a JSON answer against the operation's response schema for that status (self-tests). */
export function checkResponse(entry: OperationEntry, status: number, body: unknown): string | undefined {
  const response = resolveResponse(entry.operation.responses[String(status)]);
  const schema = response?.content?.['application/json']?.schema;
  if (!response) return `${entry.operation.operationId}: status ${status} is not a documented response`;
  if (!schema) return undefined;
  const validate = compiler.validator(`${entry.method} ${entry.template} response ${status}`, () => schema);
  if (validate(body)) return undefined;
  return `${entry.operation.operationId} ${status}: ${describeErrors(validate.errors as ErrorObject[], 'response')}`;
}

interface OpenApiResponse {
  readonly content?: Readonly<Record<string, { readonly schema?: OpenApiSchema }>>;
}

function resolveResponse(response: unknown): OpenApiResponse | undefined {
  if (typeof response !== 'object' || response === null) return undefined;
  const ref = (response as { $ref?: unknown }).$ref;
  if (typeof ref !== 'string') return response as OpenApiResponse;
  const name = ref.split('/').at(-1)!;
  return openApiDocument().components.responses?.[name] as OpenApiResponse | undefined;
}

export type { OperationEntry };

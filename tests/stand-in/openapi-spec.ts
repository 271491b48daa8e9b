/**
 * GitHub's REST description (`@octokit/openapi`, api.github.com), read once per process on first use,
 * with its paths indexed into segment matchers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface OpenApiSchema {
  readonly [keyword: string]: unknown;
}

export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: OpenApiSchema;
}

interface Reference {
  readonly $ref: string;
}

export interface OpenApiOperation {
  readonly operationId: string;
  readonly parameters?: readonly (OpenApiParameter | Reference)[];
  readonly requestBody?: {
    readonly required?: boolean;
    readonly content: Readonly<Record<string, { readonly schema?: OpenApiSchema }>>;
  };
  readonly responses: Readonly<Record<string, unknown>>;
  readonly externalDocs?: { readonly url: string };
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** One method of one path template, with its parameters resolved and merged (path level + operation). */
export interface OperationEntry {
  readonly method: string;
  readonly template: string;
  readonly operation: OpenApiOperation;
  readonly parameters: readonly OpenApiParameter[];
}

interface PathMatcher {
  readonly template: string;
  /** A literal segment, or `null` for a `{param}` segment. */
  readonly segments: readonly (string | null)[];
  readonly paramNames: readonly string[];
  readonly literalCount: number;
  readonly methods: ReadonlyMap<string, OperationEntry>;
}

export interface PathMatch {
  readonly template: string;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly methods: ReadonlyMap<string, OperationEntry>;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let loaded: { document: OpenApiDocument; matchers: readonly PathMatcher[] } | undefined;

function load(): { document: OpenApiDocument; matchers: readonly PathMatcher[] } {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  const matchers = Object.entries(document.paths).map(([template, item]) =>
    indexPath(document, template, item),
  );
  // Literal segments win over parameters: `/issues/comments` before `/issues/{issue_number}`.
  matchers.sort((a, b) => b.literalCount - a.literalCount);
  loaded = { document, matchers };
  return loaded;
}

export function openApiDocument(): OpenApiDocument {
  return load().document;
}

function indexPath(
  document: OpenApiDocument,
  template: string,
  item: Readonly<Record<string, unknown>>,
): PathMatcher {
  const segments = template
    .split('/')
    .slice(1)
    .map((segment) => (/^\{[^}]+\}$/.test(segment) ? null : segment));
  const paramNames = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const shared = (item.parameters ?? []) as readonly (OpenApiParameter | Reference)[];
  const methods = new Map<string, OperationEntry>();
  for (const method of HTTP_METHODS) {
    const operation = item[method] as OpenApiOperation | undefined;
    if (!operation) continue;
    const own = (operation.parameters ?? []).map((parameter) => resolveParameter(document, parameter));
    const inherited = shared
      .map((parameter) => resolveParameter(document, parameter))
      .filter((parameter) => !own.some((o) => o.name === parameter.name && o.in === parameter.in));
    methods.set(method.toUpperCase(), {
      method: method.toUpperCase(),
      template,
      operation,
      parameters: [...inherited, ...own],
    });
  }
  return { template, segments, paramNames, literalCount: segments.filter((s) => s !== null).length, methods };
}

function resolveParameter(
  document: OpenApiDocument,
  parameter: OpenApiParameter | Reference,
): OpenApiParameter {
  return '$ref' in parameter ? (resolveRef(document, parameter.$ref) as OpenApiParameter) : parameter;
}

/** Resolves a local reference such as `#/components/schemas/issue`. */
export function resolveRef(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`stand-in: unsupported OpenAPI reference ${ref}`);
  let node: unknown = document;
  for (const part of ref.slice(2).split('/')) {
    node = (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    if (node === undefined) throw new Error(`stand-in: dangling OpenAPI reference ${ref}`);
  }
  return node;
}

/** The path template a request path belongs to (segments are percent-decoded), or undefined. */
export function matchPath(path: string): PathMatch | undefined {
  const raw = path.split('/').slice(1);
  let segments: string[];
  try {
    segments = raw.map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  for (const matcher of load().matchers) {
    const pathParams = matchSegments(matcher, segments);
    if (pathParams) return { template: matcher.template, pathParams, methods: matcher.methods };
  }
  return undefined;
}

/** Trailing parameters that clients send with unencoded slashes (contents paths, git refs). */
const SPANNING_PARAMS = new Set(['path', 'ref']);

function matchSegments(
  matcher: PathMatcher,
  segments: readonly string[],
): Record<string, string> | undefined {
  const expected = matcher.segments;
  const isSpanning = expected.at(-1) === null && SPANNING_PARAMS.has(matcher.paramNames.at(-1)!);
  if (segments.length !== expected.length && !(isSpanning && segments.length > expected.length))
    return undefined;
  const params: Record<string, string> = {};
  let paramIndex = 0;
  for (let i = 0; i < expected.length; i += 1) {
    const literal = expected[i];
    const actual = segments[i]!;
    if (literal === null) {
      const isLast = i === expected.length - 1;
      const value = isLast ? segments.slice(i).join('/') : actual;
      if (value === '') return undefined;
      params[matcher.paramNames[paramIndex]!] = value;
      paramIndex += 1;
    } else if (literal !== actual) {
      return undefined;
    }
  }
  return params;
}

/**
 * GitHub's GraphQL schema (`@octokit/graphql-schema`), built once per process, and the checks every
 * document goes through before it runs: syntax and validation against that schema, with GitHub's
 * wording for the most common mistake (an unknown field).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';

let schemaPromise: Promise<GraphQLSchema> | undefined;

/**
 * The package exports only its entry point, which also parses the 5 MB JSON schema on import; reading
 * `schema.graphql` from the package folder directly saves that.
 */
function schemaFile(): string {
  const folders = createRequire(import.meta.url).resolve.paths('@octokit/graphql-schema') ?? [];
  const file = folders
    .map((folder) => path.join(folder, '@octokit', 'graphql-schema', 'schema.graphql'))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new Error('stand-in: @octokit/graphql-schema is not installed');
  return file;
}

export function githubSchema(): Promise<GraphQLSchema> {
  schemaPromise ??= readFile(schemaFile(), 'utf8').then((sdl) =>
    // The published SDL is GitHub's own and valid; skipping SDL validation saves most of the build time.
    buildSchema(sdl, { assumeValidSDL: true }),
  );
  return schemaPromise;
}

/** A GraphQL error as GitHub's JSON shows it. */
export interface GitHubErrorJson {
  readonly type?: string;
  readonly message: string;
  readonly locations?: readonly { readonly line: number; readonly column: number }[];
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export type CheckedDocument =
  | {
      readonly ok: true;
      readonly document: DocumentNode;
      readonly operation: OperationDefinitionNode | undefined;
    }
  | {
      readonly ok: false;
      readonly errors: readonly GitHubErrorJson[];
      /** The operation's name, when the document parsed. */
      readonly operationName: string | undefined;
    };

const checked = new Map<string, CheckedDocument>();

/** Parses and validates a document (cached by its text: clients send the same queries again and again). */
export function checkDocument(
  schema: GraphQLSchema,
  query: string,
  operationName: string | undefined,
): CheckedDocument {
  const key = `${operationName ?? ''}\n${query}`;
  const cached = checked.get(key);
  if (cached) return cached;
  const result = parseAndValidate(schema, query, operationName);
  checked.set(key, result);
  return result;
}

function parseAndValidate(
  schema: GraphQLSchema,
  query: string,
  operationName: string | undefined,
): CheckedDocument {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return { ok: false, errors: [toGitHubError(error as GraphQLError)], operationName };
  }
  const operation = getOperationAST(document, operationName) ?? undefined;
  const errors = validate(schema, document);
  if (errors.length) {
    return {
      ok: false,
      errors: errors.map(toGitHubError),
      operationName: operation?.name?.value ?? operationName,
    };
  }
  return { ok: true, document, operation };
}

const UNKNOWN_FIELD = /^Cannot query field "([^"]+)" on type "([^"]+)"\./;

function toGitHubError(error: GraphQLError): GitHubErrorJson {
  const locations = error.locations?.map(({ line, column }) => ({ line, column }));
  const unknown = UNKNOWN_FIELD.exec(error.message);
  if (unknown) {
    const [, fieldName, typeName] = unknown;
    return {
      message: `Field '${fieldName}' doesn't exist on type '${typeName}'`,
      ...(locations ? { locations } : {}),
      extensions: { code: 'undefinedField', typeName, fieldName },
    };
  }
  return { message: error.message, ...(locations ? { locations } : {}) };
}

/** Names of the operation's top-level fields (for logging and for content-creation limits). */
export function rootFieldNames(operation: OperationDefinitionNode | undefined): string[] {
  if (!operation) return [];
  return operation.selectionSet.selections
    .filter((selection) => selection.kind === Kind.FIELD)
    .map((selection) => selection.name.value);
}

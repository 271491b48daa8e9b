/**
 * Relay connections as GitHub serves them: opaque base64 cursors, `first`/`last`/`after`/`before`,
 * and GitHub's node limit (every connection needs `first` or `last`, each within 1–100), which local
 * schema validation cannot see.
 */

/** An error GitHub reports with a `type` (NOT_FOUND, FORBIDDEN, EXCESSIVE_PAGINATION, ...). */
export class GitHubGraphQLError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'GitHubGraphQLError';
  }
}

/** Error types that mean the request broke GitHub's published limits (a contract violation). */
export const LIMIT_ERROR_TYPES: ReadonlySet<string> = new Set([
  'MISSING_PAGINATION_BOUNDARIES',
  'EXCESSIVE_PAGINATION',
]);

export interface ConnectionArgs {
  readonly first?: number | null;
  readonly last?: number | null;
  readonly after?: string | null;
  readonly before?: string | null;
}

export const NODE_LIMIT_PER_CONNECTION = 100;

/** Throws GitHub's error when a connection's `first`/`last` is missing or outside 1–100. */
export function checkPaginationArgs(connection: string, args: ConnectionArgs): void {
  const { first, last } = args;
  if ((first === undefined || first === null) && (last === undefined || last === null)) {
    throw new GitHubGraphQLError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${connection}\` connection.`,
    );
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value === undefined || value === null) continue;
    if (value > NODE_LIMIT_PER_CONNECTION) {
      throw new GitHubGraphQLError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${connection}\` connection exceeds the \`${name}\` limit of ${NODE_LIMIT_PER_CONNECTION} records.`,
      );
    }
    if (value < 1) {
      throw new GitHubGraphQLError(
        'EXCESSIVE_PAGINATION',
        `\`${name}\` on the \`${connection}\` connection must be within 1-${NODE_LIMIT_PER_CONNECTION} (got ${value}).`,
      );
    }
  }
}

export function encodeCursor(key: number): string {
  return Buffer.from(`cursor:v2:${key}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const match = /^cursor:v2:(\d+)$/.exec(text);
  if (!match)
    throw new GitHubGraphQLError(
      'INVALID_CURSOR_ARGUMENTS',
      `\`${cursor}\` does not appear to be a valid cursor.`,
    );
  return Number(match[1]);
}

export interface Connection<N> {
  readonly totalCount: number;
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  readonly nodes: readonly N[];
  readonly edges: readonly { readonly cursor: string; readonly node: N }[];
}

/**
 * One page of `items` (already filtered and ordered). `keyOf` gives the stable key a cursor encodes,
 * so a cursor stays valid when items are added in front of it.
 */
export function toConnection<T, N>(
  items: readonly T[],
  args: ConnectionArgs,
  keyOf: (item: T) => number,
  toNode: (item: T) => N,
): Connection<N> {
  const indexOf = (cursor: string): number => {
    const key = decodeCursor(cursor);
    const index = items.findIndex((item) => keyOf(item) === key);
    if (index < 0)
      throw new GitHubGraphQLError(
        'INVALID_CURSOR_ARGUMENTS',
        `\`${cursor}\` does not appear to be a valid cursor.`,
      );
    return index;
  };
  let start = args.after ? indexOf(args.after) + 1 : 0;
  let end = args.before ? indexOf(args.before) : items.length;
  if (args.first !== undefined && args.first !== null) end = Math.min(end, start + Math.max(0, args.first));
  if (args.last !== undefined && args.last !== null) start = Math.max(start, end - Math.max(0, args.last));
  const page = items.slice(start, Math.max(start, end));
  const edges = page.map((item) => ({ cursor: encodeCursor(keyOf(item)), node: toNode(item) }));
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    nodes: edges.map((edge) => edge.node),
    edges,
  };
}

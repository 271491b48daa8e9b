/** Types the stand-in shares with the tests that drive it. */

export type ViolationKind =
  | 'rest-route'
  | 'rest-path-param'
  | 'rest-query'
  | 'rest-body'
  | 'rest-response'
  | 'rest-unimplemented'
  | 'graphql-request'
  | 'graphql-validation'
  | 'graphql-pagination'
  | 'graphql-unimplemented'
  | 'graphql-execution'
  /** The stand-in itself failed (a bug in the stand-in, not in the code under test). */
  | 'stand-in-error';

/** A request that real GitHub would reject, or that the stand-in cannot answer faithfully. */
export interface ContractViolation {
  readonly kind: ViolationKind;
  readonly method: string;
  readonly path: string;
  /** REST operationId (`issues/create`) or GraphQL operation name, when known. */
  readonly operation: string | null;
  readonly message: string;
}

export type FaultKind = '500' | '502' | 'reset' | 'reset-after-write' | 'secondary-403' | '429' | 'slow';

export type RequestKind = 'rest' | 'graphql';

export interface RequestLogEntry {
  /** Arrival order, from 1. */
  readonly seq: number;
  readonly kind: RequestKind;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** REST operationId (`issues/list-for-repo`) or the GraphQL operation name (or its first root field). */
  operation: string | null;
  /** GraphQL only. */
  graphqlType?: 'query' | 'mutation';
  /** REST: every method but GET/HEAD; GraphQL: mutations. */
  isWrite: boolean;
  /** The parsed JSON body (REST) or `{ query, variables, operationName }` (GraphQL). */
  readonly body: unknown;
  /** 0 when the connection was dropped without an answer; -1 while in flight. */
  status: number;
  fault?: FaultKind;
  durationMs: number;
}

export interface RequestCounts {
  readonly total: number;
  readonly reads: number;
  readonly writes: number;
  readonly graphql: number;
  readonly rest: number;
}

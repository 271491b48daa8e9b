/**
 * What happens to every request between "GitHub understood it" and "GitHub acts on it": injected
 * faults, authentication, the primary rate limit, read-only tokens and the secondary limit on content
 * creation — in the order real GitHub applies them, each with GitHub's answer.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Faults } from './faults.js';
import type { RateLimitBucket, StandInState } from './state.js';
import type { ContractViolation, FaultKind, RequestKind, RequestLogEntry, ViolationKind } from './types.js';

export interface ServerContext {
  readonly state: StandInState;
  readonly faults: Faults;
  readonly violations: ContractViolation[];
  readonly checkResponses: boolean;
  readonly baseUrl: () => string;
}

/** Notes a request or answer that breaks GitHub's contract, for the test to assert on. */
export function recordViolation(
  ctx: ServerContext,
  entry: RequestLogEntry,
  kind: ViolationKind,
  message: string,
): void {
  ctx.violations.push({ kind, method: entry.method, path: entry.path, operation: entry.operation, message });
}

/** An answer to send, or (drop) a connection to destroy without one. */
export interface Outcome {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly drop?: boolean;
}

export interface GateRequest {
  readonly kind: RequestKind;
  readonly entry: RequestLogEntry;
  readonly token: string | undefined;
  readonly isContentCreating: boolean;
  /** Rate-limit points this request costs (REST: 1; `GET /rate_limit`: 0). */
  readonly cost: number;
  readonly docsUrl: string;
}

export interface GatePassed {
  readonly passed: true;
  readonly isReadOnly: boolean;
  /** Drop the connection after acting (reset-after-write). */
  readonly dropAfter: boolean;
  readonly rateHeaders: Readonly<Record<string, string>>;
}

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID STAND-IN.';
const SECONDARY_DOCS =
  'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits';

function errorBody(status: number, message: string, docsUrl: string): Record<string, string> {
  return { message, documentation_url: docsUrl, status: String(status) };
}

export function secondaryLimit(status: 403 | 429, retryAfterSeconds: number): Outcome {
  return {
    status,
    body: errorBody(status, SECONDARY_MESSAGE, SECONDARY_DOCS),
    headers: { 'retry-after': String(retryAfterSeconds) },
  };
}

async function faultOutcome(ctx: ServerContext, fault: FaultKind): Promise<Outcome | undefined> {
  switch (fault) {
    case '500':
      return { status: 500, body: { message: 'Server Error' } };
    case '502':
      return { status: 502, body: { message: 'Bad Gateway' } };
    case 'reset':
      return { status: 0, drop: true };
    case 'secondary-403':
      return secondaryLimit(403, ctx.faults.retryAfterSeconds);
    case '429':
      return secondaryLimit(429, ctx.faults.retryAfterSeconds);
    case 'slow':
      await delay(ctx.faults.slowMs);
      return undefined;
    case 'reset-after-write':
      return undefined;
  }
}

function rateHeaders(kind: RequestKind, bucket: RateLimitBucket): Record<string, string> {
  return {
    'x-ratelimit-limit': String(bucket.limit),
    'x-ratelimit-remaining': String(bucket.remaining),
    'x-ratelimit-reset': String(bucket.reset),
    'x-ratelimit-used': String(bucket.used),
    'x-ratelimit-resource': kind === 'rest' ? 'core' : 'graphql',
  };
}

/** Takes `cost` points; refills the bucket once its reset time (wall clock, as clients compute it) passed. */
function chargeRateLimit(bucket: RateLimitBucket, cost: number): boolean {
  const nowS = Math.floor(Date.now() / 1000);
  if (nowS >= bucket.reset) {
    bucket.remaining = bucket.limit;
    bucket.used = 0;
    bucket.reset = nowS + 3600;
  }
  if (cost > 0 && bucket.remaining <= 0) return false;
  bucket.remaining = Math.max(0, bucket.remaining - cost);
  bucket.used += cost;
  return true;
}

export async function passGate(ctx: ServerContext, request: GateRequest): Promise<GatePassed | Outcome> {
  const { entry, kind } = request;
  const fault = ctx.faults.pick(entry);
  if (fault) {
    entry.fault = fault;
    const outcome = await faultOutcome(ctx, fault);
    if (outcome) return outcome;
  }
  const { state } = ctx;
  if (!request.token) {
    return { status: 401, body: errorBody(401, 'Requires authentication', request.docsUrl) };
  }
  if (state.badTokens.has(request.token)) {
    return { status: 401, body: errorBody(401, 'Bad credentials', 'https://docs.github.com/rest') };
  }
  const bucket = kind === 'rest' ? state.rateLimits.core : state.rateLimits.graphql;
  if (!chargeRateLimit(bucket, request.cost)) {
    const headers = rateHeaders(kind, bucket);
    if (kind === 'graphql') {
      const message = 'API rate limit already exceeded for installation ID 1.';
      return { status: 200, headers, body: { errors: [{ type: 'RATE_LIMITED', message }] } };
    }
    const message =
      'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID STAND-IN.';
    return { status: 403, headers, body: errorBody(403, message, request.docsUrl) };
  }
  const isReadOnly = state.readOnlyTokens.has(request.token);
  if (isReadOnly && entry.isWrite && kind === 'rest') {
    return { status: 403, body: errorBody(403, 'Resource not accessible by integration', request.docsUrl) };
  }
  if (request.isContentCreating && !isReadOnly) {
    const limited = ctx.faults.admitContentCreation();
    if (limited) return secondaryLimit(403, limited.retryAfterSeconds);
  }
  return {
    passed: true,
    isReadOnly,
    dropAfter: fault === 'reset-after-write',
    rateHeaders: rateHeaders(kind, bucket),
  };
}

/** The token of an `authorization: token X` or `bearer X` header. */
export function readToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : header.trim() || undefined;
}

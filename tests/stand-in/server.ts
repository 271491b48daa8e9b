/**
 * The GitHub stand-in: an HTTP server on 127.0.0.1 (ephemeral port) that answers GitHub's REST and
 * GraphQL APIs from in-memory state, holds every request to GitHub's published contracts, injects
 * faults and logs and counts requests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { Faults } from './faults.js';
import { type Outcome, readToken, type ServerContext } from './gate.js';
import { handleGraphQL } from './graphql-flow.js';
import { RequestHooks } from './hooks.js';
import { handleRest } from './rest-flow.js';
import { type SeedData, seedState } from './seed.js';
import { createState, type StandInState } from './state.js';
import type { ContractViolation, RequestCounts, RequestLogEntry } from './types.js';

export interface StandInOptions {
  /** Delay before every answer (also settable later: `standIn.faults.latencyMs`). */
  readonly latencyMs?: number;
  /** Source of record timestamps; default the real time. */
  readonly clock?: () => Date;
  /** "owner/name", default "acme/mentoring". */
  readonly repo?: string;
  /** Port on 127.0.0.1; default an ephemeral one. */
  readonly port?: number;
  /** Also check every REST answer against GitHub's response schema (the stand-in's own fidelity). */
  readonly checkResponses?: boolean;
}

export interface StandIn {
  /** REST base URL, e.g. http://127.0.0.1:PORT (GITHUB_API_URL). */
  readonly url: string;
  /** `${url}/graphql` (GITHUB_GRAPHQL_URL). */
  readonly graphqlUrl: string;
  readonly state: StandInState;
  /** Every request in arrival order (a live array). */
  readonly log: readonly RequestLogEntry[];
  /** Every contract violation seen (a live array); a clean run leaves it empty. */
  readonly violations: readonly ContractViolation[];
  readonly faults: Faults;
  /** What people do meanwhile: `hooks.after(match, (state) => …)` changes the state as a request is answered. */
  readonly hooks: RequestHooks;
  counts(): RequestCounts;
  resetLog(): void;
  clearViolations(): void;
  seed(data: SeedData): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, outcome: Outcome): void {
  if (outcome.drop) {
    response.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = { 'x-github-request-id': 'STAND-IN', ...outcome.headers };
  if (outcome.body === undefined) {
    response.writeHead(outcome.status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json; charset=utf-8';
  response.writeHead(outcome.status, headers).end(JSON.stringify(outcome.body));
}

async function handle(
  ctx: ServerContext,
  hooks: RequestHooks,
  log: RequestLogEntry[],
  seq: number,
  request: IncomingMessage,
): Promise<Outcome> {
  const started = performance.now();
  const method = request.method ?? 'GET';
  const url = new URL(request.url ?? '/', ctx.baseUrl());
  const raw = await readBody(request);
  let body: unknown;
  let isJson = true;
  try {
    body = raw.trim() === '' ? undefined : JSON.parse(raw);
  } catch {
    isJson = false;
    body = raw;
  }
  const isGraphQL = url.pathname === '/graphql';
  const entry: RequestLogEntry = {
    seq,
    kind: isGraphQL ? 'graphql' : 'rest',
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    operation: null,
    isWrite: method !== 'GET' && method !== 'HEAD',
    body,
    status: -1,
    durationMs: 0,
  };
  log.push(entry);
  if (ctx.faults.latencyMs > 0) await delay(ctx.faults.latencyMs);
  let outcome: Outcome;
  if (!isJson) {
    const message = 'Problems parsing JSON';
    ctx.violations.push({
      kind: isGraphQL ? 'graphql-request' : 'rest-body',
      method,
      path: url.pathname,
      operation: null,
      message,
    });
    outcome = {
      status: 400,
      body: { message, documentation_url: 'https://docs.github.com/rest', status: '400' },
    };
  } else {
    const token = readToken(request.headers.authorization);
    outcome = isGraphQL
      ? await handleGraphQL(ctx, { entry, body, token })
      : await handleRest(ctx, { entry, url, body, token });
  }
  entry.status = outcome.drop ? 0 : outcome.status;
  if (entry.status >= 200 && entry.status < 300) hooks.run(ctx.state, entry);
  entry.durationMs = Math.round(performance.now() - started);
  return outcome;
}

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const state = createState(options);
  const faults = new Faults(options.latencyMs ?? 0);
  const hooks = new RequestHooks();
  const log: RequestLogEntry[] = [];
  const violations: ContractViolation[] = [];
  let baseUrl = '';
  let seq = 0;
  const ctx: ServerContext = {
    state,
    faults,
    violations,
    checkResponses: options.checkResponses ?? false,
    baseUrl: () => baseUrl,
  };
  const server = createServer((request, response) => {
    seq += 1;
    handle(ctx, hooks, log, seq, request).then(
      (outcome) => send(response, outcome),
      (error: unknown) => {
        const message = `stand-in failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        violations.push({
          kind: 'stand-in-error',
          method: request.method ?? '',
          path: request.url ?? '',
          operation: null,
          message,
        });
        send(response, { status: 500, body: { message } });
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    state,
    log,
    violations,
    faults,
    hooks,
    counts: () => ({
      total: log.length,
      reads: log.filter((entry) => !entry.isWrite).length,
      writes: log.filter((entry) => entry.isWrite).length,
      graphql: log.filter((entry) => entry.kind === 'graphql').length,
      rest: log.filter((entry) => entry.kind === 'rest').length,
    }),
    resetLog: () => {
      log.length = 0;
    },
    clearViolations: () => {
      violations.length = 0;
    },
    seed: (data) => seedState(state, data),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

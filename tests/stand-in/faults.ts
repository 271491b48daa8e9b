/**
 * Injected failures. A fault hits before the state changes, except `reset-after-write`: the write
 * happens, then the connection drops without an answer (the case that duplicates issues in clients
 * that retry a create blindly). `reset-after-write` only ever hits writes.
 */
import type { FaultKind, RequestKind } from './types.js';

export interface FaultMatch {
  readonly kind?: RequestKind;
  readonly method?: string;
  readonly path?: string | RegExp;
  /** REST operationId or GraphQL operation name. */
  readonly operation?: string | RegExp;
  readonly isWrite?: boolean;
}

export interface ContentCreationLimitOptions {
  readonly perMinute: number;
  /** The window the limit counts in; default 60,000 ms. */
  readonly windowMs?: number;
}

export interface FaultTarget {
  readonly kind: RequestKind;
  readonly method: string;
  readonly path: string;
  readonly operation: string | null;
  readonly isWrite: boolean;
}

interface QueuedFault {
  remaining: number;
  readonly fault: FaultKind;
  readonly match: FaultMatch | undefined;
}

interface RandomFaults {
  readonly fraction: number;
  readonly kinds: readonly FaultKind[];
  readonly match: FaultMatch | undefined;
  readonly random: () => number;
}

/** mulberry32: a small deterministic PRNG, so a seeded fault run is the same every time. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function matches(text: string | null, pattern: string | RegExp | undefined): boolean {
  if (pattern === undefined) return true;
  if (text === null) return false;
  return typeof pattern === 'string' ? text === pattern : pattern.test(text);
}

function isMatch(target: FaultTarget, fault: FaultKind, match: FaultMatch | undefined): boolean {
  if (fault === 'reset-after-write' && !target.isWrite) return false;
  if (!match) return true;
  return (
    (match.kind === undefined || match.kind === target.kind) &&
    (match.method === undefined || match.method.toUpperCase() === target.method) &&
    (match.isWrite === undefined || match.isWrite === target.isWrite) &&
    matches(target.path, match.path) &&
    matches(target.operation, match.operation)
  );
}

export class Faults {
  /** Delay before every answer. */
  latencyMs: number;
  /** Extra delay of a `slow` fault. */
  slowMs = 1_000;
  /** `retry-after` of secondary-limit (403) and 429 answers, in seconds. */
  retryAfterSeconds = 1;
  private queue: QueuedFault[] = [];
  private randomFaults: RandomFaults | undefined;
  private contentLimit:
    | { readonly perMinute: number; readonly windowMs: number; times: number[] }
    | undefined;

  constructor(private readonly initialLatencyMs = 0) {
    this.latencyMs = initialLatencyMs;
  }

  /** The next `n` requests (that match) fail with `kind`. Queued calls are used up in order. */
  failNext(n: number, kind: FaultKind, match?: FaultMatch): void {
    if (n > 0) this.queue.push({ remaining: n, fault: kind, match });
  }

  /** Each request (that matches) fails with this probability, with a kind picked from `kinds`. */
  failRate(fraction: number, kinds: readonly FaultKind[], seed = 1, match?: FaultMatch): void {
    this.randomFaults = kinds.length ? { fraction, kinds, match, random: mulberry32(seed) } : undefined;
  }

  /**
   * When on, creating issues, comments and discussions beyond `perMinute` within the window (default
   * one minute; tests may shrink it) gets a secondary-limit 403 whose `retry-after` says when a slot frees.
   */
  contentCreationLimit(options: ContentCreationLimitOptions | null): void {
    this.contentLimit = options
      ? { perMinute: options.perMinute, windowMs: options.windowMs ?? 60_000, times: [] }
      : undefined;
  }

  /** Removes every fault and the content limit; latency goes back to the `latencyMs` the stand-in started with. */
  clear(): void {
    this.queue = [];
    this.randomFaults = undefined;
    this.contentLimit = undefined;
    this.latencyMs = this.initialLatencyMs;
  }

  /** @internal The fault for this request, if any (consumes it). */
  pick(target: FaultTarget): FaultKind | undefined {
    const queued = this.queue.find((entry) => isMatch(target, entry.fault, entry.match));
    if (queued) {
      queued.remaining -= 1;
      if (queued.remaining <= 0) this.queue = this.queue.filter((entry) => entry !== queued);
      return queued.fault;
    }
    const random = this.randomFaults;
    if (!random || !isMatch(target, 'slow', random.match)) return undefined;
    if (random.random() >= random.fraction) return undefined;
    const eligible = random.kinds.filter((kind) => kind !== 'reset-after-write' || target.isWrite);
    return eligible[Math.floor(random.random() * eligible.length)];
  }

  /**
   * @internal Records a content-creating request; over the limit, the seconds to wait instead. Uses
   * wall-clock time, since clients wait out `retry-after` in real time whatever the test clock says.
   */
  admitContentCreation(nowMs = Date.now()): { readonly retryAfterSeconds: number } | undefined {
    const limit = this.contentLimit;
    if (!limit) return undefined;
    limit.times = limit.times.filter((time) => nowMs - time < limit.windowMs);
    if (limit.times.length < limit.perMinute) {
      limit.times.push(nowMs);
      return undefined;
    }
    const freesAt = limit.times[0]! + limit.windowMs;
    return { retryAfterSeconds: Math.max(1, Math.ceil((freesAt - nowMs) / 1000)) };
  }
}

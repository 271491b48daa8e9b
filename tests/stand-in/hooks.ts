/**
 * Things people do while a client runs: a hook fires when a matching request has been handled,
 * before its answer leaves, so the client goes on with what it read while the state has moved on
 * (a pair ticks a box between the sync's listing and its write).
 */
import type { FaultMatch } from './faults.js';
import type { StandInState } from './state.js';
import type { RequestLogEntry } from './types.js';

export type RequestHook = (state: StandInState, entry: RequestLogEntry) => void;

interface Registered {
  remaining: number;
  readonly match: FaultMatch;
  readonly hook: RequestHook;
}

function isMatch(entry: RequestLogEntry, match: FaultMatch): boolean {
  const test = (text: string | null, pattern: string | RegExp | undefined): boolean =>
    pattern === undefined ||
    (text !== null && (typeof pattern === 'string' ? text === pattern : pattern.test(text)));
  return (
    (match.kind === undefined || match.kind === entry.kind) &&
    (match.method === undefined || match.method.toUpperCase() === entry.method) &&
    (match.isWrite === undefined || match.isWrite === entry.isWrite) &&
    test(entry.path, match.path) &&
    test(entry.operation, match.operation)
  );
}

export class RequestHooks {
  private registered: Registered[] = [];

  /** Runs `hook` after each of the next `times` requests that match (default once). */
  after(match: FaultMatch, hook: RequestHook, times = 1): void {
    this.registered.push({ remaining: times, match, hook });
  }

  clear(): void {
    this.registered = [];
  }

  /** @internal */
  run(state: StandInState, entry: RequestLogEntry): void {
    for (const registered of [...this.registered]) {
      if (registered.remaining <= 0 || !isMatch(entry, registered.match)) continue;
      registered.remaining -= 1;
      if (registered.remaining <= 0) this.registered = this.registered.filter((r) => r !== registered);
      registered.hook(state, entry);
    }
  }
}

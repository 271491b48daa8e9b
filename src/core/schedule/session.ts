import type { Topic } from '../program/program.js';

export type SessionKind = 'kickoff' | 'topic' | 'checkin' | 'retrospective';

/**
 * One dated meeting of a tandem.
 *
 * `key` is what a synced issue remembers a session by, so that ticks survive date moves:
 * `kickoff`, `checkin`, `retrospective`, or `topic-<topic id>-<n>` for the n-th session on a topic.
 */
export interface Session {
  readonly key: string;
  /** 1-based position in the tandem's schedule. */
  readonly number: number;
  readonly kind: SessionKind;
  /** Local date in the program's time zone, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Local start as ISO date-time with offset, when the program gives `session.time`. */
  readonly startsAt?: string;
  readonly minutes: number;
  readonly topic?: Topic;
  readonly agenda: readonly string[];
  /** Set when the session is not on its rhythm's date. */
  readonly moved?: SessionMoveNote;
}

/** Where a session would have been, and why it is not there. */
export interface SessionMoveNote {
  /** The date the rhythm (or, for the pair's move, the schedule) gave it, ISO. */
  readonly from: string;
  /** A holiday's name or a break's reason; absent when the pair moved the session (`moves`). */
  readonly reason?: string;
}

/** A session of the rhythm that has no free day before the next one: it does not take place. */
export interface CancelledSession extends Session {
  /** The holiday's name or the break's reason of its date. */
  readonly cancelledBecause: string;
}

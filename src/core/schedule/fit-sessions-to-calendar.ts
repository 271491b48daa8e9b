import type { Cadence, ClosedDay, SessionMove } from '../program/program.js';
import { addDays, isWeekend } from '../program/program-dates.js';
import { localStartsAt } from './list-session-dates.js';
import type { CancelledSession, Session } from './session.js';

export interface FitOptions {
  readonly closedDays: ReadonlyMap<string, ClosedDay>;
  readonly cadence: Pick<Cadence, 'unit' | 'every'>;
  readonly timezone: string;
  /** The tandem's local start time "HH:MM", when it has one. */
  readonly time?: string;
  /** A tandem that meets on a Saturday or Sunday may move to another weekend day; others never do. */
  readonly meetsOnWeekends?: boolean;
}

export interface FitResult {
  readonly sessions: Session[];
  readonly cancelled: CancelledSession[];
}

/**
 * Moves each session that falls on a closed day (a holiday or a break) to the next free day: not
 * closed, not a weekend (unless the tandem's weekday is one), and before the next session's date of
 * the rhythm, so later sessions keep start + k × cadence and no two sessions share a day. A session
 * with no such day (a break longer than the rhythm) is cancelled. Sessions are renumbered.
 */
export function fitSessionsToCalendar(sessions: readonly Session[], options: FitOptions): FitResult {
  const { closedDays } = options;
  const held: Session[] = [];
  const cancelled: CancelledSession[] = [];
  sessions.forEach((session, index) => {
    const closed = closedDays.get(session.date);
    if (!closed) {
      held.push(renumber(session, held.length + 1));
      return;
    }
    const limit = sessions[index + 1]?.date ?? addDays(session.date, lastStepDays(options.cadence));
    for (let day = addDays(session.date, 1); day < limit; day = addDays(day, 1)) {
      if (closedDays.has(day) || (!options.meetsOnWeekends && isWeekend(day))) continue;
      const startsAt =
        options.time === undefined ? undefined : localStartsAt(day, options.time, options.timezone);
      const moved = { from: session.date, reason: closed.reason };
      held.push({ ...session, number: held.length + 1, date: day, ...(startsAt && { startsAt }), moved });
      return;
    }
    cancelled.push({ ...session, cancelledBecause: closed.reason });
  });
  return { sessions: held, cancelled };
}

/** How far the last session may move: up to where a next one would be (a month counts as 28 days). */
function lastStepDays(cadence: Pick<Cadence, 'unit' | 'every'>): number {
  return (cadence.unit === 'week' ? 7 : 28) * cadence.every;
}

function renumber(session: Session, number: number): Session {
  return session.number === number ? session : { ...session, number };
}

export interface MoveProblem {
  /** Index in the tandem's `moves`. */
  readonly index: number;
  readonly field: 'from' | 'to';
  readonly message: string;
}

/**
 * The pair's moves: each puts the session shown on `from` on `to` (at `time`, or its own time). A
 * move whose `from` is no session date, whose `to` is closed or taken by another move, or that would
 * pass a neighbouring session is a problem and is not applied; the sessions stay in order.
 */
export function applySessionMoves(
  sessions: readonly Session[],
  moves: readonly SessionMove[],
  options: FitOptions,
): { sessions: Session[]; problems: MoveProblem[] } {
  const result = [...sessions];
  const problems: MoveProblem[] = [];
  const targets = new Map<string, number>();
  const movedIndexes = new Map<number, number>();
  moves.forEach((move, index) => {
    const at = sessions.findIndex((session) => session.date === move.from);
    if (at === -1) {
      problems.push({ index, field: 'from', message: notASessionDate(move.from, sessions) });
      return;
    }
    if (movedIndexes.has(at)) {
      const message = `${move.from}: the session of that day is already moved by moves[${movedIndexes.get(at)}]`;
      problems.push({ index, field: 'from', message });
      return;
    }
    const closed = options.closedDays.get(move.to);
    if (closed) {
      const what = closed.breakIndex === undefined ? 'a public holiday' : 'in a break';
      problems.push({
        index,
        field: 'to',
        message: `${move.to} is ${what} (${closed.reason}): no session can move there`,
      });
      return;
    }
    const other = targets.get(move.to);
    if (other !== undefined) {
      const message = `${move.to} is also where moves[${other}] puts a session; two sessions cannot be on one day`;
      problems.push({ index, field: 'to', message });
      return;
    }
    targets.set(move.to, index);
    movedIndexes.set(at, index);
    const time = move.time ?? options.time;
    const session = sessions[at]!;
    const { startsAt: _old, ...rest } = session;
    const startsAt = time === undefined ? undefined : localStartsAt(move.to, time, options.timezone);
    result[at] = { ...rest, date: move.to, ...(startsAt && { startsAt }), moved: { from: move.from } };
  });
  for (const [at, index] of movedIndexes) {
    const { date } = result[at]!;
    const before = result[at - 1]?.date;
    const after = result[at + 1]?.date;
    if ((before === undefined || before < date) && (after === undefined || date < after)) continue;
    const neighbour =
      before !== undefined && before >= date
        ? `the session before it (${before})`
        : `the session after it (${after})`;
    problems.push({
      index,
      field: 'to',
      message: `${date} is not between the sessions around this one: it would meet or pass ${neighbour}; move that one too, or pick a day in between`,
    });
    result[at] = sessions[at]!;
  }
  return { sessions: result, problems: problems.sort((a, b) => a.index - b.index) };
}

function notASessionDate(date: string, sessions: readonly Session[]): string {
  const next = sessions.find((session) => session.date > date);
  const previous = sessions.findLast((session) => session.date < date);
  const near = [previous, next].filter((session) => session !== undefined).map((session) => session.date);
  const hint = near.length === 0 ? '' : `; the sessions nearest to it are on ${near.join(' and ')}`;
  return `${date} is not a session date of this tandem${hint}`;
}

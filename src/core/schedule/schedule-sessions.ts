import type { Program, Tandem, Topic } from '../program/program.js';
import { applySessionMoves, fitSessionsToCalendar, type MoveProblem } from './fit-sessions-to-calendar.js';
import { listSessionDates } from './list-session-dates.js';
import type { CancelledSession, Session, SessionKind } from './session.js';

export interface TandemSchedule {
  /** The sessions that take place, in order, numbered from 1. */
  readonly sessions: Session[];
  /** Sessions of the rhythm with no free day before the next one (calendar files send them as cancelled). */
  readonly cancelled: CancelledSession[];
  /** The tandem's `moves` that could not be applied (validation reports them as errors). */
  readonly moveProblems: MoveProblem[];
}

/**
 * A tandem's sessions fitted to real calendars: the rhythm's sessions (`rhythmSessions`), each on a
 * holiday or in a break moved to the next free day or cancelled, then the pair's `moves`. Kinds and
 * keys come from the rhythm, so a session keeps its key (and its ticks and calendar UID) when it moves.
 */
export function planTandemSchedule(program: Program, tandem: Tandem): TandemSchedule {
  const rhythm = rhythmSessions(program, tandem);
  const closedDays = program.closedDays;
  if ((closedDays === undefined || closedDays.size === 0) && !tandem.moves?.length) {
    return { sessions: rhythm, cancelled: [], moveProblems: [] };
  }
  const options = {
    closedDays: closedDays ?? new Map(),
    cadence: tandem.cadence,
    timezone: program.timezone,
    ...(tandem.session.time !== undefined && { time: tandem.session.time }),
    meetsOnWeekends: tandem.session.weekday === 'saturday' || tandem.session.weekday === 'sunday',
  };
  const fitted = fitSessionsToCalendar(rhythm, options);
  if (!tandem.moves?.length) return { ...fitted, moveProblems: [] };
  const moved = applySessionMoves(fitted.sessions, tandem.moves, options);
  return { sessions: moved.sessions, cancelled: fitted.cancelled, moveProblems: moved.problems };
}

/** The sessions that take place, as `planTandemSchedule` gives them. */
export function scheduleSessions(program: Program, tandem: Tandem): Session[] {
  return planTandemSchedule(program, tandem).sessions;
}

/**
 * Every dated session of one tandem's rhythm, before holidays, breaks and moves, in order: a kickoff first, a retrospective last (from two
 * sessions on), a check-in in the middle (from three on, at index ⌊(n − 1) / 2⌋), and topic sessions
 * in between that cycle through the tandem's topics in the order it lists them.
 *
 * Dates follow `listSessionDates`: local dates in `program.timezone`, computed from the tandem's
 * start, cadence, end (inclusive) and session weekday; `startsAt` when the tandem has a session time.
 */
export function rhythmSessions(program: Program, tandem: Tandem): Session[] {
  const dates = listSessionDates({
    start: tandem.start,
    end: tandem.end,
    cadence: tandem.cadence,
    timezone: program.timezone,
    weekday: tandem.session.weekday,
    time: tandem.session.time,
  });
  const kinds = assignKinds(dates.length);
  const topics = resolveTopics(program, tandem, kinds);
  const occurrences = new Map<string, number>();
  let topicIndex = 0;

  return dates.map(({ date, startsAt }, index): Session => {
    const kind = kinds[index]!;
    const number = index + 1;
    const { minutes } = tandem.session;
    // Plain object literals: spreading a base object costs microseconds per session, for hundreds of
    // tandems with dozens of sessions each.
    if (kind !== 'topic') {
      const agenda = program.agenda[kind];
      return startsAt === undefined
        ? { number, kind, date, minutes, key: kind, agenda }
        : { number, kind, date, startsAt, minutes, key: kind, agenda };
    }
    const topic = topics[topicIndex++ % topics.length]!;
    const occurrence = (occurrences.get(topic.id) ?? 0) + 1;
    occurrences.set(topic.id, occurrence);
    const key = `topic-${topic.id}-${occurrence}`;
    const { agenda } = topic;
    return startsAt === undefined
      ? { number, kind, date, minutes, key, topic, agenda }
      : { number, kind, date, startsAt, minutes, key, topic, agenda };
  });
}

/** The sessions of every tandem of the program, by tandem id. */
export function scheduleProgram(program: Program): Map<string, Session[]> {
  return new Map(program.tandems.map((tandem) => [tandem.id, scheduleSessions(program, tandem)]));
}

/** The whole schedule (held and cancelled sessions) of every tandem, by tandem id. */
export function planProgramSchedules(program: Program): Map<string, TandemSchedule> {
  return new Map(program.tandems.map((tandem) => [tandem.id, planTandemSchedule(program, tandem)]));
}

function assignKinds(count: number): SessionKind[] {
  return Array.from({ length: count }, (_, index): SessionKind => {
    if (index === 0) return 'kickoff';
    if (index === count - 1) return 'retrospective';
    if (count >= 3 && index === Math.floor((count - 1) / 2)) return 'checkin';
    return 'topic';
  });
}

function resolveTopics(program: Program, tandem: Tandem, kinds: readonly SessionKind[]): Topic[] {
  const topics = tandem.topics.map((id) => {
    const topic = program.topics.find((candidate) => candidate.id === id);
    // Validation reports unknown topics with a suggestion; reaching here means it was skipped.
    if (!topic)
      throw new Error(`Tandem "${tandem.id}" names topic "${id}", which the program does not define.`);
    return topic;
  });
  if (topics.length === 0 && kinds.includes('topic')) {
    throw new Error(
      `Tandem "${tandem.id}" has topic sessions but no topics (the schema requires at least one).`,
    );
  }
  return topics;
}

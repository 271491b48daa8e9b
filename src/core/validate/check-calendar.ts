import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Program, SessionSettings, Tandem } from '../program/program.js';
import { isWeekend } from '../program/program-dates.js';
import { formatLongDate } from '../schedule/format-date.js';
import { localStartsAt } from '../schedule/list-session-dates.js';
import { planTandemSchedule, type TandemSchedule } from '../schedule/schedule-sessions.js';
import { IANAZone } from '../time/luxon.js';
import { diagnosticAt } from '../yaml/diagnostic-at.js';
import { formatYamlPath } from '../yaml/format-yaml-path.js';
import { isRecord } from '../yaml/is-record.js';
import type { YamlSource } from '../yaml/parse-yaml-file.js';
import type { YamlPath } from '../yaml/range-of.js';

/**
 * What only the computed schedule shows: moves that cannot be applied (errors, at the move), and
 * warnings for sessions on weekends, start times that a daylight-saving change skips or repeats,
 * sessions dropped for want of a free day, fewer than three sessions, and topics that never get a
 * session. Tandems that share a rhythm share one schedule and one warning, at the key that sets it.
 */
export function checkCalendar(source: YamlSource, program: Program): Diagnostic[] {
  const data = isRecord(source.data) ? source.data : {};
  const rawTandems = Array.isArray(data.tandems) ? data.tandems : [];
  const diagnostics: Diagnostic[] = [];
  const rhythms = new Map<string, TandemSchedule>();
  program.tandems.forEach((tandem, index) => {
    const raw = isRecord(rawTandems[index]) ? rawTandems[index] : {};
    const { start, cadence, session } = tandem;
    const key = JSON.stringify([start, cadence.unit, cadence.every, session]);
    let rhythm = rhythms.get(key);
    if (!rhythm) {
      // Dates only: a start time would resolve every date in the zone (Intl, ICU's start-up) for nothing.
      const { time: _time, ...untimed } = session;
      rhythm = planTandemSchedule(program, { ...tandem, session: untimed, moves: [] });
      rhythms.set(key, rhythm);
      checkRhythm(source, program, tandem.session, rhythm, rhythmOwner(data, raw, index), diagnostics);
    }
    checkTopics(source, tandem, rhythm, index, diagnostics);
    if (tandem.moves?.length) checkMoves(source, program, tandem, index, diagnostics);
  });
  return diagnostics;
}

/** Where a rhythm is set: the tandem's own keys, or the program's. */
interface RhythmOwner {
  /** "" for the program, "tandems[2]: " for a tandem. */
  readonly label: string;
  readonly weekday: YamlPath;
  readonly time: YamlPath;
  readonly length: YamlPath;
}

function rhythmOwner(
  data: Record<string, unknown>,
  raw: Record<string, unknown>,
  index: number,
): RhythmOwner {
  const session = isRecord(raw.session) ? raw.session : {};
  const programSession = isRecord(data.session) ? data.session : {};
  const own = (key: string, fallback: YamlPath): YamlPath =>
    key in session ? ['tandems', index, 'session', key] : fallback;
  const isOwn = 'start' in raw || 'cadence' in raw || 'weekday' in session || 'time' in session;
  if (!isOwn) {
    return {
      label: '',
      weekday: 'weekday' in programSession ? ['session', 'weekday'] : ['cadence'],
      time: ['session', 'time'],
      length: data.end === undefined ? ['duration'] : ['end'],
    };
  }
  const tandemKey: YamlPath = [
    'tandems',
    index,
    'cadence' in raw ? 'cadence' : 'start' in raw ? 'start' : 'session',
  ];
  return {
    label: `${formatYamlPath(['tandems', index])}: `,
    weekday: own('weekday', tandemKey),
    time: own('time', ['session', 'time']),
    length: tandemKey,
  };
}

function checkRhythm(
  source: YamlSource,
  program: Program,
  session: SessionSettings,
  rhythm: TandemSchedule,
  owner: RhythmOwner,
  diagnostics: Diagnostic[],
): void {
  const warn = (rule: string, message: string, path: YamlPath) =>
    diagnostics.push(diagnosticAt(source, rule, `${owner.label}${message}`, path, { severity: 'warning' }));
  // A tandem whose weekday is Saturday or Sunday chose it: only rhythms that land there by chance are warned.
  const weekend = meetsOnWeekends(session) ? [] : rhythm.sessions.filter((s) => isWeekend(s.date));
  if (weekend.length > 0) {
    const dates = weekend.map((session) => formatLongDate(session.date, 'en')).join('; ');
    const count = weekend.length === 1 ? '1 session falls' : `${weekend.length} sessions fall`;
    warn(
      'weekend-session',
      `${count} on a weekend: ${dates} (set session.weekday to meet on a working day)`,
      owner.weekday,
    );
  }
  const { time } = session;
  for (const { date } of time === undefined || isClockChangeFree(time) ? [] : rhythm.sessions) {
    const problem = describeClockChange(date, time!, program.timezone);
    if (problem) warn('daylight-saving-time', problem, owner.time);
  }
  for (const cancelled of rhythm.cancelled) {
    const date = formatLongDate(cancelled.date, 'en');
    const breakIndex = program.closedDays?.get(cancelled.date)?.breakIndex;
    const path: YamlPath = breakIndex === undefined ? ['holidays'] : ['breaks', breakIndex];
    warn(
      'session-dropped',
      `the session of ${date} is dropped (${cancelled.cancelledBecause}): no free working day comes before the next session; calendar files send it as cancelled`,
      path,
    );
  }
  if (rhythm.sessions.length < 3) {
    const count = rhythm.sessions.length;
    warn(
      'few-sessions',
      `only ${count} ${count === 1 ? 'session' : 'sessions'} (a kickoff${count === 2 ? ' and a retrospective' : ''}); a tandem needs at least three to get to its topics: lengthen the program or meet more often`,
      owner.length,
    );
  }
}

function checkTopics(
  source: YamlSource,
  tandem: Tandem,
  rhythm: TandemSchedule,
  index: number,
  diagnostics: Diagnostic[],
): void {
  const topicSessions = rhythm.sessions.filter((session) => session.kind === 'topic').length;
  tandem.topics.slice(topicSessions).forEach((topic, offset) => {
    const at = topicSessions + offset;
    const path: YamlPath = ['tandems', index, 'topics', at];
    const message = `${formatYamlPath(path)}: topic "${topic}" never gets a session: this tandem has ${topicSessions} topic ${topicSessions === 1 ? 'session' : 'sessions'} for ${tandem.topics.length} topics; lengthen the program, meet more often or drop a topic`;
    diagnostics.push(diagnosticAt(source, 'topic-without-session', message, path, { severity: 'warning' }));
  });
}

function checkMoves(
  source: YamlSource,
  program: Program,
  tandem: Tandem,
  index: number,
  diagnostics: Diagnostic[],
): void {
  const schedule = planTandemSchedule(program, tandem);
  for (const problem of schedule.moveProblems) {
    const path: YamlPath = ['tandems', index, 'moves', problem.index, problem.field];
    diagnostics.push(
      diagnosticAt(source, 'invalid-move', `${formatYamlPath(path)}: ${problem.message}`, path),
    );
  }
  if (schedule.moveProblems.length > 0) return;
  tandem.moves?.forEach((move, moveIndex) => {
    const time = move.time ?? tandem.session.time;
    if (time === undefined || isClockChangeFree(time)) return;
    const problem = describeClockChange(move.to, time, program.timezone);
    if (!problem) return;
    const path: YamlPath = ['tandems', index, 'moves', moveIndex, move.time === undefined ? 'to' : 'time'];
    diagnostics.push(
      diagnosticAt(source, 'daylight-saving-time', `${formatYamlPath(path)}: ${problem}`, path, {
        severity: 'warning',
      }),
    );
  });
}

function meetsOnWeekends(session: SessionSettings): boolean {
  return session.weekday === 'saturday' || session.weekday === 'sunday';
}

/**
 * No time zone's rules change the clocks between 05:00 and 21:00 local time (the changes happen from
 * 22:00 to 03:00, and skip or repeat at most an hour): such a time needs no look-up in the zone.
 */
function isClockChangeFree(time: string): boolean {
  const hour = Number(time.split(':')[0]);
  return hour >= 5 && hour < 21;
}

/**
 * Undefined for an ordinary local time; otherwise which instant is used when the clocks skip the
 * time (spring forward: it moves forward by the gap, as Luxon resolves it) or show it twice.
 */
export function describeClockChange(date: string, time: string, timezone: string): string | undefined {
  const wanted = time.padStart(5, '0');
  // Both answers come from `startsAt` (cached) and one offset lookup: Luxon's DateTime arithmetic
  // would cost ~0.2 ms a session, in every validate.
  const startsAt = localStartsAt(date, wanted, timezone);
  const used = startsAt.slice(11, 16);
  if (used !== wanted) {
    return `${wanted} does not exist on ${formatLongDate(date, 'en')} in ${timezone} (the clocks go forward); the session starts at ${used}`;
  }
  const offset = startsAt.slice(19) === 'Z' ? '+00:00' : startsAt.slice(19);
  const offsetMinutes =
    (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const hourLater = Date.parse(startsAt) + 3_600_000;
  // An hour later the clock shows the same time again when the offset has dropped by that hour.
  if (IANAZone.create(timezone).offset(hourLater) !== offsetMinutes - 60) return undefined;
  const utc = new Date(Date.parse(startsAt)).toISOString().slice(11, 16);
  return `${wanted} occurs twice on ${formatLongDate(date, 'en')} in ${timezone} (the clocks go back); the session starts at the first, ${used} UTC${offset} (${utc} UTC), as calendar programs read it`;
}

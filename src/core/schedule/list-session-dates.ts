import { type Cadence, WEEKDAYS, type Weekday } from '../program/program.js';
import { DateTime, IANAZone } from '../time/luxon.js';

export interface SessionDate {
  /** Local date in the time zone, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Local start as ISO date-time with the offset in force on that date, when a time is given. */
  readonly startsAt?: string;
}

export interface ListSessionDatesOptions {
  /** First session, ISO date. */
  readonly start: string;
  /** Last day a session may fall on, ISO date, inclusive. */
  readonly end: string;
  readonly cadence: Pick<Cadence, 'unit' | 'every'>;
  /** IANA time zone the dates and times are local to. */
  readonly timezone: string;
  readonly weekday?: Weekday;
  /** Local start time `HH:MM`. */
  readonly time?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The dates of a rhythm: the k-th date is `start + k × cadence`, each computed from the start rather
 * than from the previous date, so a monthly rhythm from 31 January gives Jan 31, Feb 28 (29), Mar 31,
 * Apr 30 (Luxon clamps to the month's last day) instead of drifting to the 28th. With a weekday, each
 * date moves forward to the next such weekday (or stays, when it already is one). Dates past `end`
 * are dropped.
 *
 * Calendar arithmetic is done on plain dates (UTC), so a daylight-saving change can never shift a
 * date; only `startsAt` is resolved in the time zone. A start time that does not exist on a
 * spring-forward day (02:30 in Europe/Berlin on 2027-03-28) is moved forward by the gap, as Luxon does
 * (03:30+02:00); a time that occurs twice on a fall-back day is its first occurrence (RFC 5545's reading).
 */
export function listSessionDates(options: ListSessionDatesOptions): SessionDate[] {
  const { start, end, cadence, timezone, weekday, time } = options;
  const key = [start, end, cadence.unit, cadence.every, timezone, weekday, time].join(' ');
  let dates = recentLists.get(key);
  if (dates === undefined) {
    dates = computeSessionDates(options);
    if (recentLists.size >= 1000) recentLists.clear();
    recentLists.set(key, dates);
  }
  return [...dates];
}

// The tandems of a program mostly share one rhythm, and Luxon's arithmetic is slow: 0.2 to 1 ms a
// tandem, which a sync of hundreds of tandems would spend again and again.
const recentLists = new Map<string, readonly SessionDate[]>();

function computeSessionDates(options: ListSessionDatesOptions): SessionDate[] {
  const start = parseIsoDate(options.start, 'start');
  const end = parseIsoDate(options.end, 'end');
  const { unit, every } = options.cadence;
  if (!Number.isInteger(every) || every < 1) {
    throw new Error(`Cadence must repeat every whole number ≥ 1 of ${unit}s, got ${every}.`);
  }
  const time = options.time === undefined ? undefined : parseLocalTime(options.time);
  // Only a start time needs the zone: checking it builds the process's first Intl.DateTimeFormat
  // (ICU's start-up, ~15 ms), which `validate` of a program without times never pays.
  // `IANAZone.create` keeps one zone per name and checks it once; `isValidZone` asks Intl every time.
  const zone = time === undefined ? undefined : IANAZone.create(options.timezone);
  if (zone && !zone.isValid) throw new Error(`Unknown time zone "${options.timezone}".`);

  const dates: SessionDate[] = [];
  for (let k = 0; ; k++) {
    const base = unit === 'week' ? start.plus({ weeks: k * every }) : start.plus({ months: k * every });
    const day = options.weekday ? moveToWeekday(base, options.weekday) : base;
    // Both steps only move forward, so the dates rise strictly and the first one past the end is the last.
    if (day.toMillis() > end.toMillis()) return dates;
    const date = day.toISODate()!;
    dates.push(time && zone ? { date, startsAt: formatStartsAt(date, time, zone) } : { date });
  }
}

function parseIsoDate(text: string, name: string): DateTime<true> {
  const date = DateTime.fromISO(text, { zone: 'utc' });
  if (!ISO_DATE.test(text) || !date.isValid) {
    throw new Error(`The ${name} date must be an ISO date (YYYY-MM-DD), got "${text}".`);
  }
  return date;
}

function parseLocalTime(text: string): { hour: number; minute: number } {
  const match = LOCAL_TIME.exec(text);
  if (!match) throw new Error(`A session time must be HH:MM (00:00 to 23:59), got "${text}".`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function moveToWeekday(date: DateTime<true>, weekday: Weekday): DateTime<true> {
  const target = WEEKDAYS.indexOf(weekday) + 1; // Luxon: 1 = Monday … 7 = Sunday
  return date.plus({ days: (target - date.weekday + 7) % 7 });
}

// Tandems of a program share their dates; resolving a local time in a zone is Luxon's slowest step.
const startsAtCache = new Map<string, string>();

/** `startsAt` for a local date and "HH:MM" in a time zone (for sessions moved off their rhythm's date). */
export function localStartsAt(date: string, time: string, timezone: string): string {
  return formatStartsAt(date, parseLocalTime(time), IANAZone.create(timezone));
}

function formatStartsAt(date: string, time: { hour: number; minute: number }, zone: IANAZone): string {
  const key = `${zone.name} ${date} ${time.hour}:${time.minute}`;
  let startsAt = startsAtCache.get(key);
  if (startsAt === undefined) {
    const [year, month, day] = date.split('-').map(Number);
    let local = DateTime.fromObject({ year, month, day, ...time }, { zone });
    // A time the clocks show twice (fall back) is its first occurrence, as RFC 5545 reads a local
    // DTSTART, so the issue, the reminders and the calendar agree; Luxon picks the second. An hour
    // earlier, the offset is then an hour larger (one Intl call, not a second DateTime).
    const hourEarlier = local.toMillis() - 3_600_000;
    if (zone.offset(hourEarlier) - local.offset === 60) local = local.minus({ hours: 1 });
    startsAt = local.toISO({ suppressMilliseconds: true })!;
    if (startsAtCache.size >= 10_000) startsAtCache.clear();
    startsAtCache.set(key, startsAt);
  }
  return startsAt;
}

import { ICalAlarmType, ICalCalendar, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { localeStrings } from '../locale/locale-strings.js';
import type { Language, Program, Tandem } from '../program/program.js';
import type { CancelledSession, Session } from '../schedule/session.js';
import { DateTime } from '../time/luxon.js';
import { formatSessionTitle } from './format-session-title.js';

export interface RenderCalendarOptions {
  /** The moment of the export: DTSTAMP, and the source of SEQUENCE. */
  readonly now: Date;
  /** Each event's URL: the tandem's issue, or where to find it; none when undefined. */
  readonly issueUrl?: (tandem: Tandem) => string | undefined;
}

/** What the calendar needs of a tandem's schedule (see `planTandemSchedule`). */
export interface CalendarSchedule {
  readonly sessions: readonly Session[];
  /** Sent with STATUS:CANCELLED, so that a client that imported them earlier crosses them out. */
  readonly cancelled?: readonly CancelledSession[];
}

const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

/**
 * An RFC 5545 calendar with one VEVENT per session of the given tandems, in the program's time zone
 * (with its VTIMEZONE), so that a pair can import the fixed dates of their program.
 *
 * UID is `<program id>.<tandem id>.<session key>@tandem`: a session keeps its UID when its date moves,
 * so a re-import updates the event instead of adding a second one.
 *
 * SEQUENCE: a client applies an update only when its SEQUENCE is higher than the one it holds, but
 * an export is stateless and cannot know whether a session moved since the last one. So SEQUENCE is
 * the whole minutes from 2020-01-01T00:00Z to `now`: every later export supersedes every earlier one
 * (and re-importing the same export is a no-op), whatever changed in between.
 *
 * No METHOD: the file is a calendar to import, not an iTIP message. METHOD:PUBLISH would require an
 * ORGANIZER address on every event (libical checks it), and Tandem knows logins, not addresses.
 */
export function renderCalendar(
  program: Program,
  tandems: readonly Tandem[],
  schedules: ReadonlyMap<string, CalendarSchedule>,
  options: RenderCalendarOptions,
): string {
  const now = options.now.getTime();
  if (Number.isNaN(now)) throw new Error('renderCalendar needs a valid `now`.');
  const sequence = Math.max(0, Math.floor((now - SEQUENCE_EPOCH_MS) / 60_000));
  const zone = resolveVtimezone(program.timezone);

  const calendar = new ICalCalendar({
    prodId: { company: 'Tandem', product: 'Tandem', language: 'EN' },
    name: program.title,
    description: program.description ?? null,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP in local time, but RFC 5545
    // requires UTC there. The events name the zone, and the generator adds its VTIMEZONE once.
    timezone: { name: null, generator: (tzid) => (tzid === zone.tzid ? zone.block : null) },
    x: [['X-WR-TIMEZONE', zone.tzid]],
  });

  const strings = localeStrings(program.language).calendar;
  const alarms = program.reminders
    ? [{ type: ICalAlarmType.display, triggerBefore: program.reminders.beforeMinutes * 60 }]
    : [];
  for (const tandem of tandems) {
    const schedule = schedules.get(tandem.id);
    if (!schedule) throw new Error(`No sessions were scheduled for tandem "${tandem.id}".`);
    const url = options.issueUrl?.(tandem);
    const total = schedule.sessions.length;
    const events = [
      ...schedule.sessions.map((session) => ({ session, isCancelled: false })),
      ...(schedule.cancelled ?? []).map((session) => ({ session, isCancelled: true })),
    ];
    for (const { session, isCancelled } of events) {
      const { start, end, allDay } = eventTimes(session, program.timezone);
      const title = formatSessionTitle(session, program.language);
      const description = describeSession(session, total, program.language);
      calendar.createEvent({
        id: `${program.id}.${tandem.id}.${session.key}@tandem`,
        sequence,
        stamp: options.now,
        start,
        end,
        allDay,
        timezone: zone.tzid,
        summary: `${isCancelled ? `${strings.cancelled}: ` : ''}Tandem: ${tandem.mentor} ↔ ${tandem.mentee} · ${title}`,
        description: url === undefined ? description : `${description}\n\n${strings.issue}: ${url}`,
        ...(url !== undefined && { url }),
        ...(isCancelled ? { status: ICalEventStatus.CANCELLED } : { alarms }),
      });
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`;
}

function eventTimes(session: Session, timezone: string): { start: DateTime; end: DateTime; allDay: boolean } {
  if (session.startsAt) {
    const start = DateTime.fromISO(session.startsAt, { zone: timezone });
    // Added as elapsed time, so a meeting across a daylight-saving change still lasts its minutes.
    return { start, end: start.plus({ minutes: session.minutes }), allDay: false };
  }
  // No session time: an all-day event on the local date (DTEND is the next day, exclusive).
  const start = DateTime.fromISO(session.date, { zone: timezone });
  return { start, end: start.plus({ days: 1 }), allDay: true };
}

function describeSession(session: Session, total: number, language: Language): string {
  const heading =
    'cancelledBecause' in session
      ? `${localeStrings(language).calendar.cancelled}: ${(session as CancelledSession).cancelledBecause}`
      : localeStrings(language).calendar.session(session.number, total, session.minutes);
  return [heading, '', ...session.agenda.map((item) => `- ${item}`)].join('\n').trimEnd();
}

/**
 * The VTIMEZONE block and the TZID it declares. The library names zones canonically (`UTC` becomes
 * `Etc/UTC`, `Europe/Kiev` becomes `Europe/Kyiv`), so events must use that TZID to match the block.
 */
function resolveVtimezone(timezone: string): { tzid: string; block: string } {
  const result = tzlib_get_ical_block(timezone);
  const [block, tzidParam] = Array.isArray(result) ? result : [];
  if (!block || !tzidParam?.startsWith('TZID=')) {
    throw new Error(`No iCalendar time zone definition for "${timezone}".`);
  }
  return { tzid: tzidParam.slice('TZID='.length), block };
}

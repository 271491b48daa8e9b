import { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { formatSessionTitle } from './format-session-title.js';
import { DateTime } from './luxon.js';
import type { Language, Program, Tandem } from './program.js';
import type { Session } from './session.js';

export interface RenderCalendarOptions {
  /** The moment of the export: DTSTAMP, and the source of SEQUENCE. */
  readonly now: Date;
}

const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

const DESCRIPTION_LABELS: Record<
  Language,
  { session: (n: number, total: number, minutes: number) => string }
> = {
  en: { session: (n, total, minutes) => `Session ${n} of ${total} · ${minutes} minutes` },
  de: { session: (n, total, minutes) => `Termin ${n} von ${total} · ${minutes} Minuten` },
};

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
 */
export function renderCalendar(
  program: Program,
  tandems: readonly Tandem[],
  sessionsByTandem: ReadonlyMap<string, readonly Session[]>,
  options: RenderCalendarOptions,
): string {
  const now = options.now.getTime();
  if (Number.isNaN(now)) throw new Error('renderCalendar needs a valid `now`.');
  const sequence = Math.max(0, Math.floor((now - SEQUENCE_EPOCH_MS) / 60_000));
  const zone = resolveVtimezone(program.timezone);

  const calendar = new ICalCalendar({
    prodId: { company: 'Tandem', product: 'Tandem', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: program.title,
    description: program.description ?? null,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP in local time, but RFC 5545
    // requires UTC there. The events name the zone, and the generator adds its VTIMEZONE once.
    timezone: { name: null, generator: (tzid) => (tzid === zone.tzid ? zone.block : null) },
    x: [['X-WR-TIMEZONE', zone.tzid]],
  });

  for (const tandem of tandems) {
    const sessions = sessionsByTandem.get(tandem.id);
    if (!sessions) throw new Error(`No sessions were scheduled for tandem "${tandem.id}".`);
    for (const session of sessions) {
      const { start, end, allDay } = eventTimes(session, program.timezone);
      calendar.createEvent({
        id: `${program.id}.${tandem.id}.${session.key}@tandem`,
        sequence,
        stamp: options.now,
        start,
        end,
        allDay,
        timezone: zone.tzid,
        summary: `Tandem: ${tandem.mentor} ↔ ${tandem.mentee} · ${formatSessionTitle(session, program.language)}`,
        description: describeSession(session, sessions.length, program.language),
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
  const heading = DESCRIPTION_LABELS[language].session(session.number, total, session.minutes);
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

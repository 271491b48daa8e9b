import { localeStrings } from '../locale/locale-strings.js';
import { DateTime } from '../time/luxon.js';
import { resolveTimeZone } from '../time/resolve-time-zone.js';
import { BUILTIN_AGENDA } from './builtin-agenda.js';
import type { HolidayCalendar } from './holiday-calendar.js';
import { parseCadence, parseDuration, parseReminderBefore, parseSessionLength } from './parse-duration.js';
import type {
  ClosedDay,
  Language,
  Program,
  SessionMove,
  SessionSettings,
  Tandem,
  Visibility,
  Weekday,
} from './program.js';
import { endOfSpan } from './program-dates.js';

/** A program file as the schema admits it (after validation, so no field needs checking again). */
interface SessionFile {
  readonly length?: string;
  readonly time?: string;
  readonly weekday?: Weekday;
}

interface TandemFile {
  readonly id?: string;
  readonly mentor: string;
  readonly mentee: string;
  readonly topics: readonly string[];
  readonly goals?: readonly string[];
  readonly start?: string;
  readonly cadence?: string;
  readonly session?: SessionFile;
  readonly moves?: readonly SessionMove[];
}

type BreakFile = string | { readonly from: string; readonly to: string; readonly reason?: string };

interface ProgramFile {
  readonly version: 1;
  readonly id: string;
  readonly formerly?: readonly string[];
  readonly title: string;
  readonly description?: string;
  readonly start: string;
  readonly duration?: string;
  readonly end?: string;
  readonly cadence: string;
  readonly session: SessionFile & { readonly length: string };
  readonly timezone: string;
  readonly language?: Language;
  readonly labels?: readonly string[];
  readonly max_tandems_per_person?: number;
  readonly topics: readonly {
    readonly id: string;
    readonly title: string;
    readonly agenda?: readonly string[];
  }[];
  readonly agenda?: {
    readonly kickoff?: readonly string[];
    readonly checkin?: readonly string[];
    readonly retrospective?: readonly string[];
  };
  readonly tandems: readonly TandemFile[];
  readonly report?: {
    readonly discussion?: { readonly category: string; readonly title?: string };
    readonly visibility?: Visibility;
    readonly period?: 'week' | 'month';
  };
  readonly reminders?: { readonly before: string };
  readonly board?: { readonly url: string };
  readonly templates?: { readonly issue?: string; readonly report?: string; readonly reminder?: string };
  readonly signup?: { readonly pool: string };
  readonly holidays?: string;
  readonly breaks?: readonly BreakFile[];
}

/** `<mentor>-<mentee>` in lower case, so `Lea-Schmidt` and `lea-schmidt` are one tandem. */
export const defaultTandemId = (people: { readonly mentor: string; readonly mentee: string }): string =>
  `${people.mentor}-${people.mentee}`.toLowerCase();

/**
 * The Program with every default applied; call only for data that passed the schema and the checks.
 * `holidays` is needed only when the file sets `holidays`.
 */
export function buildProgram(file: string, data: unknown, holidays?: HolidayCalendar): Program {
  const raw = data as ProgramFile;
  const language = raw.language ?? 'en';
  const end = raw.end ?? endOfSpan(raw.start, parseDuration(raw.duration!)!);
  const cadence = parseCadence(raw.cadence)!;
  const session = buildSession(raw.session, undefined);
  const builtIn = BUILTIN_AGENDA[language];
  const tandems = raw.tandems.map(
    (tandem): Tandem => ({
      id: tandem.id ?? defaultTandemId(tandem),
      mentor: tandem.mentor,
      mentee: tandem.mentee,
      topics: tandem.topics,
      goals: tandem.goals ?? [],
      start: tandem.start ?? raw.start,
      end,
      cadence: tandem.cadence === undefined ? cadence : parseCadence(tandem.cadence)!,
      session: buildSession(tandem.session, session),
      ...(tandem.moves?.length ? { moves: tandem.moves.map(buildMove) } : {}),
    }),
  );
  const discussion = raw.report?.discussion;
  const reminderMinutes = raw.reminders && parseReminderBefore(raw.reminders.before)!;
  return {
    file,
    version: 1,
    id: raw.id,
    ...(raw.formerly && { formerly: raw.formerly }),
    title: raw.title,
    ...(raw.description === undefined ? {} : { description: raw.description }),
    start: raw.start,
    end,
    durationText: raw.duration ?? `until ${raw.end}`,
    cadence,
    session,
    timezone: resolveTimeZone(raw.timezone) ?? raw.timezone,
    language,
    labels: raw.labels ?? [],
    topics: raw.topics.map((topic) => ({ id: topic.id, title: topic.title, agenda: topic.agenda ?? [] })),
    agenda: {
      kickoff: raw.agenda?.kickoff ?? builtIn.kickoff,
      checkin: raw.agenda?.checkin ?? builtIn.checkin,
      retrospective: raw.agenda?.retrospective ?? builtIn.retrospective,
    },
    tandems,
    report: {
      ...(discussion && {
        discussion: {
          category: discussion.category,
          title: discussion.title ?? `${raw.title} — ${localeStrings(language).progressTitle}`,
        },
      }),
      visibility: raw.report?.visibility ?? 'aggregate',
      period: raw.report?.period ?? 'week',
    },
    ...(raw.reminders && reminderMinutes !== undefined
      ? { reminders: { beforeMinutes: reminderMinutes, text: raw.reminders.before } }
      : {}),
    ...(raw.board && { board: { url: raw.board.url } }),
    ...(raw.signup && { signup: { pool: raw.signup.pool } }),
    templates: { ...raw.templates },
    maxTandemsPerPerson: raw.max_tandems_per_person ?? 1,
    ...(raw.holidays === undefined ? {} : { holidays: raw.holidays.toUpperCase() }),
    ...(raw.holidays === undefined && !raw.breaks?.length
      ? {}
      : { closedDays: listClosedDays(raw, tandems, end, language, holidays) }),
  };
}

function buildMove(move: SessionMove): SessionMove {
  return move.time === undefined
    ? { from: move.from, to: move.to }
    : { ...move, time: move.time.padStart(5, '0') };
}

/**
 * Holidays and breaks as one map, computed once per program. Holidays are listed from the earliest
 * start to a year past the end: a session near the end may move a little past it.
 */
function listClosedDays(
  raw: ProgramFile,
  tandems: readonly Tandem[],
  end: string,
  language: Language,
  holidays: HolidayCalendar | undefined,
): Map<string, ClosedDay> {
  const days = new Map<string, ClosedDay>();
  (raw.breaks ?? []).forEach((entry, breakIndex) => {
    const { from, to, reason } =
      typeof entry === 'string' ? { from: entry, to: entry, reason: undefined } : entry;
    const last = DateTime.fromISO(to, { zone: 'utc' });
    for (let day = DateTime.fromISO(from, { zone: 'utc' }); day <= last; day = day.plus({ days: 1 })) {
      const date = day.toISODate()!;
      if (!days.has(date))
        days.set(date, { reason: reason ?? localeStrings(language).breakReason, breakIndex });
    }
  });
  if (raw.holidays !== undefined) {
    if (!holidays)
      throw new Error('A program with `holidays` needs the holiday calendar (loadHolidayCalendar).');
    const from = [...tandems.map((tandem) => tandem.start)].sort()[0] ?? raw.start;
    const to = `${Number(end.slice(0, 4)) + 1}-12-31`;
    for (const [date, name] of holidays.listHolidays(raw.holidays, from, to, language)) {
      if (!days.has(date)) days.set(date, { reason: name });
    }
  }
  return days;
}

/** A tandem's session settings over the program's; times are written "HH:MM" (a leading zero added). */
function buildSession(own: SessionFile | undefined, inherited: SessionSettings | undefined): SessionSettings {
  const time = own?.time ?? inherited?.time;
  const weekday = own?.weekday ?? inherited?.weekday;
  return {
    minutes: own?.length === undefined ? inherited!.minutes : parseSessionLength(own.length)!,
    ...(time === undefined ? {} : { time: time.padStart(5, '0') }),
    ...(weekday === undefined ? {} : { weekday }),
  };
}

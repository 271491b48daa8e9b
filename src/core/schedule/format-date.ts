import { localeStrings } from '../locale/locale-strings.js';
import type { Language, Weekday } from '../program/program.js';
import { WEEKDAYS } from '../program/program.js';
import { DateTime, Info } from '../time/luxon.js';

const CLOCK_TIME = /^(\d{1,2}):(\d{2})$/;

function parseDateTime(value: string): DateTime | undefined {
  // A plain date is a local calendar date: read it in UTC so no time zone can move it.
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? DateTime.fromISO(value, { zone: 'utc' })
    : DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed : undefined;
}

// An issue repeats the same dates and times in headings, rhythm and reminders, and the tandems of a
// program share them; Luxon's Intl calls are slow. Keyed by language and value.
const longDates = new Map<string, string | undefined>();
const times = new Map<string, string | undefined>();

function remember(cache: Map<string, string | undefined>, key: string, format: () => string | undefined) {
  if (cache.has(key)) return cache.get(key);
  if (cache.size >= 5000) cache.clear();
  const formatted = format();
  cache.set(key, formatted);
  return formatted;
}

/** "Tuesday, 12 January 2027" / "Dienstag, 12. Januar 2027"; undefined for a value that is no date. */
export function formatLongDate(value: string, language: Language): string | undefined {
  return remember(longDates, `${language} ${value}`, () =>
    parseDateTime(value)?.setLocale(language).toFormat(localeStrings(language).dateFormat.long),
  );
}

/** "16:00" / "16:00 Uhr" from "16:00" or an ISO date-time (read in its own offset). */
export function formatTime(value: string, language: Language): string | undefined {
  return remember(times, `${language} ${value}`, () => {
    const clock = CLOCK_TIME.exec(value);
    const parsed = clock
      ? DateTime.fromObject({ hour: Number(clock[1]), minute: Number(clock[2]) }, { zone: 'utc' })
      : parseDateTime(value);
    return parsed?.isValid
      ? parsed.setLocale(language).toFormat(localeStrings(language).dateFormat.time)
      : undefined;
  });
}

// Filled on first use, not at import: the Intl set-up costs ~15 ms at every start-up otherwise.
const weekdayNames = new Map<Language, readonly string[]>();

/** "Tuesday" / "Dienstag". */
export function formatWeekday(weekday: Weekday, language: Language): string {
  let names = weekdayNames.get(language);
  if (!names) {
    names = Info.weekdays('long', { locale: language });
    weekdayNames.set(language, names);
  }
  return names[WEEKDAYS.indexOf(weekday)]!;
}

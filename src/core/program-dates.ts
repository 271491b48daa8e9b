import { DateTime } from './luxon.js';
import type { CalendarSpan } from './parse-duration.js';
import { WEEKDAYS, type Weekday } from './program.js';

/** The last day of a span that starts on `start` (inclusive): start + span − 1 day. */
export function endOfSpan(start: string, span: CalendarSpan): string {
  return DateTime.fromISO(start, { zone: 'utc' }).plus(span).minus({ days: 1 }).toISODate()!;
}

/** `start`, or the next `weekday` on or after it. */
export function firstSessionDate(start: string, weekday: Weekday | undefined): string {
  const date = DateTime.fromISO(start, { zone: 'utc' });
  if (weekday === undefined) return start;
  const ahead = (WEEKDAYS.indexOf(weekday) + 1 - date.weekday + 7) % 7;
  return date.plus({ days: ahead }).toISODate()!;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}

/** "Tuesday, 2027-01-12" for messages. */
export function describeDate(date: string): string {
  return `${DateTime.fromISO(date, { zone: 'utc' }).setLocale('en').toFormat('cccc')}, ${date}`;
}

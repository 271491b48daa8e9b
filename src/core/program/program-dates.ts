import { DateTime } from '../time/luxon.js';
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

const MS_PER_DAY = 86_400_000;

/** `date` plus `days` (plain dates; no Luxon, as the schedule does this for every moved session). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

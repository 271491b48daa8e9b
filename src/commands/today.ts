import { DateTime } from '../core/time/luxon.js';
import { UsageError } from './error-message.js';

/** `--today` / the `today` input: an ISO date, checked at the edge; undefined means "the real today". */
export function parseToday(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const date = DateTime.fromISO(value, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !date.isValid) {
    throw new UsageError(`--today takes a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The local date in a program's time zone: what "today" means to its tandems. */
export function todayIn(timezone: string, today: string | undefined, now: Date = new Date()): string {
  return today ?? DateTime.fromJSDate(now, { zone: timezone }).toISODate()!;
}

/** `--now`: an ISO 8601 instant with its offset (`2027-02-01T13:07Z`), checked at the edge. */
export function parseNow(value: string): string {
  const instant = DateTime.fromISO(value, { setZone: true });
  if (!/T\d{2}:\d{2}/.test(value) || !/(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(value) || !instant.isValid) {
    throw new UsageError(
      `--now takes an instant with its offset, as 2027-02-01T13:07Z or 2027-02-01T16:00+01:00, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

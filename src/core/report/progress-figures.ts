import { DateTime } from '../time/luxon.js';

/** Share of items done, in whole percent rounded down (so 100 means every item is ticked). */
export function percentDone(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((100 * done) / total);
}

/** The local date of an ISO instant in the program's time zone; undefined for a missing or bad instant. */
export function toLocalDate(instant: string | undefined, timezone: string): string | undefined {
  if (instant === undefined) return undefined;
  const parsed = DateTime.fromISO(instant, { zone: timezone });
  return parsed.isValid ? (parsed.toISODate() ?? undefined) : undefined;
}

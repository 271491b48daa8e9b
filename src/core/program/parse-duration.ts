import type { Cadence } from './program.js';

/**
 * The text forms of the program file. The schema's patterns admit the same forms; these functions
 * turn them into numbers and reject what a pattern cannot (zero, fractions of a minute).
 */

export interface CalendarSpan {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

const UNIT_SPANS: Record<string, keyof CalendarSpan> = {
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
};

/** "6 months", "26 weeks", "90 days", "1 year", or ISO 8601 "P6M", "P1Y6M", "P26W". */
export function parseDuration(text: string): CalendarSpan | undefined {
  const span = { years: 0, months: 0, weeks: 0, days: 0 };
  const words = /^([1-9][0-9]*) ?(day|week|month|year)s?$/.exec(text);
  if (words) {
    span[UNIT_SPANS[words[2]!]!] = Number(words[1]);
    return span;
  }
  const iso = /^P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?$/.exec(text);
  if (!iso) return undefined;
  const [years, months, weeks, days] = iso.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return years + months + weeks + days > 0 ? { years, months, weeks, days } : undefined;
}

/** weekly, biweekly, fortnightly, monthly, "every week", "every other week", "every N weeks", "every N months". */
export function parseCadence(text: string): Cadence | undefined {
  const fixed: Record<string, [Cadence['unit'], number]> = {
    weekly: ['week', 1],
    biweekly: ['week', 2],
    fortnightly: ['week', 2],
    monthly: ['month', 1],
    'every week': ['week', 1],
    'every other week': ['week', 2],
    'every month': ['month', 1],
  };
  const known = fixed[text];
  if (known) return { unit: known[0], every: known[1], text };
  const every = /^every ([1-9][0-9]*) (week|month)s?$/.exec(text);
  return every ? { unit: every[2] as Cadence['unit'], every: Number(every[1]), text } : undefined;
}

const MINUTES_PER_UNIT: Record<string, number> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  day: 1440,
  days: 1440,
  week: 10080,
  weeks: 10080,
};

/** "45 minutes", "90 min", "1 hour", "1.5 hours", "PT45M": whole minutes, or undefined. */
export function parseSessionLength(text: string): number | undefined {
  const words = /^([0-9]+(?:\.[0-9]+)?) ?(minutes?|mins?|m|hours?|hrs?|h)$/.exec(text);
  if (words) return wholeMinutes(Number(words[1]) * MINUTES_PER_UNIT[words[2]!]!);
  const iso = /^PT(?:([0-9]+)H)?(?:([0-9]+)M)?$/.exec(text);
  return iso ? wholeMinutes(Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0)) : undefined;
}

/** "1 day", "2 hours", "30 minutes", "P1D", "PT2H": minutes before a session, or undefined. */
export function parseReminderBefore(text: string): number | undefined {
  const words = /^([1-9][0-9]*) ?(minutes?|mins?|hours?|h|days?|weeks?)$/.exec(text);
  if (words) return Number(words[1]) * MINUTES_PER_UNIT[words[2]!]!;
  const iso = /^P(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?)?$/.exec(text);
  if (!iso) return undefined;
  const [weeks, days, hours, minutes] = iso.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return wholeMinutes(weeks * 10080 + days * 1440 + hours * 60 + minutes);
}

function wholeMinutes(minutes: number): number | undefined {
  return Number.isInteger(minutes) && minutes > 0 ? minutes : undefined;
}

import type { Cadence, Language, Weekday } from '../program/program.js';
import { formatWeekday } from '../schedule/format-date.js';
import type { SessionKind } from '../schedule/session.js';

interface LocaleStrings {
  readonly sessionTitle: Readonly<Record<Exclude<SessionKind, 'topic'>, string>>;
  /** A topic session whose topic is unknown. */
  readonly genericSession: string;
  readonly cadence: (cadence: Cadence) => string;
  /** "on Tuesdays" reads "Tuesdays" in English and "dienstags" in German. */
  readonly recurringWeekday: (weekday: Weekday) => string;
  readonly formerSessionsHeading: string;
}

const STRINGS: Readonly<Record<Language, LocaleStrings>> = {
  en: {
    sessionTitle: { kickoff: 'Kickoff', checkin: 'Check-in', retrospective: 'Retrospective' },
    genericSession: 'Session',
    cadence: ({ unit, every }) =>
      every === 1 ? `every ${unit}` : `every ${every} ${unit === 'week' ? 'weeks' : 'months'}`,
    recurringWeekday: (weekday) => `${formatWeekday(weekday, 'en')}s`,
    formerSessionsHeading: 'Items from sessions that no longer exist',
  },
  de: {
    sessionTitle: { kickoff: 'Auftakt', checkin: 'Zwischenbilanz', retrospective: 'Rückblick' },
    genericSession: 'Treffen',
    cadence: ({ unit, every }) => {
      if (every === 1) return unit === 'week' ? 'jede Woche' : 'jeden Monat';
      return `alle ${every} ${unit === 'week' ? 'Wochen' : 'Monate'}`;
    },
    recurringWeekday: (weekday) => `${formatWeekday(weekday, 'de').toLowerCase()}s`,
    formerSessionsHeading: 'Punkte aus Treffen, die es nicht mehr gibt',
  },
};

export const localeStrings = (language: Language): LocaleStrings => STRINGS[language] ?? STRINGS.en;

import { GERMAN } from './de.js';
import { ENGLISH } from './en.js';
import type { Language } from './language.js';

/**
 * Every word Tandem writes itself, per language: one file per language (en.ts, de.ts), so that a
 * translation is read, reviewed and completed in one place. The default templates hold the rest.
 */
export interface LocaleStrings {
  /** The built-in sessions' short titles. */
  readonly sessionTitle: Readonly<Record<'kickoff' | 'checkin' | 'retrospective', string>>;
  /** A topic session whose topic is unknown. */
  readonly genericSession: string;
  readonly cadence: (every: number, unit: 'week' | 'month') => string;
  /** From the weekday's name in this language: "on Tuesdays" reads "Tuesdays" / "dienstags". */
  readonly recurringWeekday: (weekdayName: string) => string;
  readonly formerSessionsHeading: string;
  /** "Moved from <date>: <reason>", or "… as you agreed" for a move of the pair's. */
  readonly moved: { readonly from: string; readonly byPair: string };
  /** A break's reason when the program gives none. */
  readonly breakReason: string;
  /** The discussion's title when the program gives none: "<program title> — <this>". */
  readonly progressTitle: string;
  /** Luxon formats: "Tuesday, 12 January 2027" and "16:00". */
  readonly dateFormat: { readonly long: string; readonly time: string };
  /** A calendar event's description. */
  readonly calendar: {
    readonly session: (n: number, total: number, minutes: number) => string;
    readonly cancelled: string;
    readonly issue: string;
  };
  readonly report: {
    readonly status: Readonly<Record<'not-started' | 'on-track' | 'behind' | 'finished' | 'closed', string>>;
    /** The opening post of a program's discussion; `title` is already Markdown-escaped. */
    readonly discussionBody: (title: string) => string;
    /** The period in a report's heading: `2026-W49` / `2027-03` as people of the language write it. */
    readonly periodTitle: (period: string) => string;
  };
  /** The program board's *Sessions* field: "3 of 13". */
  readonly boardSessions: (done: number, total: number) => string;
}

const STRINGS: Readonly<Record<Language, LocaleStrings>> = { en: ENGLISH, de: GERMAN };

export const localeStrings = (language: Language): LocaleStrings => STRINGS[language] ?? STRINGS.en;

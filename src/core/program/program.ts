/**
 * The program model after validation: every default applied, every text form (duration, cadence,
 * session length) resolved, so nothing downstream re-parses or re-defaults anything.
 */

import type { Language } from '../locale/language.js';

export type { Language };

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Visibility = 'aggregate' | 'tandems';

/** `weekly` is `{ unit: 'week', every: 1 }`, `monthly` is `{ unit: 'month', every: 1 }`. */
export interface Cadence {
  readonly unit: 'week' | 'month';
  readonly every: number;
  /** As written in the program, for display ("every 2 weeks"). */
  readonly text: string;
}

export interface SessionSettings {
  /** Length of one meeting in minutes. */
  readonly minutes: number;
  /** Local start time "HH:MM", when given. */
  readonly time?: string;
  /** Sessions move to this weekday (the next one on or after the computed date). */
  readonly weekday?: Weekday;
}

export interface Topic {
  readonly id: string;
  readonly title: string;
  readonly agenda: readonly string[];
}

/** The agenda items of the sessions every tandem has, whatever its topics. */
export interface BuiltInAgenda {
  readonly kickoff: readonly string[];
  readonly checkin: readonly string[];
  readonly retrospective: readonly string[];
}

export interface Tandem {
  /** Default `<mentor>-<mentee>`, in lower case (logins compare case-insensitively on GitHub). */
  readonly id: string;
  /** GitHub login of the mentor (the junior colleague who teaches). */
  readonly mentor: string;
  /** GitHub login of the mentee (the senior colleague who learns). */
  readonly mentee: string;
  /** Topic ids, in the order the sessions cycle through them. */
  readonly topics: readonly string[];
  readonly goals: readonly string[];
  /** First session, ISO date; the program's unless overridden. */
  readonly start: string;
  /** Last day a session may fall on, ISO date, inclusive. */
  readonly end: string;
  readonly cadence: Cadence;
  readonly session: SessionSettings;
  /** Sessions the pair moved by agreement (`tandems[].moves`), each matched by its date. */
  readonly moves?: readonly SessionMove[];
}

/** One session put on another day (and time) by the pair. */
export interface SessionMove {
  /** The session's date as the issue shows it, ISO. */
  readonly from: string;
  readonly to: string;
  /** New local start "HH:MM"; default the session's time. */
  readonly time?: string;
}

/** A day no session may fall on, and why: a public holiday's name or a break's reason. */
export interface ClosedDay {
  readonly reason: string;
  /** Index in `breaks` when a break closes the day; absent for a holiday. */
  readonly breakIndex?: number;
}

export interface ReportSettings {
  readonly discussion?: { readonly category: string; readonly title: string };
  readonly visibility: Visibility;
  /** A re-run within one period edits that period's comment. */
  readonly period: 'week' | 'month';
}

export interface Program {
  /** Path of the program file, as given (relative to the working directory). */
  readonly file: string;
  readonly version: 1;
  readonly id: string;
  /** Ids the program had before: their issues are still its own. */
  readonly formerly?: readonly string[];
  readonly title: string;
  readonly description?: string;
  readonly start: string;
  /** Last day a session may fall on, ISO date, inclusive (from `end`, or `start` + `duration` - 1 day). */
  readonly end: string;
  /** "6 months", "26 weeks", "P6M" or "until 2027-07-09", for display. */
  readonly durationText: string;
  readonly cadence: Cadence;
  readonly session: SessionSettings;
  readonly timezone: string;
  readonly language: Language;
  readonly labels: readonly string[];
  readonly topics: readonly Topic[];
  readonly agenda: BuiltInAgenda;
  readonly tandems: readonly Tandem[];
  readonly report: ReportSettings;
  /** Minutes before a session's start (or day start) that the reminder is due. */
  readonly reminders?: { readonly beforeMinutes: number; readonly text: string };
  /** `board.url`: the GitHub Projects board that shows every tandem. */
  readonly board?: { readonly url: string };
  /** `signup.pool`: the pool file that sign-ups fill and matching reads, path from the repository root. */
  readonly signup?: { readonly pool: string };
  /** Template overrides, paths from the repository root. */
  readonly templates: { readonly issue?: string; readonly report?: string; readonly reminder?: string };
  readonly maxTandemsPerPerson: number;
  /** `holidays`: a country or region code as date-holidays knows it, upper-case ("DE-BE"). */
  readonly holidays?: string;
  /** Public holidays of `holidays` and the days of `breaks`, by ISO date; computed once per program. */
  readonly closedDays?: ReadonlyMap<string, ClosedDay>;
}

import type { Language } from '../program/program.js';
import type { TandemStatus } from './tandem-status.js';

interface ReportStrings {
  readonly status: Readonly<Record<TandemStatus, string>>;
  /** The opening post of a program's discussion; `title` is already Markdown-escaped. */
  readonly discussionBody: (title: string) => string;
  /** The period in a report's heading: `2026-W49` / `2027-03` as people of the language write it. */
  readonly periodTitle: (period: string) => string;
}

const GERMAN_MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** "KW 49/2026" (Kalenderwoche) and "März 2027"; anything else as it is. */
function germanPeriodTitle(period: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) return `KW ${Number(week[2])}/${week[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  const name = month ? GERMAN_MONTHS[Number(month[2]) - 1] : undefined;
  return month && name ? `${name} ${month[1]}` : period;
}

const STRINGS: Readonly<Record<Language, ReportStrings>> = {
  en: {
    status: {
      'not-started': 'Not started',
      'on-track': 'On track',
      behind: 'Behind',
      finished: 'Finished',
      closed: 'Closed',
    },
    discussionBody: (title) =>
      `Progress of “${title}”, posted by Tandem: one comment per period, updated while the period lasts. ` +
      'The figures come from the checklists in the tandem issues; what is said in a tandem stays in the tandem.',
    periodTitle: (period) => period,
  },
  de: {
    status: {
      'not-started': 'Nicht begonnen',
      'on-track': 'Im Plan',
      behind: 'Im Rückstand',
      finished: 'Abgeschlossen',
      // Not "Geschlossen": next to "Abgeschlossen" (finished) the two read as the same.
      closed: 'Issue geschlossen',
    },
    discussionBody: (title) =>
      `Fortschritt von „${title}“, von Tandem gepostet: ein Kommentar je Zeitraum, der aktualisiert wird, ` +
      'solange der Zeitraum läuft. Die Zahlen stammen aus den Checklisten der Tandem-Issues; was in einem Tandem ' +
      'gesagt wird, bleibt im Tandem.',
    periodTitle: germanPeriodTitle,
  },
};

export const reportStrings = (language: Language): ReportStrings => STRINGS[language] ?? STRINGS.en;

import type { Language } from '../program.js';
import type { TandemStatus } from '../progress/tandem-status.js';

interface ReportStrings {
  readonly status: Readonly<Record<TandemStatus, string>>;
  /** The opening post of a program's discussion; `title` is already Markdown-escaped. */
  readonly discussionBody: (title: string) => string;
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
  },
  de: {
    status: {
      'not-started': 'Nicht begonnen',
      'on-track': 'Im Plan',
      behind: 'Im Rückstand',
      finished: 'Abgeschlossen',
      closed: 'Geschlossen',
    },
    discussionBody: (title) =>
      `Fortschritt von „${title}“, von Tandem gepostet: ein Kommentar je Zeitraum, der aktualisiert wird, ` +
      'solange der Zeitraum läuft. Die Zahlen stammen aus den Checklisten der Tandem-Issues; was in einem Tandem ' +
      'gesagt wird, bleibt im Tandem.',
  },
};

export const reportStrings = (language: Language): ReportStrings => STRINGS[language] ?? STRINGS.en;

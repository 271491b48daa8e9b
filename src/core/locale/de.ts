import type { LocaleStrings } from './locale-strings.js';

const MONTHS = [
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
function periodTitle(period: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) return `KW ${Number(week[2])}/${week[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  const name = month ? MONTHS[Number(month[2]) - 1] : undefined;
  return month && name ? `${name} ${month[1]}` : period;
}

export const GERMAN: LocaleStrings = {
  sessionTitle: { kickoff: 'Auftakt', checkin: 'Zwischenbilanz', retrospective: 'Rückblick' },
  genericSession: 'Treffen',
  cadence: (every, unit) => {
    if (every === 1) return unit === 'week' ? 'jede Woche' : 'jeden Monat';
    return `alle ${every} ${unit === 'week' ? 'Wochen' : 'Monate'}`;
  },
  recurringWeekday: (weekdayName) => `${weekdayName.toLowerCase()}s`,
  formerSessionsHeading: 'Punkte aus Treffen, die es nicht mehr gibt',
  moved: { from: 'Verschoben vom', byPair: 'wie ihr es vereinbart habt' },
  breakReason: 'Pause',
  progressTitle: 'Fortschritt',
  dateFormat: { long: 'cccc, d. LLLL yyyy', time: "HH:mm 'Uhr'" },
  calendar: {
    session: (n, total, minutes) => `Termin ${n} von ${total} · ${minutes} Minuten`,
    cancelled: 'Entfällt',
    issue: 'Agenda und Notizen',
  },
  report: {
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
    periodTitle,
  },
  boardSessions: (done, total) => `${done} von ${total}`,
};

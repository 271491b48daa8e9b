import type { BuiltInAgenda, Language } from './program.js';

/**
 * The sessions every tandem has, whatever its topics: a kickoff that makes clear what both sign up for,
 * a check-in halfway, and a retrospective at the end. A program's `agenda:` replaces any of the three.
 */
export const BUILTIN_AGENDA: Readonly<Record<Language, BuiltInAgenda>> = {
  en: {
    kickoff: [
      'Introduce yourselves: role, background and what you hope to get out of the tandem',
      'Share expectations: what the mentee wants to learn, what the mentor wants to pass on',
      'Agree on roles: the mentor leads the topics, the mentee brings questions and tries things out',
      'Agree on confidentiality: what is said in the tandem stays in the tandem',
      'Confirm how long and how often: the total duration, the rhythm and the length of each session',
      'Put all session dates in both calendars',
    ],
    checkin: [
      'Look back on the first half: what has the mentee learned and tried so far?',
      'What works well in our sessions, and what should change?',
      'Are the goals still the right ones? Adjust them if needed',
      'Choose the focus for the second half',
    ],
    retrospective: [
      'Review the goals: what did we achieve, what not yet?',
      'What stays: which habits and tools will the mentee keep using?',
      'What did the mentor learn from the mentee?',
      'What next: how do we stay in touch, and what would we recommend to the next tandems?',
    ],
  },
  de: {
    kickoff: [
      'Stellt euch vor: Rolle, Hintergrund und was ihr euch vom Tandem erhofft',
      'Erwartungen klären: Was möchte der Mentee lernen, was möchte der Mentor weitergeben?',
      'Rollen vereinbaren: Der Mentor führt durch die Themen, der Mentee bringt Fragen mit und probiert aus',
      'Vertraulichkeit vereinbaren: Was im Tandem gesagt wird, bleibt im Tandem',
      'Dauer und Rhythmus bestätigen: Gesamtdauer, Abstand der Termine und Länge jedes Treffens',
      'Alle Termine in beide Kalender eintragen',
    ],
    checkin: [
      'Rückblick auf die erste Hälfte: Was hat der Mentee bisher gelernt und ausprobiert?',
      'Was funktioniert in unseren Treffen gut, was sollten wir ändern?',
      'Passen die Ziele noch? Bei Bedarf anpassen',
      'Den Schwerpunkt für die zweite Hälfte festlegen',
    ],
    retrospective: [
      'Ziele überprüfen: Was haben wir erreicht, was noch nicht?',
      'Was bleibt: Welche Gewohnheiten und Werkzeuge nutzt der Mentee weiter?',
      'Was hat der Mentor vom Mentee gelernt?',
      'Wie geht es weiter: Wie bleiben wir in Kontakt, und was empfehlen wir den nächsten Tandems?',
    ],
  },
};

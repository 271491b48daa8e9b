import type { Language } from '../locale/language.js';
import { DateTime } from '../time/luxon.js';

/** The program `tandem init` starts a repository with: a realistic pilot, before anyone signed up. */
export interface StarterProgram {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The first session: a Monday at least four weeks ahead, time for sign-ups and matching. */
  readonly start: string;
  readonly timezone: string;
  readonly language: Language;
  readonly label: string;
  readonly category: string;
  readonly programPath: string;
  readonly poolPath: string;
  readonly topics: readonly StarterTopic[];
}

export interface StarterTopic {
  readonly id: string;
  readonly title: string;
  readonly agenda: readonly string[];
}

export interface StarterProgramOptions {
  readonly language: Language;
  /** Today, YYYY-MM-DD. */
  readonly today: string;
  /** An IANA time zone. */
  readonly timezone: string;
}

/** Luxon's weekday: Monday is 1. */
function firstMondayFrom(day: DateTime): DateTime {
  return day.plus({ days: (8 - day.weekday) % 7 });
}

/** Nobody starts a program between Christmas and Epiphany: such a start moves to 7 January. */
function skipYearEnd(day: DateTime): DateTime {
  if (day.month === 12 && day.day >= 18) return day.set({ year: day.year + 1, month: 1, day: 7 });
  if (day.month === 1 && day.day < 7) return day.set({ day: 7 });
  return day;
}

/** One id in both languages: a second `init` in the other language finds the same files. */
export const STARTER_PROGRAM_ID = 'reverse-mentoring';
const WEEKS_FOR_SIGNUPS = 4;

const TEXT: Record<
  Language,
  Omit<StarterProgram, 'start' | 'timezone' | 'language' | 'id' | 'programPath' | 'poolPath'>
> = {
  en: {
    title: 'Reverse Mentoring',
    description:
      'Six months, every two weeks, 45 minutes. A junior colleague mentors a senior one on digital topics; what is said in a tandem stays in the tandem.',
    label: 'reverse-mentoring',
    category: 'Mentoring',
    topics: [
      {
        id: 'social-media',
        title: 'Social media and short video',
        agenda: [
          'Mentor walks through three accounts the team admires and why they work',
          "Mentee sets up or tidies a professional profile, with the mentor's help",
          'Mentee drafts a first short video or post; mentor gives feedback',
        ],
      },
      {
        id: 'ai-tools',
        title: 'AI tools at work',
        agenda: [
          'Mentor shows three everyday uses of AI assistants in their job',
          'Mentee tries an assistant on a real task (summary, draft, analysis) during the session',
          "Discuss limits, data protection and the company's rules on AI use",
        ],
      },
      {
        id: 'digital-teamwork',
        title: 'Digital teamwork and collaboration tools',
        agenda: [
          'Mentor demonstrates how their team works in chat, shared documents and boards',
          'Mentee runs one of their own meetings with a shared document instead of slides',
          'Reflect on which meetings could become asynchronous',
        ],
      },
      {
        id: 'new-work',
        title: 'New work and flexible leadership',
        agenda: [
          'Mentor describes what flexibility, purpose and feedback mean to their generation',
          'Mentee reflects on one leadership habit that could change',
          'Agree on one experiment (e.g. a meeting-free afternoon) and when to review it',
        ],
      },
      {
        id: 'employer-branding',
        title: 'Employer branding through the eyes of young talent',
        agenda: [
          'Mentor shows how candidates research an employer (review sites, social media, career page)',
          'Together read the last three job ads as a 25-year-old would',
          'Agree on one change the mentee will champion in their area',
        ],
      },
    ],
  },
  de: {
    title: 'Reverse Mentoring',
    description:
      'Sechs Monate, alle zwei Wochen, 45 Minuten. Jüngere Kolleg:innen begleiten Führungskräfte bei digitalen Themen; was im Tandem besprochen wird, bleibt im Tandem.',
    label: 'reverse-mentoring',
    category: 'Mentoring',
    topics: [
      {
        id: 'social-media',
        title: 'Social Media und Kurzvideos',
        agenda: [
          'Mentor:in stellt drei Accounts vor, die das Team bewundert, und warum sie funktionieren',
          'Mentee legt mit Hilfe der Mentor:in ein berufliches Profil an oder bringt es auf den neuesten Stand',
          'Mentee entwirft ein erstes Kurzvideo oder einen Beitrag; Mentor:in gibt Feedback',
        ],
      },
      {
        id: 'ki-werkzeuge',
        title: 'KI-Werkzeuge im Arbeitsalltag',
        agenda: [
          'Mentor:in zeigt drei alltägliche Einsätze von KI-Assistenten im eigenen Job',
          'Mentee probiert in der Sitzung einen Assistenten an einer echten Aufgabe aus (Zusammenfassung, Entwurf, Analyse)',
          'Grenzen, Datenschutz und die Regeln des Unternehmens zum KI-Einsatz besprechen',
        ],
      },
      {
        id: 'digitale-zusammenarbeit',
        title: 'Digitale Zusammenarbeit und Kollaborationswerkzeuge',
        agenda: [
          'Mentor:in zeigt, wie das eigene Team mit Chat, geteilten Dokumenten und Boards arbeitet',
          'Mentee leitet eine eigene Besprechung mit einem geteilten Dokument statt Folien',
          'Überlegen, welche Besprechungen asynchron werden könnten',
        ],
      },
      {
        id: 'new-work',
        title: 'New Work und flexible Führung',
        agenda: [
          'Mentor:in beschreibt, was Flexibilität, Sinn und Feedback der eigenen Generation bedeuten',
          'Mentee denkt über eine Führungsgewohnheit nach, die sich ändern könnte',
          'Ein Experiment vereinbaren (z. B. ein besprechungsfreier Nachmittag) und wann es ausgewertet wird',
        ],
      },
      {
        id: 'arbeitgebermarke',
        title: 'Die Arbeitgebermarke aus Sicht junger Talente',
        agenda: [
          'Mentor:in zeigt, wie Bewerber:innen einen Arbeitgeber recherchieren (Bewertungsportale, Social Media, Karriereseite)',
          'Gemeinsam die letzten drei Stellenanzeigen so lesen, wie es eine 25-Jährige täte',
          'Eine Änderung vereinbaren, für die sich die Mentee in ihrem Bereich einsetzt',
        ],
      },
    ],
  },
};

export function starterProgram(options: StarterProgramOptions): StarterProgram {
  const text = TEXT[options.language];
  const start = firstMondayFrom(
    skipYearEnd(DateTime.fromISO(options.today, { zone: 'utc' }).plus({ weeks: WEEKS_FOR_SIGNUPS })),
  );
  return {
    ...text,
    id: STARTER_PROGRAM_ID,
    title: `${text.title} ${start.year}`,
    start: start.toISODate()!,
    timezone: options.timezone,
    language: options.language,
    programPath: `programs/${STARTER_PROGRAM_ID}.yml`,
    poolPath: `pools/${STARTER_PROGRAM_ID}.yml`,
  };
}

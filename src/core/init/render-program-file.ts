import type { Language } from '../locale/language.js';
import { schemaModeline } from './schema-url.js';
import type { StarterProgram } from './starter-program.js';
import {
  commentAbove,
  commentAfter,
  createCommentedDocument,
  INIT_YAML_OPTIONS,
  useFlowStyle,
  useQuotes,
} from './yaml-comments.js';

interface ProgramComments {
  readonly header: readonly string[];
  readonly id: string;
  readonly start: string;
  readonly duration: string;
  readonly cadence: string;
  readonly time: string;
  readonly timezone: string;
  readonly language: string;
  readonly topics: readonly string[];
  readonly tandems: readonly string[];
  readonly optional: readonly string[];
  readonly report: readonly string[];
  readonly reminders: string;
  readonly signup: readonly string[];
}

const REFERENCE = 'https://github.com/tandem-mentoring/tandem#program-file-reference';

const COMMENTS: Record<Language, (program: StarterProgram) => ProgramComments> = {
  en: (program) => ({
    header: [
      'Your reverse-mentoring program. Change it in pull requests: the Tandem plan workflow checks every',
      'change and comments what merging will do; after the merge the Tandem sync workflow keeps one issue',
      `per tandem. Every key: ${REFERENCE}`,
    ],
    id: 'the stable key: issues carry the label tandem:<id>',
    start: 'the first session, time enough ahead for sign-ups and matching',
    duration: 'or "26 weeks", "P6M", or end: YYYY-MM-DD',
    cadence: 'weekly | biweekly | monthly | every N weeks | every N months',
    time: 'local start time (calendar files, reminders)',
    timezone: 'the IANA time zone of the sessions',
    language: 'en | de: built-in session items, issue texts and dates',
    topics: [
      'What the tandems talk about. The sign-up forms in .github/ISSUE_TEMPLATE/ offer these topics as',
      'checkboxes (each option starts with the topic id): change them there too when you change them here.',
    ],
    tandems: [
      'The pairs. The Tandem match workflow proposes them from the pool as a pull request; or write them:',
      '  - { mentor: lea-schmidt, mentee: martin-weber, topics: [social-media, ai-tools] }',
    ],
    optional: [
      'Optional: holidays: DE-BE (no session on a public holiday there),',
      'breaks: [{ from: 2027-07-26, to: 2027-08-13, reason: Summer break }], board: { url: … }.',
    ],
    report: [
      `Progress reports, one comment per week, in a discussion of the category "${program.category}"`,
      '(create it first); aggregate names nobody and quotes no checklist item.',
    ],
    reminders: 'a comment on the tandem issue a day before each session',
    signup: ['Sign-ups through the issue forms go into this pool file (the Tandem sign-ups workflow).'],
  }),
  de: (program) => ({
    header: [
      'Euer Reverse-Mentoring-Programm. Änderungen per Pull Request: Der Workflow „Tandem plan“ prüft jede',
      'Änderung und kommentiert, was das Mergen bewirkt; danach hält „Tandem sync“ ein Issue je Tandem',
      `aktuell. Alle Schlüssel: ${REFERENCE}`,
    ],
    id: 'der feste Schlüssel: Issues tragen das Label tandem:<id>',
    start: 'die erste Sitzung, mit genug Vorlauf für Anmeldungen und Matching',
    duration: 'oder "26 weeks", "P6M" oder end: JJJJ-MM-TT',
    cadence: 'weekly | biweekly | monthly | every N weeks | every N months',
    time: 'Beginn in Ortszeit (Kalenderdateien, Erinnerungen)',
    timezone: 'die IANA-Zeitzone der Sitzungen',
    language: 'en | de: eingebaute Sitzungspunkte, Issue-Texte und Datumsformate',
    topics: [
      'Worüber die Tandems sprechen. Die Anmeldeformulare in .github/ISSUE_TEMPLATE/ bieten diese Themen',
      'als Kästchen an (jede Option beginnt mit der Themen-id): Ändert sie dort mit, wenn ihr sie hier ändert.',
    ],
    tandems: [
      'Die Paare. Der Workflow „Tandem match“ schlägt sie aus dem Pool als Pull Request vor; oder selbst eintragen:',
      '  - { mentor: lea-schmidt, mentee: martin-weber, topics: [social-media, ki-werkzeuge] }',
    ],
    optional: [
      'Optional: holidays: DE-BE (keine Sitzung an Feiertagen dort),',
      'breaks: [{ from: 2027-07-26, to: 2027-08-13, reason: Sommerpause }], board: { url: … }.',
    ],
    report: [
      `Fortschrittsberichte, ein Kommentar je Woche, in einer Diskussion der Kategorie „${program.category}“`,
      '(zuerst anlegen); aggregate nennt niemanden und zitiert keine Checklistenpunkte.',
    ],
    reminders: 'ein Kommentar im Tandem-Issue einen Tag vor jeder Sitzung',
    signup: [
      'Anmeldungen über die Issue-Formulare landen in dieser Pool-Datei (Workflow „Tandem sign-ups“).',
    ],
  }),
};

/** programs/<id>.yml: the starter program, commented, with no tandems yet (matching fills them). */
export function renderProgramFile(program: StarterProgram): string {
  const comments = COMMENTS[program.language](program);
  const document = createCommentedDocument(
    {
      version: 1,
      id: program.id,
      title: program.title,
      description: program.description,
      start: program.start,
      duration: '6 months',
      cadence: 'every 2 weeks',
      session: { length: '45 minutes', time: '16:00' },
      timezone: program.timezone,
      language: program.language,
      labels: [program.label],
      topics: program.topics.map((topic) => ({ ...topic, agenda: [...topic.agenda] })),
      tandems: [],
      report: { discussion: { category: program.category }, visibility: 'aggregate' },
      reminders: { before: '1 day' },
      signup: { pool: program.poolPath },
    },
    [schemaModeline('program'), ...comments.header],
  );
  commentAfter(document, ['id'], comments.id);
  commentAfter(document, ['start'], comments.start);
  commentAfter(document, ['duration'], comments.duration);
  commentAfter(document, ['cadence'], comments.cadence);
  useQuotes(document, ['session', 'time']);
  commentAfter(document, ['session', 'time'], comments.time);
  commentAfter(document, ['timezone'], comments.timezone);
  commentAfter(document, ['language'], comments.language);
  useFlowStyle(document, ['labels']);
  commentAbove(document, ['topics'], comments.topics, true);
  commentAbove(document, ['tandems'], comments.tandems, true);
  useFlowStyle(document, ['tandems']);
  commentAbove(document, ['report'], [...comments.optional, '', ...comments.report], true);
  commentAfter(document, ['reminders', 'before'], comments.reminders);
  commentAbove(document, ['signup'], comments.signup, true);
  return document.toString(INIT_YAML_OPTIONS);
}

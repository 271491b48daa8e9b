import type { Program, Tandem, Topic } from '../../../src/core/program/program.js';
import type { Session } from '../../../src/core/schedule/session.js';

/** The first tandem of programs/example.yml as the validator resolves it (a hand-made model). */
const topics: readonly Topic[] = [
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
      "Discuss limits, data protection and our company's rules on AI use",
    ],
  },
];

export const exampleTandem: Tandem = {
  id: 'lea-schmidt-martin-weber',
  mentor: 'lea-schmidt',
  mentee: 'martin-weber',
  topics: ['social-media', 'ai-tools'],
  goals: [
    'Martin publishes one post a month on his own',
    'Martin uses an AI assistant for his weekly summary',
  ],
  start: '2027-01-11',
  end: '2027-07-10',
  cadence: { unit: 'week', every: 2, text: 'every 2 weeks' },
  session: { minutes: 45, time: '16:00', weekday: 'tuesday' },
};

export function exampleProgram(overrides: Partial<Program> = {}): Program {
  return {
    file: 'programs/example.yml',
    version: 1,
    id: 'digital-leadership-2027',
    title: 'Reverse Mentoring 2027 — Digital Leadership',
    description: 'Six months, every two weeks, 45 minutes.',
    start: '2027-01-11',
    end: '2027-07-10',
    durationText: '6 months',
    cadence: { unit: 'week', every: 2, text: 'every 2 weeks' },
    session: { minutes: 45, time: '16:00', weekday: 'tuesday' },
    timezone: 'Europe/Berlin',
    language: 'en',
    labels: ['reverse-mentoring'],
    topics,
    agenda: {
      kickoff: ['Share expectations and agree on roles', 'Agree that what is said here stays here'],
      checkin: ['Look back at the goals: what has changed?'],
      retrospective: ['What stays with you?', 'What comes next?'],
    },
    tandems: [exampleTandem],
    report: { visibility: 'aggregate', period: 'month' },
    templates: {},
    maxTandemsPerPerson: 1,
    ...overrides,
  };
}

/** Four sessions built by hand: kickoff, two topics, retrospective. */
export function exampleSessions(program: Program = exampleProgram()): Session[] {
  const [socialMedia, aiTools] = program.topics;
  const at = (date: string) => `${date}T16:00:00.000+01:00`;
  return [
    {
      key: 'kickoff',
      number: 1,
      kind: 'kickoff',
      date: '2027-01-12',
      startsAt: at('2027-01-12'),
      minutes: 45,
      agenda: program.agenda.kickoff,
    },
    {
      key: 'topic-social-media-1',
      number: 2,
      kind: 'topic',
      date: '2027-01-26',
      startsAt: at('2027-01-26'),
      minutes: 45,
      topic: socialMedia!,
      agenda: socialMedia!.agenda,
    },
    {
      key: 'topic-ai-tools-1',
      number: 3,
      kind: 'topic',
      date: '2027-02-09',
      startsAt: at('2027-02-09'),
      minutes: 45,
      topic: aiTools!,
      agenda: aiTools!.agenda,
    },
    {
      key: 'retrospective',
      number: 4,
      kind: 'retrospective',
      date: '2027-02-23',
      startsAt: at('2027-02-23'),
      minutes: 45,
      agenda: program.agenda.retrospective,
    },
  ];
}

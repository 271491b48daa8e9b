import type { Program, Tandem, Topic } from '../../../src/core/program/program.js';

/** Small topics with recognisable agenda items, so a test can tell which agenda a session got. */
export const TOPICS: readonly Topic[] = [
  { id: 'social-media', title: 'Social media and short video', agenda: ['Look at three accounts'] },
  { id: 'ai-tools', title: 'AI tools at work', agenda: ['Try an assistant', 'Discuss the limits'] },
  { id: 'new-work', title: 'New work and flexible leadership', agenda: ['Plan one experiment'] },
];

/** A normalized tandem as program loading produces it; override what the test is about. */
export function makeTandem(overrides: Partial<Tandem> = {}): Tandem {
  return {
    id: 'lea-schmidt-martin-weber',
    mentor: 'lea-schmidt',
    mentee: 'martin-weber',
    topics: ['social-media', 'ai-tools', 'new-work'],
    goals: ['Martin publishes one post a month on his own'],
    start: '2027-01-11',
    end: '2027-07-10',
    cadence: { unit: 'week', every: 2, text: 'every 2 weeks' },
    session: { minutes: 45 },
    ...overrides,
  };
}

/** A normalized program with one tandem unless `tandems` is given. */
export function makeProgram(overrides: Partial<Program> = {}): Program {
  return {
    file: 'programs/test.yml',
    version: 1,
    id: 'test-program',
    title: 'Reverse Mentoring Test',
    start: '2027-01-11',
    end: '2027-07-10',
    durationText: '6 months',
    cadence: { unit: 'week', every: 2, text: 'every 2 weeks' },
    session: { minutes: 45 },
    timezone: 'Europe/Berlin',
    language: 'en',
    labels: ['reverse-mentoring'],
    topics: TOPICS,
    agenda: {
      kickoff: ['Agree on expectations and roles', 'Agree on confidentiality'],
      checkin: ['What works, what does not'],
      retrospective: ['What stays', 'What next'],
    },
    tandems: [makeTandem()],
    report: { visibility: 'aggregate', period: 'week' },
    templates: {},
    maxTandemsPerPerson: 1,
    ...overrides,
  };
}

export const weekly = { unit: 'week', every: 1, text: 'weekly' } as const;
export const biweekly = { unit: 'week', every: 2, text: 'every 2 weeks' } as const;
export const monthly = { unit: 'month', every: 1, text: 'monthly' } as const;

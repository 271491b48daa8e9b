import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BUILTIN_AGENDA } from '../../../src/core/program/builtin-agenda.js';
import { loadProgram } from '../../../src/core/validate/load-program.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VALID = path.join(ROOT, 'tests/fixtures/programs/valid');

function loadValid(name: string) {
  const readTemplate = (templatePath: string): string | undefined => {
    try {
      return readFileSync(path.join(VALID, templatePath), 'utf8');
    } catch {
      return undefined;
    }
  };
  const result = loadProgram(name, readFileSync(path.join(VALID, name)), { readTemplate });
  expect(result.diagnostics).toEqual([]);
  expect(result.program).toBeDefined();
  return result.program!;
}

describe('valid programs', () => {
  test('the example program loads with no diagnostics', () => {
    const file = 'programs/example.yml';
    const result = loadProgram(file, readFileSync(path.join(ROOT, file)), {
      readTemplate: (templatePath) => readFileSync(path.join(ROOT, templatePath), 'utf8'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.program).toMatchObject({
      file,
      id: 'digital-leadership-2027',
      start: '2027-01-11',
      end: '2027-07-10',
      durationText: '6 months',
      cadence: { unit: 'week', every: 2, text: 'every 2 weeks' },
      session: { minutes: 45, time: '16:00', weekday: 'tuesday' },
      reminders: { beforeMinutes: 24 * 60, text: '1 day' },
    });
    expect(result.program!.tandems).toHaveLength(6);
    expect(result.programIdRange).toEqual({ line: 3, col: 5, endLine: 3, endCol: 28 });
  });

  test('a minimal program gets every default filled in', () => {
    expect(loadValid('minimal.yml')).toEqual({
      file: 'minimal.yml',
      version: 1,
      id: 'minimal',
      title: 'Minimal program',
      start: '2027-03-01',
      end: '2027-08-29',
      durationText: '26 weeks',
      cadence: { unit: 'week', every: 1, text: 'weekly' },
      session: { minutes: 60 },
      timezone: 'UTC',
      language: 'en',
      labels: [],
      topics: [{ id: 'ai-tools', title: 'AI tools at work', agenda: [] }],
      agenda: BUILTIN_AGENDA.en,
      tandems: [
        {
          id: 'lea-schmidt-martin-weber',
          mentor: 'lea-schmidt',
          mentee: 'martin-weber',
          topics: ['ai-tools'],
          goals: [],
          start: '2027-03-01',
          end: '2027-08-29',
          cadence: { unit: 'week', every: 1, text: 'weekly' },
          session: { minutes: 60 },
        },
      ],
      report: { visibility: 'aggregate', period: 'week' },
      templates: {},
      maxTandemsPerPerson: 1,
    });
  });

  test('a German monthly program with an end date keeps the built-in German items it does not replace', () => {
    const program = loadValid('german-monthly.yml');
    expect(program).toMatchObject({
      language: 'de',
      end: '2027-12-17',
      durationText: 'until 2027-12-17',
      cadence: { unit: 'month', every: 1, text: 'monthly' },
      session: { minutes: 90, weekday: 'monday' },
      timezone: 'Europe/Berlin',
      labels: ['reverse-mentoring', 'führung'],
      report: {
        discussion: {
          category: 'Mentoring',
          title: 'Reverse Mentoring 2027 — Digitale Führung — Fortschritt',
        },
        visibility: 'aggregate',
        period: 'week',
      },
    });
    expect(program.agenda).toEqual({
      kickoff: ['Erwartungen, Rollen und Vertraulichkeit klären', 'Alle Termine in den Kalender eintragen'],
      checkin: BUILTIN_AGENDA.de.checkin,
      retrospective: BUILTIN_AGENDA.de.retrospective,
    });
    expect(program.topics[1]).toEqual({ id: 'soziale-medien', title: 'Soziale Medien', agenda: [] });
  });

  test('a weekday, a time, an ISO duration, reminders and compiling templates are resolved', () => {
    expect(loadValid('weekday-time.yml')).toMatchObject({
      end: '2027-07-11',
      durationText: 'P26W',
      cadence: { unit: 'week', every: 3, text: 'every 3 weeks' },
      session: { minutes: 90, time: '09:30', weekday: 'thursday' },
      timezone: 'America/New_York',
      reminders: { beforeMinutes: 120, text: '2 hours' },
      templates: { issue: 'templates/issue.md.hbs', reminder: 'templates/reminder.md.hbs' },
      report: {
        discussion: { category: 'General', title: 'Thursday mornings — progress' },
        visibility: 'tandems',
      },
    });
  });

  test('tandem overrides apply over the program settings, and anchors work', () => {
    const program = loadValid('tandem-overrides.yml');
    expect(program.end).toBe('2027-07-10');
    expect(program.tandems).toEqual([
      {
        id: 'marketing.1',
        mentor: 'lea-schmidt',
        mentee: 'martin-weber',
        topics: ['social-media', 'ai-tools'],
        goals: ['Publish one post a month', 'Use an assistant weekly'],
        start: '2027-02-01',
        end: '2027-07-10',
        cadence: { unit: 'week', every: 1, text: 'weekly' },
        session: { minutes: 60, time: '16:00', weekday: 'friday' },
      },
      {
        id: 'lea-schmidt-sabine-hoffmann',
        mentor: 'lea-schmidt',
        mentee: 'sabine-hoffmann',
        topics: ['ai-tools'],
        goals: ['Publish one post a month', 'Use an assistant weekly'],
        start: '2027-01-11',
        end: '2027-07-10',
        cadence: { unit: 'week', every: 2, text: 'every 2 weeks' },
        session: { minutes: 45, time: '08:00', weekday: 'tuesday' },
      },
    ]);
  });

  test('the built-in agenda has the same number of items in English and German', () => {
    for (const kind of ['kickoff', 'checkin', 'retrospective'] as const) {
      expect(BUILTIN_AGENDA.de[kind]).toHaveLength(BUILTIN_AGENDA.en[kind].length);
    }
    expect(BUILTIN_AGENDA.en.kickoff.join(' ')).toMatch(/confidential/i);
  });
});

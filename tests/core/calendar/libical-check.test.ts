import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Program } from '../../../src/core/program/program.js';
import { renderCalendar } from '../../../src/core/render/render-calendar.js';
import { planProgramSchedules } from '../../../src/core/schedule/schedule-sessions.js';
import { loadCalendarProgram } from '../schedule/load-calendar-program.js';
import { buildLibicalCheck, checkWithLibical } from './libical-oracle.js';

const checker = buildLibicalCheck();
if (!checker) console.log('libical-dev or a C compiler is missing: the check with libical is skipped');
afterAll(() => checker && rmSync(checker, { force: true }));

async function programCalendar(): Promise<string> {
  // Weekly at 16:00 in Berlin over a year with holidays and a break: moved and cancelled events.
  const { program } = await loadCalendarProgram({
    start: '2027-01-04',
    end: '2027-12-31',
    cadence: 'weekly',
    weekday: 'monday',
    time: '16:00',
    holidays: 'DE-BE',
    breaks: ['- { from: 2027-07-26, to: 2027-08-13, reason: Summer break }'],
  });
  const withReminders: Program = { ...program!, reminders: { beforeMinutes: 60, text: '1 hour' } };
  return renderCalendar(withReminders, withReminders.tandems, planProgramSchedules(withReminders), {
    now: new Date('2027-01-02T08:00:00Z'),
    issueUrl: () => 'https://github.com/acme/mentoring/issues/7',
  });
}

describe.skipIf(!checker)('calendar files against libical', () => {
  it('pass libical’s parser and RFC 5545 restrictions: every event, alarms and cancellations included', async () => {
    const ics = await programCalendar();
    const events = ics.match(/^BEGIN:VEVENT/gm)!.length;
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('BEGIN:VALARM');
    const verdict = checkWithLibical(checker!, ics);
    expect(verdict.output).toBe(`${events} events, 0 errors\n`);
    expect(verdict.ok).toBe(true);
  });

  it('would fail as an iTIP publication without an organiser: that is why the file has no METHOD', async () => {
    const ics = await programCalendar();
    expect(ics).not.toMatch(/^METHOD:/m);
    const published = ics.replace('BEGIN:VEVENT', 'METHOD:PUBLISH\r\nBEGIN:VEVENT');
    const verdict = checkWithLibical(checker!, published);
    expect(verdict.ok).toBe(false);
    expect(verdict.output).toContain('Failed iTIP restrictions for ORGANIZER property');
  });
});

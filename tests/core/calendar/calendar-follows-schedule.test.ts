import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Program } from '../../../src/core/program/program.js';
import { renderCalendar } from '../../../src/core/render/render-calendar.js';
import { planProgramSchedules } from '../../../src/core/schedule/schedule-sessions.js';
import { type CalendarProgramOptions, loadCalendarProgram } from '../schedule/load-calendar-program.js';

const NOW = new Date('2027-01-05T08:00:00Z');
const ISSUE = 'https://github.com/acme/mentoring/issues/7';

// Every 2 weeks on Mondays at 16:00 in Berlin through 2027: Easter Monday moves, a summer break drops one.
const OPTIONS: CalendarProgramOptions = {
  start: '2027-01-04',
  end: '2027-12-31',
  cadence: 'every 2 weeks',
  weekday: 'monday',
  time: '16:00',
  holidays: 'DE-BE',
  breaks: ['- { from: 2027-07-26, to: 2027-08-13, reason: Summer break }'],
};

async function programWith(options: Partial<CalendarProgramOptions> = {}): Promise<Program> {
  const { program, diagnostics } = await loadCalendarProgram({ ...OPTIONS, ...options });
  expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  return { ...program!, reminders: { beforeMinutes: 24 * 60, text: '1 day' } };
}

function exportCalendar(program: Program) {
  const ics = renderCalendar(program, program.tandems, planProgramSchedules(program), {
    now: NOW,
    issueUrl: () => ISSUE,
  });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  return {
    ics,
    calendar,
    vevents,
    byUid: new Map(vevents.map((vevent) => [new ICAL.Event(vevent).uid, vevent])),
  };
}

const utc = (vevent: ICAL.Component) => new ICAL.Event(vevent).startDate.toJSDate().toISOString();

describe('calendar files follow holidays, breaks and moves', () => {
  it('has one event per session of the rhythm, the dropped one cancelled, the moved one on its new day', async () => {
    const program = await programWith();
    const { sessions, cancelled } = planProgramSchedules(program).get(program.tandems[0]!.id)!;
    const { vevents, byUid } = exportCalendar(program);
    expect(vevents).toHaveLength(sessions.length + cancelled.length);
    expect(cancelled).toHaveLength(1);
    const dropped = byUid.get(`calendar-test.lea-schmidt-martin-weber.${cancelled[0]!.key}@tandem`)!;
    expect(dropped.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(utc(dropped)).toBe('2027-08-02T14:00:00.000Z');
    const held = vevents.filter((vevent) => vevent !== dropped);
    expect(held.every((vevent) => vevent.getFirstPropertyValue('status') === null)).toBe(true);
    // Easter Monday, 29 March, moved to Tuesday 30 March, 16:00 summer time.
    const easter = sessions.find((session) => session.moved?.from === '2027-03-29')!;
    expect(utc(byUid.get(`calendar-test.lea-schmidt-martin-weber.${easter.key}@tandem`)!)).toBe(
      '2027-03-30T14:00:00.000Z',
    );
  });

  it('keeps every UID when the pair moves a session, and gives the moved event its new day and time', async () => {
    const before = exportCalendar(await programWith());
    const after = exportCalendar(
      await programWith({ moves: ['- { from: 2027-03-15, to: 2027-03-17, time: "09:30" }'] }),
    );
    expect([...after.byUid.keys()]).toEqual([...before.byUid.keys()]);
    const changed = [...after.byUid].filter(([uid, vevent]) => utc(vevent) !== utc(before.byUid.get(uid)!));
    expect(changed.map(([, vevent]) => utc(vevent))).toEqual(['2027-03-17T08:30:00.000Z']);
  });

  it('gives every held event an alarm at reminders.before and a link to the tandem’s issue', async () => {
    const { vevents } = exportCalendar(await programWith());
    for (const vevent of vevents) {
      expect(vevent.getFirstPropertyValue('url')).toBe(ISSUE);
      expect(String(vevent.getFirstPropertyValue('description'))).toContain(ISSUE);
      if (vevent.getFirstPropertyValue('status') === 'CANCELLED') continue;
      const alarm = vevent.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P1D');
    }
  });

  it('is a calendar to import, not an iTIP message: no METHOD, so no ORGANIZER address is needed', async () => {
    const { ics, calendar } = exportCalendar(await programWith());
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(ics).not.toMatch(/^METHOD:/m);
  });
});

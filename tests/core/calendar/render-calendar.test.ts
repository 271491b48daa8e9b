import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Program, Tandem } from '../../../src/core/program/program.js';
import { renderCalendar } from '../../../src/core/render/render-calendar.js';
import { planProgramSchedules } from '../../../src/core/schedule/schedule-sessions.js';
import { makeProgram, makeTandem, weekly } from '../schedule/make-program.js';

// Read back with ical.js, a parser independent of the generator. It has no time-zone data of its own
// beyond UTC: a TZID resolves only through the VTIMEZONE in the file.
function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events, byUid: new Map(events.map((event) => [event.uid, event])) };
}

function render(
  program: Program,
  now = new Date('2027-01-05T08:00:00Z'),
  tandems: readonly Tandem[] = program.tandems,
) {
  return renderCalendar(program, tandems, planProgramSchedules(program), { now });
}

const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

// Weekly at 16:00 in Berlin across the switch to summer time on 2027-03-28.
const springTandem = makeTandem({
  start: '2027-03-09',
  end: '2027-04-06',
  cadence: weekly,
  session: { minutes: 45, time: '16:00' },
});
const allDayTandem = makeTandem({
  id: 'jonas-krause-sabine-hoffmann',
  mentor: 'jonas-krause',
  mentee: 'sabine-hoffmann',
  topics: ['new-work'],
  start: '2027-05-04',
  end: '2027-05-18',
  cadence: weekly,
  session: { minutes: 60 },
});
const program = makeProgram({ tandems: [springTandem, allDayTandem] });

describe('renderCalendar', () => {
  it('has one event per session of every tandem, with a UID per program, tandem and session key', () => {
    const { events } = parseCalendar(render(program));
    expect(events.map((event) => event.uid)).toEqual([
      'test-program.lea-schmidt-martin-weber.kickoff@tandem',
      'test-program.lea-schmidt-martin-weber.topic-social-media-1@tandem',
      'test-program.lea-schmidt-martin-weber.checkin@tandem',
      'test-program.lea-schmidt-martin-weber.topic-ai-tools-1@tandem',
      'test-program.lea-schmidt-martin-weber.retrospective@tandem',
      'test-program.jonas-krause-sabine-hoffmann.kickoff@tandem',
      'test-program.jonas-krause-sabine-hoffmann.checkin@tandem',
      'test-program.jonas-krause-sabine-hoffmann.retrospective@tandem',
    ]);
  });

  it('keeps 16:00 Berlin time on both sides of the daylight-saving change, resolved through the VTIMEZONE', () => {
    const { calendar, events } = parseCalendar(render(program));
    const timezones = calendar.getAllSubcomponents('vtimezone');
    expect(timezones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);

    const timed = events.slice(0, 5);
    for (const event of timed) {
      expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
      expect(event.startDate.zone?.component).toBeDefined(); // built from the file's VTIMEZONE
      expect([event.startDate.hour, event.startDate.minute]).toEqual([16, 0]);
      expect(event.duration.toSeconds()).toBe(45 * 60);
    }
    expect(timed.map((event) => utc(event.startDate))).toEqual([
      '2027-03-09T15:00:00.000Z',
      '2027-03-16T15:00:00.000Z',
      '2027-03-23T15:00:00.000Z',
      '2027-03-30T14:00:00.000Z',
      '2027-04-06T14:00:00.000Z',
    ]);
    expect(utc(timed[4]!.endDate)).toBe('2027-04-06T14:45:00.000Z');
  });

  it('resolves New York times through their own VTIMEZONE', () => {
    const newYork = makeProgram({
      timezone: 'America/New_York',
      tandems: [
        makeTandem({
          start: '2027-03-04',
          end: '2027-03-25',
          cadence: weekly,
          session: { minutes: 30, time: '09:30' },
        }),
      ],
    });
    const { calendar, events } = parseCalendar(render(newYork));
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'America/New_York',
    );
    expect(events.map((event) => utc(event.startDate))).toEqual([
      '2027-03-04T14:30:00.000Z',
      '2027-03-11T14:30:00.000Z',
      '2027-03-18T13:30:00.000Z',
      '2027-03-25T13:30:00.000Z',
    ]);
  });

  it('makes a session without a time an all-day event on its local date', () => {
    const { byUid } = parseCalendar(render(program));
    const kickoff = byUid.get('test-program.jonas-krause-sabine-hoffmann.kickoff@tandem')!;
    expect(kickoff.startDate.isDate).toBe(true);
    expect(kickoff.startDate.toString()).toBe('2027-05-04');
    expect(kickoff.endDate.toString()).toBe('2027-05-05');
  });

  it('names the pair and the session in the summary and lists the agenda in the description', () => {
    const { byUid } = parseCalendar(render(program));
    const kickoff = byUid.get('test-program.lea-schmidt-martin-weber.kickoff@tandem')!;
    expect(kickoff.summary).toBe('Tandem: lea-schmidt ↔ martin-weber · Kickoff');
    expect(kickoff.description).toBe(
      'Session 1 of 5 · 45 minutes\n\n- Agree on expectations and roles\n- Agree on confidentiality',
    );
    const topic = byUid.get('test-program.lea-schmidt-martin-weber.topic-ai-tools-1@tandem')!;
    expect(topic.summary).toBe('Tandem: lea-schmidt ↔ martin-weber · AI tools at work');
    expect(topic.description).toBe('Session 4 of 5 · 45 minutes\n\n- Try an assistant\n- Discuss the limits');
    expect(byUid.get('test-program.jonas-krause-sabine-hoffmann.checkin@tandem')!.summary).toBe(
      'Tandem: jonas-krause ↔ sabine-hoffmann · Check-in',
    );
  });

  it('writes summaries in the program’s language', () => {
    const german = makeProgram({ language: 'de', tandems: [springTandem] });
    const { events } = parseCalendar(render(german));
    expect(events[0]!.summary).toBe('Tandem: lea-schmidt ↔ martin-weber · Auftakt');
    expect(events[0]!.description).toMatch(/^Termin 1 von 5 · 45 Minuten\n/);
    expect(events[4]!.summary).toBe('Tandem: lea-schmidt ↔ martin-weber · Rückblick');
  });

  it('keeps the UIDs between exports and raises SEQUENCE in a later one, stamped with its time', () => {
    const first = parseCalendar(render(program, new Date('2027-01-05T08:00:00Z')));
    const later = parseCalendar(render(program, new Date('2027-01-05T08:01:00Z')));
    expect(later.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid));
    for (const [index, event] of later.events.entries()) {
      expect(event.sequence).toBeGreaterThan(first.events[index]!.sequence);
      expect(utc(event.component.getFirstPropertyValue('dtstamp') as ICAL.Time)).toBe(
        '2027-01-05T08:01:00.000Z',
      );
    }
  });

  it('gives a moved session the same UID with its new date', () => {
    const moved = makeProgram({ tandems: [{ ...springTandem, start: '2027-03-10', end: '2027-04-07' }] });
    const before = parseCalendar(render(program)).byUid.get(
      'test-program.lea-schmidt-martin-weber.checkin@tandem',
    )!;
    const after = parseCalendar(render(moved, new Date('2027-02-01T00:00:00Z'))).byUid.get(
      'test-program.lea-schmidt-martin-weber.checkin@tandem',
    )!;
    expect(utc(before.startDate)).toBe('2027-03-23T15:00:00.000Z');
    expect(utc(after.startDate)).toBe('2027-03-24T15:00:00.000Z');
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it('carries the product id, the program title as calendar name, and the time zone', () => {
    const { calendar } = parseCalendar(render(program));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Tandem//Tandem//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Reverse Mentoring Test');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
  });

  it('exports only the tandems it is given', () => {
    const { events } = parseCalendar(render(program, undefined, [allDayTandem]));
    expect(events.map((event) => event.uid)).toEqual([
      'test-program.jonas-krause-sabine-hoffmann.kickoff@tandem',
      'test-program.jonas-krause-sabine-hoffmann.checkin@tandem',
      'test-program.jonas-krause-sabine-hoffmann.retrospective@tandem',
    ]);
  });

  it('uses the TZID of the VTIMEZONE when the program names a zone by an alias', () => {
    const kiev = makeProgram({ timezone: 'Europe/Kiev', tandems: [springTandem] });
    const { calendar, events } = parseCalendar(render(kiev));
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Kyiv');
    expect(events[0]!.startDate.zone?.tzid).toBe('Europe/Kyiv');
    expect(utc(events[0]!.startDate)).toBe('2027-03-09T14:00:00.000Z');
  });

  it('writes CRLF line endings and folds lines at 75 octets', () => {
    const ics = render(program);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.some((line) => line.includes('\n'))).toBe(false);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

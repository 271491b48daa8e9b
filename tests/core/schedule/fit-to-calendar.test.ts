import { describe, expect, test } from 'vitest';
import { isWeekend } from '../../../src/core/program/program-dates.js';
import { planTandemSchedule, rhythmSessions } from '../../../src/core/schedule/schedule-sessions.js';
import { type CalendarProgramOptions, loadCalendarProgram } from './load-calendar-program.js';

const SUMMER_BREAK = '- { from: 2027-07-26, to: 2027-08-13, reason: Summer break }';

interface Case {
  readonly name: string;
  readonly program: CalendarProgramOptions;
  /** [rhythm date, new date, why] of every session that moved. */
  readonly moved: readonly (readonly [string, string, string])[];
  readonly cancelled?: readonly (readonly [string, string])[];
}

const CASES: readonly Case[] = [
  {
    name: 'DE-BE, weekly on Fridays through 2027: New Year, Good Friday, Christmas Eve and New Year’s Eve',
    program: {
      start: '2027-01-01',
      end: '2027-12-31',
      cadence: 'weekly',
      weekday: 'friday',
      holidays: 'DE-BE',
    },
    moved: [
      ['2027-01-01', '2027-01-04', "New Year's Day"],
      // Monday 29 March is Easter Monday: the next free working day is the Tuesday.
      ['2027-03-26', '2027-03-30', 'Good Friday'],
      ['2027-12-24', '2027-12-27', 'Christmas Eve'],
      ['2027-12-31', '2028-01-03', "New Year's Eve"],
    ],
  },
  {
    name: 'DE-BE, weekly on Mondays through 2027: Women’s Day (Berlin only), Easter Monday and Pentecost Monday',
    program: {
      start: '2027-01-04',
      end: '2027-12-31',
      cadence: 'weekly',
      weekday: 'monday',
      holidays: 'DE-BE',
    },
    moved: [
      ['2027-03-08', '2027-03-09', "International Women's Day"],
      ['2027-03-29', '2027-03-30', 'Easter Monday'],
      ['2027-05-17', '2027-05-18', 'Whit Monday'],
    ],
  },
  {
    name: 'DE-BE in German, weekly on Tuesdays: German Unity Day and Christmas, names in German',
    program: {
      start: '2028-09-05',
      end: '2029-01-31',
      cadence: 'weekly',
      weekday: 'tuesday',
      holidays: 'DE-BE',
      language: 'de',
    },
    moved: [
      ['2028-10-03', '2028-10-04', 'Tag der Deutschen Einheit'],
      ['2028-12-26', '2028-12-27', '2. Weihnachtstag'],
    ],
  },
  {
    name: 'DE-BE, monthly from 1 January without a weekday: Labour Day on a Saturday moves to Monday',
    program: { start: '2027-01-01', end: '2027-12-31', cadence: 'monthly', holidays: 'DE-BE' },
    moved: [
      ['2027-01-01', '2027-01-04', "New Year's Day"],
      ['2027-05-01', '2027-05-03', 'Labour Day'],
    ],
  },
  {
    name: 'DE-BE, every 2 weeks on Mondays with a summer break: one session dropped, one moved',
    program: {
      start: '2027-01-04',
      end: '2027-12-31',
      cadence: 'every 2 weeks',
      weekday: 'monday',
      holidays: 'DE-BE',
      breaks: [SUMMER_BREAK, '- 2027-06-21'],
    },
    moved: [
      ['2027-03-29', '2027-03-30', 'Easter Monday'],
      ['2027-06-21', '2027-06-22', 'break'],
    ],
    // The break covers both working weeks before the next session (16 August).
    cancelled: [['2027-08-02', 'Summer break']],
  },
  {
    name: 'US-CA, weekly on Thursdays: Veterans Day, Thanksgiving (and the day after), Christmas',
    program: {
      start: '2027-09-02',
      end: '2028-01-31',
      cadence: 'weekly',
      weekday: 'thursday',
      holidays: 'US-CA',
      timezone: 'America/Los_Angeles',
      time: '09:00',
    },
    moved: [
      ['2027-11-11', '2027-11-12', 'Veterans Day'],
      ['2027-11-25', '2027-11-29', 'Thanksgiving Day'],
    ],
  },
  {
    name: 'US-CA, monthly from 4 July: Independence Day moves to the 6th (the 5th is its substitute day)',
    program: {
      start: '2027-07-04',
      end: '2027-12-31',
      cadence: 'monthly',
      holidays: 'US-CA',
      timezone: 'America/Los_Angeles',
    },
    moved: [['2027-07-04', '2027-07-06', 'Independence Day']],
  },
];

describe('sessions fit real calendars', () => {
  test.each(CASES)('$name', async ({ program: options, moved, cancelled = [] }) => {
    const { program, diagnostics } = await loadCalendarProgram(options);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const tandem = program!.tandems[0]!;
    const rhythm = rhythmSessions(program!, tandem);
    const { sessions, cancelled: dropped } = planTandemSchedule(program!, tandem);

    expect(sessions.filter((s) => s.moved).map((s) => [s.moved!.from, s.date, s.moved!.reason])).toEqual(
      moved,
    );
    expect(dropped.map((s) => [s.date, s.cancelledBecause])).toEqual(cancelled);
    // Count and order kept: every session of the rhythm is held or cancelled, keys in the rhythm's order.
    expect(sessions.length + dropped.length).toBe(rhythm.length);
    const kept = new Set([...sessions, ...dropped].map((s) => s.key));
    expect(rhythm.filter((s) => kept.has(s.key)).map((s) => s.key)).toEqual(rhythm.map((s) => s.key));
    expect(sessions.map((s) => s.key)).toEqual(
      rhythm
        .filter((s) => !dropped.includes(s as never))
        .map((s) => s.key)
        .filter((key) => !dropped.some((d) => d.key === key)),
    );
    expect(sessions.map((s) => s.number)).toEqual(sessions.map((_, index) => index + 1));
    // Never on a closed day, never two on one day, always in order, never onto a new weekend.
    for (const [index, session] of sessions.entries()) {
      expect(program!.closedDays!.has(session.date), session.date).toBe(false);
      if (index > 0) expect(session.date > sessions[index - 1]!.date).toBe(true);
      if (session.moved) expect(isWeekend(session.date)).toBe(false);
    }
    // The rhythm is kept: a session that did not move is on its rhythm date, a moved one before the next.
    const rhythmDates = new Map(
      rhythm.map((s, index) => [s.key, { date: s.date, next: rhythm[index + 1]?.date }]),
    );
    for (const session of sessions) {
      const { date, next } = rhythmDates.get(session.key)!;
      if (!session.moved) expect(session.date).toBe(date);
      else if (next !== undefined) expect(session.date < next).toBe(true);
    }
  });

  test('a moved session with a time starts at that time on its new day, in the offset of that day', async () => {
    const { program } = await loadCalendarProgram({
      start: '2027-03-22',
      end: '2027-04-30',
      cadence: 'weekly',
      weekday: 'friday',
      time: '16:00',
      holidays: 'DE-BE',
    });
    const { sessions } = planTandemSchedule(program!, program!.tandems[0]!);
    // Good Friday 26 March (winter time) → Tuesday 30 March (summer time).
    expect(sessions.find((s) => s.moved)).toMatchObject({
      date: '2027-03-30',
      startsAt: '2027-03-30T16:00:00+02:00',
    });
  });
});

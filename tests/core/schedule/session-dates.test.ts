import { describe, expect, it } from 'vitest';
import type { Tandem } from '../../../src/core/program/program.js';
import { scheduleSessions } from '../../../src/core/schedule/schedule-sessions.js';
import { biweekly, makeProgram, makeTandem, monthly, weekly } from './make-program.js';

// Every expected date below was worked out by hand from a calendar, not by running the code.
// 2027: Jan 1 is a Friday, Mar 1 a Monday, Oct 1 a Friday. 2028 (a leap year): Jan 1 is a Saturday.
// Europe/Berlin switches to summer time on Sun 2027-03-28 and back on Sun 2027-10-31;
// America/New_York on Sun 2027-03-14 and back on Sun 2027-11-07.

function schedule(tandem: Partial<Tandem>, timezone = 'Europe/Berlin') {
  const program = makeProgram({ timezone });
  return scheduleSessions(program, makeTandem(tandem));
}

const dates = (tandem: Partial<Tandem>, timezone?: string) => schedule(tandem, timezone).map((s) => s.date);
const starts = (tandem: Partial<Tandem>, timezone?: string) =>
  schedule(tandem, timezone).map((s) => s.startsAt);

describe('session dates', () => {
  it('keeps a weekly 16:00 at 16:00 Berlin time across the spring change, the offset moving to +02:00', () => {
    const tandem = {
      start: '2027-03-09',
      end: '2027-04-06',
      cadence: weekly,
      session: { minutes: 45, time: '16:00' },
    };
    expect(starts(tandem)).toEqual([
      '2027-03-09T16:00:00+01:00',
      '2027-03-16T16:00:00+01:00',
      '2027-03-23T16:00:00+01:00',
      '2027-03-30T16:00:00+02:00',
      '2027-04-06T16:00:00+02:00',
    ]);
    expect(dates(tandem)).toEqual(['2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30', '2027-04-06']);
  });

  it('keeps an every-2-weeks 16:00 across the autumn change, the offset moving back to +01:00', () => {
    const tandem = {
      start: '2027-10-05',
      end: '2027-11-30',
      cadence: biweekly,
      session: { minutes: 45, time: '16:00' },
    };
    expect(starts(tandem)).toEqual([
      '2027-10-05T16:00:00+02:00',
      '2027-10-19T16:00:00+02:00',
      '2027-11-02T16:00:00+01:00',
      '2027-11-16T16:00:00+01:00',
      '2027-11-30T16:00:00+01:00',
    ]);
  });

  it('follows New York daylight saving, which changes on other Sundays than Europe', () => {
    const session = { minutes: 60, time: '09:30' };
    expect(
      starts({ start: '2027-03-04', end: '2027-03-25', cadence: weekly, session }, 'America/New_York'),
    ).toEqual([
      '2027-03-04T09:30:00-05:00',
      '2027-03-11T09:30:00-05:00',
      '2027-03-18T09:30:00-04:00',
      '2027-03-25T09:30:00-04:00',
    ]);
    // 2027-11-04 is still summer time in New York (it ends on 7 November), but not in Berlin (31 October).
    expect(
      starts({ start: '2027-10-28', end: '2027-11-11', cadence: weekly, session }, 'America/New_York'),
    ).toEqual(['2027-10-28T09:30:00-04:00', '2027-11-04T09:30:00-04:00', '2027-11-11T09:30:00-05:00']);
  });

  it('moves a start time that does not exist on the spring-forward day forward by the gap', () => {
    const tandem = {
      start: '2027-03-21',
      end: '2027-04-04',
      cadence: weekly,
      session: { minutes: 30, time: '02:30' },
    };
    expect(starts(tandem)).toEqual([
      '2027-03-21T02:30:00+01:00',
      '2027-03-28T03:30:00+02:00',
      '2027-04-04T02:30:00+02:00',
    ]);
    expect(dates(tandem)).toEqual(['2027-03-21', '2027-03-28', '2027-04-04']);
  });

  it('computes monthly dates from the start, so 31 January gives each month its last day (Feb 29 in 2028)', () => {
    expect(dates({ start: '2028-01-31', end: '2028-06-30', cadence: monthly })).toEqual([
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
      '2028-04-30',
      '2028-05-31',
      '2028-06-30',
    ]);
    expect(dates({ start: '2027-01-31', end: '2027-03-31', cadence: monthly })).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
    ]);
  });

  it('counts every N months from the start', () => {
    const everyTwoMonths = { unit: 'month', every: 2, text: 'every 2 months' } as const;
    expect(dates({ start: '2027-08-31', end: '2028-04-30', cadence: everyTwoMonths })).toEqual([
      '2027-08-31',
      '2027-10-31',
      '2027-12-31',
      '2028-02-29',
      '2028-04-30',
    ]);
  });

  it('moves each date forward to the session weekday, and leaves a date that already is one', () => {
    // The example program: Mondays every two weeks from 2027-01-11, moved to Tuesdays, for six months.
    const tandem = {
      start: '2027-01-11',
      end: '2027-07-10',
      cadence: biweekly,
      session: { minutes: 45, weekday: 'tuesday' as const },
    };
    expect(dates(tandem)).toEqual([
      '2027-01-12',
      '2027-01-26',
      '2027-02-09',
      '2027-02-23',
      '2027-03-09',
      '2027-03-23',
      '2027-04-06',
      '2027-04-20',
      '2027-05-04',
      '2027-05-18',
      '2027-06-01',
      '2027-06-15',
      '2027-06-29',
    ]);
    expect(dates({ ...tandem, session: { minutes: 45, weekday: 'monday' } })[0]).toBe('2027-01-11');
  });

  it('drops a date that the weekday move pushes past the end', () => {
    // Monthly from Monday 2028-01-31 on Mondays: Feb 29 (Tue) → Mar 6, Mar 31 (Fri) → Apr 3,
    // Apr 30 (Sun) → May 1, which is after the end.
    const session = { minutes: 45, weekday: 'monday' as const };
    expect(dates({ start: '2028-01-31', end: '2028-04-30', cadence: monthly, session })).toEqual([
      '2028-01-31',
      '2028-03-06',
      '2028-04-03',
    ]);
    const fridays = { minutes: 45, weekday: 'friday' as const };
    expect(dates({ start: '2027-03-01', end: '2027-03-18', cadence: weekly, session: fridays })).toEqual([
      '2027-03-05',
      '2027-03-12',
    ]);
  });

  it('includes a session that falls exactly on the end date', () => {
    expect(dates({ start: '2027-05-04', end: '2027-05-25', cadence: weekly })).toEqual([
      '2027-05-04',
      '2027-05-11',
      '2027-05-18',
      '2027-05-25',
    ]);
    expect(dates({ start: '2027-05-04', end: '2027-05-24', cadence: weekly })).toHaveLength(3);
  });

  it('gives exactly one session when the period is shorter than one step', () => {
    expect(dates({ start: '2027-05-04', end: '2027-05-10', cadence: weekly })).toEqual(['2027-05-04']);
    expect(dates({ start: '2027-05-04', end: '2027-06-03', cadence: monthly })).toEqual(['2027-05-04']);
    expect(dates({ start: '2027-05-04', end: '2027-05-04', cadence: weekly })).toEqual(['2027-05-04']);
  });

  it('gives no session when the end is before the start', () => {
    expect(dates({ start: '2027-05-04', end: '2027-05-03', cadence: weekly })).toEqual([]);
  });

  it('has no start time when the program gives no session time', () => {
    expect(schedule({ start: '2027-05-04', end: '2027-05-11', cadence: weekly })[0]).not.toHaveProperty(
      'startsAt',
    );
  });

  it('rejects input that validation should have stopped (a time zone only when a start time needs it)', () => {
    expect(() => dates({ start: '2027-02-30' })).toThrow(/ISO date/);
    expect(() => dates({ cadence: { unit: 'week', every: 0, text: '' } })).toThrow(/whole number/);
    expect(() => starts({ session: { minutes: 45, time: '16:00' } }, 'Mars/Olympus_Mons')).toThrow(
      /time zone/,
    );
    expect(() => starts({ session: { minutes: 45, time: '25:00' } })).toThrow(/HH:MM/);
  });
});

import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.js';
import { planTandemSchedule } from '../../../src/core/schedule/schedule-sessions.js';
import { type CalendarProgramOptions, loadCalendarProgram } from './load-calendar-program.js';

/** `line:col severity rule message`, and the text at that position, as a reader of the output sees it. */
async function problemsOf(options: CalendarProgramOptions) {
  const { text, diagnostics, program } = await loadCalendarProgram(options);
  const lines = text.split('\n');
  const at = (d: Diagnostic) => lines[d.range.line - 1]!.slice(d.range.col - 1, d.range.endCol - 1);
  return {
    program,
    problems: diagnostics.map((d) => ({
      at: `${d.range.line}:${d.range.col}`,
      text: at(d),
      severity: d.severity,
      rule: d.rule,
      message: d.message,
    })),
  };
}

const WEEKLY_TUESDAYS = {
  start: '2027-03-02',
  end: '2027-06-30',
  cadence: 'weekly',
  weekday: 'tuesday',
} as const;
const WHITSUN_BREAK = '- { from: 2027-05-10, to: 2027-05-14, reason: Pfingstferien }';

describe('tandems[].moves', () => {
  test('a move puts one session on another day and time and keeps its key', async () => {
    const { program, problems } = await problemsOf({
      ...WEEKLY_TUESDAYS,
      time: '16:00',
      moves: ['- { from: 2027-03-09, to: 2027-03-11, time: "10:00" }'],
    });
    expect(problems).toEqual([]);
    const { sessions } = planTandemSchedule(program!, program!.tandems[0]!);
    expect(sessions[1]).toMatchObject({
      key: 'topic-social-media-1',
      date: '2027-03-11',
      startsAt: '2027-03-11T10:00:00+01:00',
      moved: { from: '2027-03-09' },
    });
    expect(sessions[2]).toMatchObject({ date: '2027-03-16', startsAt: '2027-03-16T16:00:00+01:00' });
  });

  test('a move into a break is an error at its `to`', async () => {
    const { problems } = await problemsOf({
      ...WEEKLY_TUESDAYS,
      breaks: [WHITSUN_BREAK],
      moves: ['- { from: 2027-05-04, to: 2027-05-12 }'],
    });
    expect(problems).toEqual([
      {
        at: '28:33',
        text: '2027-05-12',
        severity: 'error',
        rule: 'invalid-move',
        message:
          'tandems[0].moves[0].to: 2027-05-12 is in a break (Pfingstferien): no session can move there',
      },
    ]);
  });

  test('a move onto a public holiday is an error naming the holiday', async () => {
    const { problems } = await problemsOf({
      ...WEEKLY_TUESDAYS,
      holidays: 'DE-BE',
      moves: ['- { from: 2027-05-04, to: 2027-05-06 }'],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'tandems[0].moves[0].to: 2027-05-06 is a public holiday (Ascension Day): no session can move there',
    ]);
  });

  test('two moves onto one day are an error at the second', async () => {
    const { problems } = await problemsOf({
      ...WEEKLY_TUESDAYS,
      moves: ['- { from: 2027-03-09, to: 2027-03-12 }', '- { from: 2027-03-16, to: 2027-03-12 }'],
    });
    expect(problems).toMatchObject([
      {
        at: '27:33',
        text: '2027-03-12',
        severity: 'error',
        message:
          'tandems[0].moves[1].to: 2027-03-12 is also where moves[0] puts a session; two sessions cannot be on one day',
      },
    ]);
  });

  test('a `from` that is not a session date is an error at its line, naming the nearest sessions', async () => {
    const { problems } = await problemsOf({
      ...WEEKLY_TUESDAYS,
      moves: ['- { from: 2027-03-10, to: 2027-03-11 }'],
    });
    expect(problems).toMatchObject([
      {
        at: '26:17',
        text: '2027-03-10',
        severity: 'error',
        message:
          'tandems[0].moves[0].from: 2027-03-10 is not a session date of this tandem; the sessions nearest to it are on 2027-03-09 and 2027-03-16',
      },
    ]);
  });

  test('a move onto or past the next session is an error: sessions stay in order, one a day', async () => {
    const { problems } = await problemsOf({
      ...WEEKLY_TUESDAYS,
      moves: ['- { from: 2027-03-09, to: 2027-03-16 }'],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'tandems[0].moves[0].to: 2027-03-16 is not between the sessions around this one: it would meet or pass the session after it (2027-03-16); move that one too, or pick a day in between',
    ]);
  });

  test('a `from` may name a session where a holiday put it', async () => {
    const { program, problems } = await problemsOf({
      ...WEEKLY_TUESDAYS,
      weekday: 'monday',
      holidays: 'DE-BE',
      moves: ['- { from: 2027-03-30, to: 2027-04-01 }'],
    });
    expect(problems).toEqual([]);
    const moved = planTandemSchedule(program!, program!.tandems[0]!).sessions.find(
      (s) => s.date === '2027-04-01',
    );
    expect(moved?.moved).toEqual({ from: '2027-03-30' });
  });
});

describe('schedule warnings, at the key that sets the rhythm', () => {
  test('sessions that fall on a weekend by the rhythm are a warning at `cadence`', async () => {
    const { problems } = await problemsOf({ start: '2027-01-01', end: '2027-12-31', cadence: 'monthly' });
    expect(problems).toEqual([
      {
        at: '6:10',
        text: 'monthly',
        severity: 'warning',
        rule: 'weekend-session',
        message:
          '3 sessions fall on a weekend: Saturday, 1 May 2027; Sunday, 1 August 2027; Saturday, 1 January 2028 (set session.weekday to meet on a working day)'
            .replace('; Saturday, 1 January 2028', '')
            .replace('3 sessions', '2 sessions'),
      },
    ]);
  });

  test('a start time that a spring-forward change skips says which time is used', async () => {
    const { problems } = await problemsOf({
      start: '2027-03-22',
      end: '2027-04-30',
      cadence: 'weekly',
      weekday: 'sunday',
      time: '02:30',
    });
    expect(problems).toEqual([
      {
        at: '10:9',
        text: '"02:30"',
        severity: 'warning',
        rule: 'daylight-saving-time',
        message:
          '02:30 does not exist on Sunday, 28 March 2027 in Europe/Berlin (the clocks go forward); the session starts at 03:30',
      },
    ]);
  });

  test('a start time that a fall-back change shows twice says which instant is used', async () => {
    const { problems } = await problemsOf({
      start: '2027-10-17',
      end: '2027-11-10',
      topics: ['social-media'],
      cadence: 'weekly',
      weekday: 'sunday',
      time: '02:30',
    });
    expect(problems.map((p) => p.message)).toEqual([
      '02:30 occurs twice on Sunday, 31 October 2027 in Europe/Berlin (the clocks go back); the session starts at the first, 02:30 UTC+02:00 (00:30 UTC), as calendar programs read it',
    ]);
  });

  test('a program too short for a tandem’s topics warns at each topic that never gets a session', async () => {
    const { problems } = await problemsOf({
      ...WEEKLY_TUESDAYS,
      end: '2027-04-10',
      topics: ['social-media', 'ai-tools', 'new-work', 'data'],
    });
    expect(problems).toEqual([
      {
        at: '24:48',
        text: 'data',
        severity: 'warning',
        rule: 'topic-without-session',
        message:
          'tandems[0].topics[3]: topic "data" never gets a session: this tandem has 3 topic sessions for 4 topics; lengthen the program, meet more often or drop a topic',
      },
    ]);
  });

  test('fewer than three sessions is a warning at the end of the program', async () => {
    const { problems } = await problemsOf({ ...WEEKLY_TUESDAYS, end: '2027-03-02' });
    expect(problems[0]).toEqual({
      at: '5:6',
      text: '2027-03-02',
      severity: 'warning',
      rule: 'few-sessions',
      message:
        'only 1 session (a kickoff); a tandem needs at least three to get to its topics: lengthen the program or meet more often',
    });
  });

  test('a session with no free day before the next one is dropped, with a warning at the break', async () => {
    const { problems } = await problemsOf({
      ...WEEKLY_TUESDAYS,
      breaks: ['- { from: 2027-05-03, to: 2027-05-14, reason: Pfingstferien }'],
    });
    expect(problems).toMatchObject([
      {
        at: '13:5',
        severity: 'warning',
        rule: 'session-dropped',
        message:
          'the session of Tuesday, 4 May 2027 is dropped (Pfingstferien): no free working day comes before the next session; calendar files send it as cancelled',
      },
    ]);
  });
});

describe('holidays', () => {
  test.each([
    [
      'DE-XX',
      'holidays: "DE-XX" is not a region date-holidays knows; Germany has DE-BB, DE-BE, DE-BW, DE-BY, DE-HB, DE-HE, DE-HH, DE-MV, DE-NI, DE-NW, DE-RP, DE-SH, DE-SL, DE-SN, DE-ST, DE-TH',
    ],
    ['DE-BEE', 'holidays: "DE-BEE" is not a region date-holidays knows; did you mean "DE-BE"?'],
    [
      'XY',
      'holidays: "XY" is not a country date-holidays knows; did you mean "BY"? (a country like DE or US, or a region like DE-BE or US-CA)',
    ],
  ])('an unknown code (%s) is an error at its line with a suggestion', async (code, message) => {
    const { problems } = await problemsOf({ ...WEEKLY_TUESDAYS, holidays: code });
    expect(problems).toEqual([
      { at: '12:11', text: code, severity: 'error', rule: 'unknown-holidays', message },
    ]);
  });

  test.each(['DE', 'de-be', 'US-CA', 'AT', 'CH-ZH'])('%s is a code date-holidays knows', async (code) => {
    const { problems } = await problemsOf({ ...WEEKLY_TUESDAYS, holidays: code });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

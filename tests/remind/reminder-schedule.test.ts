import { describe, expect, it } from 'vitest';
import { DateTime } from '../../src/core/luxon.js';
import { planReminders, type ReminderIssue, type ReminderTandem } from '../../src/core/plan-reminders.js';
import type { Tandem } from '../../src/core/program.js';
import { scheduleSessions } from '../../src/core/schedule-sessions.js';
import { makeProgram, makeTandem, weekly } from '../core/schedule/make-program.js';

/**
 * The documented workflow, simulated run by run: cron '7 * * * *' (UTC) runs `remind` every hour,
 * each run sees the comments the runs before it posted. A whole program from February to November,
 * so that every zone with daylight saving changes it (north and south) at least once.
 */
const ZONES = [
  'Pacific/Honolulu',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/New_York',
  'UTC',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Kiritimati',
];
const BEFORES: readonly [string, number][] = [
  ['30 minutes', 30],
  ['2 hours', 120],
  ['1 day', 24 * 60],
];
const SESSION_TIMES = ['00:15', '16:00', '23:45', undefined];
const START = '2027-02-01';
const END = '2027-11-30';
const HOUR = 3_600_000;
const MINUTE = 60_000;

function tandemAt(time: string | undefined, index: number): Tandem {
  return makeTandem({
    id: `tandem-${index}`,
    mentor: `mentor-${index}`,
    mentee: `mentee-${index}`,
    start: START,
    end: END,
    cadence: weekly,
    session: time === undefined ? { minutes: 45 } : { minutes: 45, time },
  });
}

/** Every reminder the simulated runs post: session → instants of posting. */
function simulate(timezone: string, beforeMinutes: number, delayOf: (run: number) => number) {
  const tandems = SESSION_TIMES.map(tandemAt);
  const program = makeProgram({ timezone, start: START, end: END, cadence: weekly, tandems });
  const comments = new Map<string, string[]>();
  const reminderTandems: ReminderTandem[] = tandems.map((tandem) => {
    const commentBodies: string[] = [];
    comments.set(tandem.id, commentBodies);
    const issue: ReminderIssue = {
      number: 1,
      state: 'open',
      checklist: [],
      commentBodies,
      hasAllComments: true,
    };
    return { tandem, sessions: scheduleSessions(program, tandem), issue };
  });
  const posted = new Map<string, number[]>();
  const first = DateTime.fromISO(`${START}T00:07`, { zone: 'utc' }).minus({ days: 3 }).toMillis();
  const last = DateTime.fromISO(`${END}T00:07`, { zone: 'utc' }).plus({ days: 2 }).toMillis();
  for (let run = 0, scheduled = first; scheduled <= last; run += 1, scheduled += HOUR) {
    const now = scheduled + delayOf(run);
    const decisions = planReminders({
      timezone,
      beforeMinutes,
      tandems: reminderTandems,
      now: DateTime.fromMillis(now, { zone: 'utc' }),
    });
    for (const decision of decisions) {
      if (decision.kind !== 'post') continue;
      comments.get(decision.tandemId)!.push(decision.marker);
      const key = `${decision.tandemId} ${decision.session.key} ${decision.session.date}`;
      posted.set(key, [...(posted.get(key) ?? []), now]);
    }
  }
  return { reminderTandems, posted };
}

function startOf(session: { date: string; startsAt?: string }, timezone: string): number {
  return session.startsAt
    ? Date.parse(session.startsAt)
    : DateTime.fromISO(session.date, { zone: timezone }).toMillis();
}

describe('reminders with the documented hourly workflow', () => {
  const cases = ZONES.flatMap((zone) => BEFORES.map(([text, minutes]) => [zone, text, minutes] as const));

  it.each(cases)(
    'in %s with before %s, remind every session exactly once, in the hour before `before`',
    (zone, _text, before) => {
      const { reminderTandems, posted } = simulate(zone, before, () => 0);
      let sessions = 0;
      for (const { tandem, sessions: scheduled } of reminderTandems) {
        for (const session of scheduled) {
          sessions += 1;
          const key = `${tandem.id} ${session.key} ${session.date}`;
          const start = startOf(session, zone);
          const instants = posted.get(key) ?? [];
          expect({ key, count: instants.length }).toEqual({ key, count: 1 });
          const lead = (start - instants[0]!) / MINUTE;
          // Never after `before`, and at most one run interval earlier.
          expect({ key, lead: lead >= before && lead < before + 60 }).toEqual({ key, lead: true });
        }
      }
      expect(sessions).toBeGreaterThan(SESSION_TIMES.length * 40);
      expect(posted.size).toBe(sessions);
    },
  );

  it.each(ZONES)(
    'in %s, runs that GitHub delays by up to 30 minutes still remind every session once, before it starts',
    (zone) => {
      // The shortest lead time is the hardest to hit; a fixed pseudo-random delay per run, 0 to 30 minutes.
      for (const before of [30]) {
        const { reminderTandems, posted } = simulate(zone, before, (run) => ((run * 7919) % 31) * MINUTE);
        for (const { tandem, sessions } of reminderTandems) {
          for (const session of sessions) {
            const key = `${tandem.id} ${session.key} ${session.date}`;
            const instants = posted.get(key) ?? [];
            expect({ key, count: instants.length }).toEqual({ key, count: 1 });
            const lead = (startOf(session, zone) - instants[0]!) / MINUTE;
            expect({ key, lead: lead > 0 && lead <= before + 24 * 60 }).toEqual({ key, lead: true });
          }
        }
      }
    },
  );

  it('a 16:00 session in Los Angeles with before 2 hours is reminded between 13:00 and 14:00 local', () => {
    const { reminderTandems, posted } = simulate('America/Los_Angeles', 120, () => 0);
    const sixteen = reminderTandems.find(({ tandem }) => tandem.session.time === '16:00')!;
    const session = sixteen.sessions[0]!;
    const [instant] = posted.get(`${sixteen.tandem.id} ${session.key} ${session.date}`)!;
    expect(DateTime.fromMillis(instant!, { zone: 'America/Los_Angeles' }).toFormat('yyyy-MM-dd HH:mm')).toBe(
      `${session.date} 13:07`,
    );
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Tandem } from '../../src/core/program/program.js';
import {
  planReminders,
  type ReminderIssue,
  type ReminderTandem,
} from '../../src/core/remind/plan-reminders.js';
import { scheduleSessions } from '../../src/core/schedule/schedule-sessions.js';
import { DateTime } from '../../src/core/time/luxon.js';
import { makeProgram, makeTandem, weekly } from '../core/schedule/make-program.js';

/**
 * The documented workflow (docs/workflows/tandem-report.yml, copied in the README), simulated run by
 * run: its remind job runs on every cron of the file, in UTC, and each run sees the comments the runs
 * before it posted. A whole program from February to November, so that every zone with daylight
 * saving changes it (north and south) at least once.
 */
const root = path.resolve(import.meta.dirname, '../..');
const workflowText = readFileSync(path.join(root, 'docs/workflows/tandem-report.yml'), 'utf8');
const workflow = parse(workflowText) as {
  on: { schedule: { cron: string }[] };
  jobs: Record<string, { if?: string; steps: { with?: { command?: string } }[] }>;
};
const CRONS = workflow.on.schedule.map(({ cron }) => cron);

/** The minutes of the day (UTC) at which the documented crons start a run: `M * * * *` or `M H * * *`. */
function runMinutesOfDay(crons: readonly string[]): number[] {
  const minutes = new Set<number>();
  for (const cron of crons) {
    const match = /^(\d+) (\*|\d+) \* \* \*$/.exec(cron);
    if (!match) throw new Error(`a cron this test cannot simulate: ${cron}`);
    const hours = match[2] === '*' ? Array.from({ length: 24 }, (_, hour) => hour) : [Number(match[2])];
    for (const hour of hours) minutes.add(hour * 60 + Number(match[1]));
  }
  return [...minutes].sort((a, b) => a - b);
}
const RUN_MINUTES = runMinutesOfDay(CRONS);
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
  const firstDay = DateTime.fromISO(START, { zone: 'utc' }).minus({ days: 3 }).toMillis();
  const lastDay = DateTime.fromISO(END, { zone: 'utc' }).plus({ days: 2 }).toMillis();
  const runs: number[] = [];
  for (let day = firstDay; day <= lastDay; day += 24 * HOUR)
    for (const minute of RUN_MINUTES) runs.push(day + minute * MINUTE);
  for (const [run, scheduled] of runs.entries()) {
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
  it('is the workflow the README shows: remind on every run, every hour', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const copy = /```yaml\n# \.github\/workflows\/tandem-report\.yml[^\n]*\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(copy).toBe(`${workflowText.replace(/^#.*\n/gm, '')}`);
    const remind = Object.values(workflow.jobs).find((job) =>
      job.steps.some((step) => step.with?.command === 'remind'),
    )!;
    expect(remind.if).toBeUndefined();
    expect(RUN_MINUTES.filter((minute) => minute % 60 === 7)).toHaveLength(24);
  });

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

import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../src/core/issue-body/checklist.js';
import { reminderMarker } from '../../src/core/issue-body/markers.js';
import { planReminders, type ReminderIssue } from '../../src/core/remind/plan-reminders.js';
import { scheduleSessions } from '../../src/core/schedule/schedule-sessions.js';
import { DateTime } from '../../src/core/time/luxon.js';
import { makeProgram, makeTandem, weekly } from '../core/schedule/make-program.js';
import { buildIssueBody } from '../report/issue-body.js';

const ZONE = 'Europe/Berlin';
// Weekly on Mondays from 2027-01-11, six sessions; the kickoff is on 2027-01-11.
const plain = makeTandem({ start: '2027-01-11', end: '2027-02-21', cadence: weekly });
const timed = makeTandem({ ...plain, session: { minutes: 45, time: '16:00' } });
const program = makeProgram({ tandems: [plain] });

function plan(options: {
  tandem?: typeof plain;
  now: string;
  beforeMinutes?: number;
  issue?: Partial<ReminderIssue> | null;
  ticks?: Record<string, boolean[]>;
}) {
  const tandem = options.tandem ?? plain;
  const sessions = scheduleSessions(program, tandem);
  const body = buildIssueBody({ programId: program.id, tandemId: tandem.id, sessions, ticks: options.ticks });
  const issue: ReminderIssue | undefined =
    options.issue === null
      ? undefined
      : {
          number: 7,
          state: 'open',
          checklist: parseChecklist(body),
          commentBodies: [],
          hasAllComments: true,
          ...options.issue,
        };
  return planReminders({
    timezone: ZONE,
    beforeMinutes: options.beforeMinutes ?? 24 * 60,
    tandems: [{ tandem, sessions, ...(issue && { issue }) }],
    now: DateTime.fromISO(options.now, { zone: ZONE }),
  }).map((decision) => [
    decision.kind,
    decision.session.key,
    decision.kind === 'skip' ? decision.reason : decision.issueNumber,
  ]);
}

describe('planReminders', () => {
  it('is due from one hourly run before `start − before` until the session begins', () => {
    expect(plan({ now: '2027-01-09T22:59' })).toEqual([]);
    expect(plan({ now: '2027-01-09T23:00' })).toEqual([['post', 'kickoff', 7]]);
    expect(plan({ now: '2027-01-10T20:00' })).toEqual([['post', 'kickoff', 7]]);
    // Without a session time, a session begins at 00:00 of its day.
    expect(plan({ now: '2027-01-11T00:00' })).toEqual([]);
  });

  it('reaches up to the session time when the program sets one', () => {
    expect(plan({ tandem: timed, now: '2027-01-10T14:59' })).toEqual([]);
    expect(plan({ tandem: timed, now: '2027-01-10T15:00' })).toEqual([['post', 'kickoff', 7]]);
    expect(plan({ tandem: timed, now: '2027-01-11T15:59' })).toEqual([['post', 'kickoff', 7]]);
    expect(plan({ tandem: timed, now: '2027-01-11T16:00' })).toEqual([]);
  });

  it('opens a short lead time an hour before it, not at midnight, so it arrives close to `before`', () => {
    expect(plan({ tandem: timed, beforeMinutes: 120, now: '2027-01-11T06:00' })).toEqual([]);
    expect(plan({ tandem: timed, beforeMinutes: 120, now: '2027-01-11T12:59' })).toEqual([]);
    expect(plan({ tandem: timed, beforeMinutes: 120, now: '2027-01-11T13:07' })).toEqual([
      ['post', 'kickoff', 7],
    ]);
  });

  it('lists only the open items of that session, the program’s and the pair’s own', () => {
    const sessions = scheduleSessions(program, plain);
    const body = buildIssueBody({
      programId: program.id,
      tandemId: plain.id,
      sessions,
      ticks: { kickoff: [true] },
    }).replace(
      '- [ ] Agree on confidentiality',
      '- [ ] Agree on confidentiality\n- [x] Our own, done\n- [ ] Our own, open',
    );
    const [decision] = planReminders({
      timezone: ZONE,
      beforeMinutes: 24 * 60,
      tandems: [
        {
          tandem: plain,
          sessions,
          issue: {
            number: 7,
            state: 'open',
            checklist: parseChecklist(body),
            commentBodies: [],
            hasAllComments: true,
          },
        },
      ],
      now: DateTime.fromISO('2027-01-10T08:00', { zone: ZONE }),
    });
    expect(decision?.kind === 'post' && decision.openItems).toEqual([
      'Agree on confidentiality',
      'Our own, open',
    ]);
  });

  it('covers several sessions when the lead time spans them', () => {
    expect(plan({ beforeMinutes: 8 * 24 * 60, now: '2027-01-10T12:00' }).map(([, key]) => key)).toEqual([
      'kickoff',
      'topic-social-media-1',
    ]);
  });

  it('skips a session whose reminder was posted, whose boxes are all ticked, or whose issue is closed', () => {
    const marker = reminderMarker(plain.id, 'kickoff', '2027-01-11');
    const now = '2027-01-10T08:00';
    expect(plan({ now, issue: { commentBodies: ['Hello', `Reminder\n${marker}`] } })).toEqual([
      ['skip', 'kickoff', 'already-sent'],
    ]);
    expect(plan({ now, ticks: { kickoff: [true, true] } })).toEqual([['skip', 'kickoff', 'all-ticked']]);
    expect(plan({ now, ticks: { kickoff: [true, false] } })).toEqual([['post', 'kickoff', 7]]);
    expect(plan({ now, issue: { state: 'closed' } })).toEqual([['skip', 'kickoff', 'closed']]);
    expect(plan({ now, issue: null })).toEqual([['skip', 'kickoff', 'no-issue']]);
  });

  it('remembers a reminder by session and date, so a moved session is reminded again', () => {
    const earlier = reminderMarker(plain.id, 'kickoff', '2027-01-04');
    expect(plan({ now: '2027-01-10T08:00', issue: { commentBodies: [earlier] } })).toEqual([
      ['post', 'kickoff', 7],
    ]);
  });
});

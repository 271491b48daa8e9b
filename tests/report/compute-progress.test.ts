import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../src/core/issue-body/checklist.js';
import { computeProgramProgress } from '../../src/core/report/compute-program-progress.js';
import { computeTandemProgress } from '../../src/core/report/compute-tandem-progress.js';
import { decideStatus } from '../../src/core/report/tandem-status.js';
import { scheduleProgram, scheduleSessions } from '../../src/core/schedule/schedule-sessions.js';
import { makeProgram, makeTandem, weekly } from '../core/schedule/make-program.js';
import { buildIssueBody } from './issue-body.js';

// Weekly from Monday 2027-01-11 to 2027-02-21: six sessions, nine agenda items.
// kickoff (2 items) 01-11, topic-social-media-1 (1) 01-18, checkin (1) 01-25,
// topic-ai-tools-1 (2) 02-01, topic-new-work-1 (1) 02-08, retrospective (2) 02-15.
const tandem = makeTandem({ start: '2027-01-11', end: '2027-02-21', cadence: weekly });
const program = makeProgram({ tandems: [tandem] });
const sessions = scheduleSessions(program, tandem);

function progressOf(ticks: Record<string, boolean[]>, today: string, state: 'open' | 'closed' = 'open') {
  const body = buildIssueBody({ programId: program.id, tandemId: tandem.id, sessions, ticks });
  return computeTandemProgress({
    tandem,
    sessions,
    issue: { state, checklist: parseChecklist(body), commentCount: 0, updatedAt: '2027-01-19T08:00:00Z' },
    today,
  });
}

describe('computeTandemProgress', () => {
  it('has the schedule this file assumes', () => {
    expect(sessions.map((s) => [s.key, s.date, s.agenda.length])).toEqual([
      ['kickoff', '2027-01-11', 2],
      ['topic-social-media-1', '2027-01-18', 1],
      ['checkin', '2027-01-25', 1],
      ['topic-ai-tools-1', '2027-02-01', 2],
      ['topic-new-work-1', '2027-02-08', 1],
      ['retrospective', '2027-02-15', 2],
    ]);
  });

  it('counts ticked items, completed sessions and sessions due from the issue', () => {
    const progress = progressOf(
      { kickoff: [true, true], 'topic-social-media-1': [true], checkin: [true] },
      '2027-01-26',
    );
    expect(progress).toMatchObject({
      itemsDone: 4,
      itemsTotal: 9,
      sessionsCompleted: 3,
      sessionsDue: 3,
      sessionsOverdue: 3,
      sessionsTotal: 6,
      status: 'on-track',
      nextSession: '2027-02-01',
      lastActivity: '2027-01-19T08:00:00Z',
    });
  });

  it('counts a half-ticked session as not completed, and the tandem behind once its day has passed', () => {
    const ticks = { kickoff: [true, false] };
    expect(progressOf(ticks, '2027-01-11')).toMatchObject({
      itemsDone: 1,
      sessionsCompleted: 0,
      status: 'on-track',
    });
    expect(progressOf(ticks, '2027-01-12')).toMatchObject({
      sessionsDue: 1,
      sessionsOverdue: 1,
      status: 'behind',
    });
  });

  it('is not started until a box is ticked or a session day has passed', () => {
    expect(progressOf({}, '2027-01-04').status).toBe('not-started');
    expect(progressOf({}, '2027-01-11').status).toBe('not-started');
    expect(progressOf({}, '2027-01-12').status).toBe('behind');
    expect(progressOf({ 'topic-ai-tools-1': [true, false] }, '2027-01-04').status).toBe('on-track');
  });

  it('counts sessions completed in another order than planned', () => {
    const progress = progressOf({ 'topic-new-work-1': [true] }, '2027-01-14');
    expect(progress).toMatchObject({ sessionsCompleted: 1, sessionsOverdue: 1, status: 'on-track' });
  });

  it('is finished when every session is completed, and closed whenever the issue is closed', () => {
    const all = Object.fromEntries(sessions.map((s) => [s.key, s.agenda.map(() => true)]));
    expect(progressOf(all, '2027-01-20')).toMatchObject({
      itemsDone: 9,
      sessionsCompleted: 6,
      status: 'finished',
    });
    expect(progressOf(all, '2027-01-20', 'closed').status).toBe('closed');
    expect(progressOf({}, '2027-03-01', 'closed').status).toBe('closed');
  });

  it('counts items the pair added to a session, but not boxes in their notes', () => {
    const body = buildIssueBody({
      programId: program.id,
      tandemId: tandem.id,
      sessions,
      ticks: { kickoff: [true, true] },
      notes: '- [x] a private to-do\n- [ ] another one',
    }).replace('- [x] Agree on confidentiality', '- [x] Agree on confidentiality\n- [ ] Our own extra item');
    const progress = computeTandemProgress({
      tandem,
      sessions,
      issue: { state: 'open', checklist: parseChecklist(body), commentCount: 0 },
      today: '2027-01-11',
    });
    expect(progress).toMatchObject({ itemsDone: 2, itemsTotal: 10, sessionsCompleted: 0 });
  });

  it('counts a tandem without an issue with its agenda open', () => {
    const progress = computeTandemProgress({ tandem, sessions, today: '2027-01-20' });
    expect(progress).toMatchObject({ hasIssue: false, itemsDone: 0, itemsTotal: 9, status: 'behind' });
    expect(progress.lastActivity).toBeUndefined();
  });
});

describe('GitHub-flavoured task lists, counted as GitHub counts them', () => {
  const sessionsOnly = sessions.slice(0, 1);
  const count = (items: string): { done: number; total: number } => {
    const body = buildIssueBody({ programId: program.id, tandemId: tandem.id, sessions: [] }).replace(
      '## Sessions',
      `## Sessions\n\n<!-- tandem:session kickoff -->\n\n${items}`,
    );
    const progress = computeTandemProgress({
      tandem,
      sessions: sessionsOnly,
      issue: { state: 'open', checklist: parseChecklist(body), commentCount: 0 },
      today: '2027-01-11',
    });
    return { done: progress.itemsDone, total: progress.itemsTotal };
  };

  it.each([
    ['lower-case x', '- [x] one\n- [ ] two', { done: 1, total: 2 }],
    ['upper-case X', '- [X] one\n- [X] two', { done: 2, total: 2 }],
    [
      'other bullets and ordered lists',
      '* [x] one\n+ [ ] two\n1. [x] three\n2) [ ] four',
      { done: 2, total: 4 },
    ],
    ['nested items', '- [x] one\n  - [x] nested\n  - [ ] nested open', { done: 2, total: 3 }],
    ['a quoted list', '> - [x] quoted\n> - [ ] quoted open', { done: 1, total: 2 }],
    ['a fenced code block', '- [x] real\n\n```\n- [x] in code\n- [ ] in code\n```', { done: 1, total: 1 }],
    ['a tilde fence', '- [ ] real\n\n~~~md\n- [x] in code\n~~~', { done: 0, total: 1 }],
    ['indented code', 'Example:\n\n    - [x] indented code\n\n- [x] real', { done: 1, total: 1 }],
    ['an HTML comment', '- [x] real\n<!--\n- [x] commented out\n-->', { done: 1, total: 1 }],
    ['no space after the box', '- [x]no space\n- [x] real', { done: 1, total: 1 }],
    ['a box that is not first', '- text [x] later\n- [ ] real', { done: 0, total: 1 }],
    ['other letters in the box', '- [y] no\n- [ ] real', { done: 0, total: 1 }],
    ['an escaped box', '- \\[x] escaped\n- [x] real', { done: 1, total: 1 }],
  ])('%s', (_name, items, expected) => {
    expect(count(items)).toEqual(expected);
  });
});

describe('computeProgramProgress', () => {
  it('sums the tandems that are not closed and counts every status', () => {
    const tandems = ['a', 'b', 'c', 'd'].map((id) =>
      makeTandem({
        id,
        mentor: `mentor-${id}`,
        mentee: `mentee-${id}`,
        start: '2027-01-11',
        end: '2027-02-21',
        cadence: weekly,
      }),
    );
    const many = makeProgram({ tandems });
    const schedules = scheduleProgram(many);
    const issue = (
      id: string,
      ticks: Record<string, boolean[]>,
      state: 'open' | 'closed',
      updatedAt: string,
    ) => {
      const body = buildIssueBody({ programId: many.id, tandemId: id, sessions: schedules.get(id)!, ticks });
      return [id, { state, checklist: parseChecklist(body), commentCount: 2, updatedAt }] as const;
    };
    const issues = new Map([
      issue('a', { kickoff: [true, true], 'topic-social-media-1': [true] }, 'open', '2027-01-19T10:00:00Z'),
      issue('b', { kickoff: [true, false] }, 'open', '2027-01-12T10:00:00Z'),
      issue('c', { kickoff: [true, true] }, 'closed', '2027-01-25T10:00:00Z'),
    ]);
    const progress = computeProgramProgress({ program: many, schedules, issues, today: '2027-01-20' });
    expect(progress.statusCounts).toEqual({
      'not-started': 0,
      'on-track': 1,
      behind: 2,
      finished: 0,
      closed: 1,
    });
    expect(progress).toMatchObject({
      tandemCount: 4,
      withoutIssue: 1,
      itemsDone: 4,
      itemsTotal: 27,
      sessionsCompleted: 2,
      sessionsDue: 6,
      sessionsOverdue: 6,
      sessionsTotal: 18,
      status: 'behind',
      lastActivity: '2027-01-25T10:00:00Z',
    });
  });
});

describe('decideStatus', () => {
  const base = { isClosed: false, itemsDone: 0, sessionsCompleted: 0, sessionsTotal: 4, sessionsOverdue: 0 };
  it.each([
    [{ ...base }, 'not-started'],
    [{ ...base, itemsDone: 1 }, 'on-track'],
    [{ ...base, sessionsOverdue: 1 }, 'behind'],
    [{ ...base, itemsDone: 3, sessionsCompleted: 1, sessionsOverdue: 2 }, 'behind'],
    [{ ...base, itemsDone: 9, sessionsCompleted: 4, sessionsOverdue: 4 }, 'finished'],
    [{ ...base, isClosed: true, sessionsCompleted: 4 }, 'closed'],
  ] as const)('%o is %s', (figures, status) => {
    expect(decideStatus(figures)).toBe(status);
  });
});

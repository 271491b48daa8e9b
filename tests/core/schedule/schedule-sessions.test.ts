import { describe, expect, it } from 'vitest';
import type { Tandem } from '../../../src/core/program/program.js';
import { scheduleProgram, scheduleSessions } from '../../../src/core/schedule/schedule-sessions.js';
import { makeProgram, makeTandem, monthly, TOPICS, weekly } from './make-program.js';

const program = makeProgram();

// Weekly from Tuesday 2027-05-04: the end date decides how many sessions there are.
function keysFor(count: number, tandem: Partial<Tandem> = {}): string[] {
  const ends: Record<number, string> = { 1: '2027-05-04', 2: '2027-05-11', 3: '2027-05-18', 4: '2027-05-25' };
  const sessions = scheduleSessions(
    program,
    makeTandem({ start: '2027-05-04', end: ends[count]!, cadence: weekly, ...tandem }),
  );
  expect(sessions).toHaveLength(count);
  return sessions.map((session) => session.key);
}

describe('scheduleSessions', () => {
  it('makes a single session a kickoff', () => {
    expect(keysFor(1)).toEqual(['kickoff']);
  });

  it('makes two sessions a kickoff and a retrospective', () => {
    expect(keysFor(2)).toEqual(['kickoff', 'retrospective']);
  });

  it('puts the check-in in the middle of three sessions', () => {
    expect(keysFor(3)).toEqual(['kickoff', 'checkin', 'retrospective']);
  });

  it('puts the check-in at index ⌊(n − 1) / 2⌋ of four sessions, before the first topic', () => {
    expect(keysFor(4)).toEqual(['kickoff', 'checkin', 'topic-social-media-1', 'retrospective']);
  });

  it('cycles the topics in the tandem’s order around the check-in of 13 sessions, numbering each topic', () => {
    const sessions = scheduleSessions(program, makeTandem());
    expect(sessions.map((s) => [s.number, s.kind, s.key])).toEqual([
      [1, 'kickoff', 'kickoff'],
      [2, 'topic', 'topic-social-media-1'],
      [3, 'topic', 'topic-ai-tools-1'],
      [4, 'topic', 'topic-new-work-1'],
      [5, 'topic', 'topic-social-media-2'],
      [6, 'topic', 'topic-ai-tools-2'],
      [7, 'checkin', 'checkin'],
      [8, 'topic', 'topic-new-work-2'],
      [9, 'topic', 'topic-social-media-3'],
      [10, 'topic', 'topic-ai-tools-3'],
      [11, 'topic', 'topic-new-work-3'],
      [12, 'topic', 'topic-social-media-4'],
      [13, 'retrospective', 'retrospective'],
    ]);
  });

  it('follows the order the tandem lists its topics in, not the program’s', () => {
    const sessions = scheduleSessions(
      program,
      makeTandem({
        topics: ['new-work', 'social-media'],
        start: '2027-05-04',
        end: '2027-06-08',
        cadence: weekly,
      }),
    );
    expect(sessions.map((s) => s.key)).toEqual([
      'kickoff',
      'topic-new-work-1',
      'checkin',
      'topic-social-media-1',
      'topic-new-work-2',
      'retrospective',
    ]);
  });

  it('gives built-in sessions the program’s agenda and topic sessions their topic’s agenda', () => {
    const [kickoff, checkin, topic, retrospective] = scheduleSessions(
      program,
      makeTandem({ topics: ['ai-tools'], start: '2027-05-04', end: '2027-05-25', cadence: weekly }),
    );
    expect(kickoff).toMatchObject({
      kind: 'kickoff',
      agenda: ['Agree on expectations and roles', 'Agree on confidentiality'],
    });
    expect(kickoff).not.toHaveProperty('topic');
    expect(checkin).toMatchObject({ kind: 'checkin', agenda: ['What works, what does not'] });
    expect(topic).toMatchObject({
      kind: 'topic',
      topic: TOPICS[1],
      agenda: ['Try an assistant', 'Discuss the limits'],
    });
    expect(retrospective).toMatchObject({ kind: 'retrospective', agenda: ['What stays', 'What next'] });
  });

  it('gives every session the tandem’s own length and time', () => {
    const sessions = scheduleSessions(
      program,
      makeTandem({
        start: '2027-05-04',
        end: '2027-05-11',
        cadence: weekly,
        session: { minutes: 60, time: '08:15' },
      }),
    );
    expect(sessions).toEqual([
      {
        key: 'kickoff',
        number: 1,
        kind: 'kickoff',
        date: '2027-05-04',
        startsAt: '2027-05-04T08:15:00+02:00',
        minutes: 60,
        agenda: program.agenda.kickoff,
      },
      {
        key: 'retrospective',
        number: 2,
        kind: 'retrospective',
        date: '2027-05-11',
        startsAt: '2027-05-11T08:15:00+02:00',
        minutes: 60,
        agenda: program.agenda.retrospective,
      },
    ]);
  });

  it('refuses a topic the program does not define', () => {
    expect(() => scheduleSessions(program, makeTandem({ topics: ['social-medai'] }))).toThrow(/social-medai/);
  });

  it('refuses a tandem without topics when it has topic sessions', () => {
    expect(() => scheduleSessions(program, makeTandem({ topics: [] }))).toThrow(/no topics/);
  });
});

describe('scheduleProgram', () => {
  it('schedules each tandem from its own start and cadence, by tandem id', () => {
    const monthlyTandem = makeTandem({
      id: 'jonas-krause-sabine-hoffmann',
      mentor: 'jonas-krause',
      mentee: 'sabine-hoffmann',
      start: '2027-02-01',
      end: '2027-04-30',
      cadence: monthly,
    });
    const schedules = scheduleProgram(makeProgram({ tandems: [makeTandem(), monthlyTandem] }));
    expect([...schedules.keys()]).toEqual(['lea-schmidt-martin-weber', 'jonas-krause-sabine-hoffmann']);
    expect(schedules.get('lea-schmidt-martin-weber')).toHaveLength(13);
    expect(schedules.get('jonas-krause-sabine-hoffmann')!.map((s) => s.date)).toEqual([
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
    ]);
  });
});

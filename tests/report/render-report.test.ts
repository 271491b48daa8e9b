import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../src/core/issue-body/checklist.js';
import type { Program } from '../../src/core/program/program.js';
import { MAX_BODY_LENGTH } from '../../src/core/render/render-issue.js';
import { computeProgramProgress } from '../../src/core/report/compute-program-progress.js';
import { renderReport } from '../../src/core/report/render-report.js';
import { scheduleProgramShared } from '../../src/core/schedule/schedule-program-shared.js';
import { makeProgram, makeTandem } from '../core/schedule/make-program.js';
import { buildIssueBody } from './issue-body.js';

function progressFor(program: Program, today: string) {
  const schedules = scheduleProgramShared(program);
  const issues = new Map(
    program.tandems.map((tandem, index) => {
      const sessions = schedules.get(tandem.id)!;
      const ticks: Record<string, boolean[]> = index % 2 === 0 ? { kickoff: [true, true] } : {};
      const body = buildIssueBody({ programId: program.id, tandemId: tandem.id, sessions, ticks });
      return [
        tandem.id,
        {
          state: 'open' as const,
          checklist: parseChecklist(body),
          commentCount: 0,
          updatedAt: '2027-01-12T09:00:00Z',
        },
      ];
    }),
  );
  return computeProgramProgress({ program, schedules, issues, today });
}

const tandems = [
  makeTandem({ id: 'lea-martin', mentor: 'lea-schmidt', mentee: 'martin-weber' }),
  makeTandem({ id: 'jonas-sabine', mentor: 'jonas-krause', mentee: 'sabine-hoffmann' }),
];

describe('renderReport', () => {
  it('renders the program figures, the status table and a Mermaid chart, marked with its period', () => {
    const program = makeProgram({ tandems });
    const { body } = renderReport({
      program,
      progress: progressFor(program, '2027-01-20'),
      period: '2027-W03',
    });
    expect(body.startsWith('<!-- tandem:report program=test-program period=2027-W03 -->\n')).toBe(true);
    expect(body).toContain('As of Wednesday, 20 January 2027: **Behind**.');
    expect(body).toContain('**2 of 36** agenda items done (5 %)');
    expect(body).toContain('**1** session completed; **2** due so far, **26** in all');
    expect(body).toContain('| On track | 1 |\n| Behind | 1 |');
    expect(body).toContain(
      '```mermaid\npie title Tandems by status\n    "On track (1)" : 1\n    "Behind (1)" : 1\n```',
    );
    expect(body).toContain('Last activity in a tandem: Tuesday, 12 January 2027');
  });

  it('names nobody with visibility aggregate', () => {
    const program = makeProgram({ tandems });
    const { body } = renderReport({
      program,
      progress: progressFor(program, '2027-01-20'),
      period: '2027-W03',
    });
    for (const text of ['lea', 'martin', 'jonas', 'sabine', 'Agree on', 'Look at three accounts']) {
      expect(body).not.toContain(text);
    }
  });

  it('lists each tandem by login with visibility tandems, most urgent first, without mentioning anyone', () => {
    const program = makeProgram({ tandems, report: { visibility: 'tandems', period: 'week' } });
    const { body } = renderReport({
      program,
      progress: progressFor(program, '2027-01-20'),
      period: '2027-W03',
    });
    expect(body).toContain('| jonas-krause | sabine-hoffmann | Behind | 0 / 18 | 0 / 1 | 2027-01-12 |');
    expect(body).toContain('| lea-schmidt | martin-weber | On track | 2 / 18 | 1 / 1 | 2027-01-12 |');
    expect(body.indexOf('jonas-krause')).toBeLessThan(body.indexOf('lea-schmidt'));
    expect(body).not.toMatch(/@[a-z]/);
    expect(body).not.toContain('Agree on');
  });

  it('renders in German', () => {
    const program = makeProgram({ tandems, language: 'de' });
    const { body } = renderReport({
      program,
      progress: progressFor(program, '2027-01-20'),
      period: '2027-W03',
    });
    expect(body).toContain('Stand: Mittwoch, 20. Januar 2027: **Im Rückstand**.');
    expect(body).toContain('pie title Tandems nach Status');
  });

  it('stays under GitHub’s limit with 1,000 tandems listed, leaving out the calmest rows', () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      makeTandem({
        id: `t-${index}`,
        mentor: `mentor-with-a-long-login-${index}`,
        mentee: `mentee-${index}`,
      }),
    );
    const program = makeProgram({ tandems: many, report: { visibility: 'tandems', period: 'week' } });
    const progress = progressFor(program, '2027-01-20');
    const { body, omittedTandems } = renderReport({ program, progress, period: '2027-W03' });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(omittedTandems).toBeGreaterThan(0);
    expect(body).toContain(`… and ${omittedTandems} more tandems`);
    const statuses = body
      .split('\n')
      .filter((line) => line.startsWith('| mentor-with'))
      .map((line) => line.split(' | ')[2]);
    expect(statuses.length + omittedTandems).toBe(1000);
    // The 500 tandems behind come first; the on-track ones are the ones left out.
    expect(statuses.slice(0, 500).every((status) => status === 'Behind')).toBe(true);
    expect(statuses.slice(500).every((status) => status === 'On track')).toBe(true);
    // Without a limit (the job summary), every tandem is listed.
    const full = renderReport({ program, progress, period: '2027-W03', maxLength: 1_000_000 });
    expect(full.omittedTandems).toBe(0);
    expect(full.body.split('\n').filter((line) => line.startsWith('| mentor-with'))).toHaveLength(1000);
  });

  it('uses a custom template and still carries the period marker', () => {
    const program = makeProgram({ tandems });
    const { body } = renderReport({
      program,
      progress: progressFor(program, '2027-01-20'),
      period: '2027-W03',
      template: '{{totals.itemsDone}}/{{totals.itemsTotal}} {{statusLabel}}',
    });
    expect(body).toBe('<!-- tandem:report program=test-program period=2027-W03 -->\n2/36 Behind\n');
  });
});

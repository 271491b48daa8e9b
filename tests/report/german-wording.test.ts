import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../src/core/issue-body/checklist.js';
import { localeStrings } from '../../src/core/locale/locale-strings.js';
import type { Program } from '../../src/core/program/program.js';
import { computeProgramProgress } from '../../src/core/report/compute-program-progress.js';
import { renderReport } from '../../src/core/report/render-report.js';
import { scheduleProgramShared } from '../../src/core/schedule/schedule-program-shared.js';
import { makeProgram, makeTandem } from '../core/schedule/make-program.js';
import { buildIssueBody } from './issue-body.js';

function germanReport(period: string): string {
  const program: Program = {
    ...makeProgram({
      tandems: [makeTandem({ id: 'lea-martin', mentor: 'lea-schmidt', mentee: 'martin-weber' })],
      language: 'de',
    }),
  };
  const withTandems: Program = { ...program, report: { ...program.report, visibility: 'tandems' } };
  const schedules = scheduleProgramShared(withTandems);
  const issues = new Map(
    withTandems.tandems.map((tandem) => [
      tandem.id,
      {
        state: 'open' as const,
        checklist: parseChecklist(
          buildIssueBody({
            programId: program.id,
            tandemId: tandem.id,
            sessions: schedules.get(tandem.id)!,
            ticks: { kickoff: [true] },
          }),
        ),
        commentCount: 0,
        updatedAt: '2027-01-12T09:00:00Z',
      },
    ]),
  );
  const progress = computeProgramProgress({ program: withTandems, schedules, issues, today: '2027-01-20' });
  return renderReport({ program: withTandems, progress, period }).body;
}

describe('the German report', () => {
  it('titles a week "KW 49/2026" and a month "März 2027"', () => {
    expect(germanReport('2026-W49')).toContain('Fortschritt, KW 49/2026');
    expect(germanReport('2027-03')).toContain('Fortschritt, März 2027');
  });

  it('writes "Stand: Mittwoch, …" with a colon', () => {
    expect(germanReport('2027-W03')).toContain('Stand: Mittwoch, 20. Januar 2027: ');
  });

  it('has distinct words for a finished tandem and a closed issue', () => {
    const { finished, closed } = localeStrings('de').report.status;
    expect(finished).toBe('Abgeschlossen');
    expect(closed).toBe('Issue geschlossen');
  });

  it('names the roles as the tandem issues do, and dates the last activity the German way', () => {
    const body = germanReport('2027-W03');
    expect(body).not.toContain('Mentor·in');
    expect(body).toContain('| Mentor | Mentee |');
    expect(body).toMatch(/\| Dienstag, 12\. Januar 2027 \|/);
    expect(body).not.toMatch(/\| 2027-01-12 \|/);
  });
});

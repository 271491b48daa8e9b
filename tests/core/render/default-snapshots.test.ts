import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/core/issue-body/checklist.js';
import { sessionMarker } from '../../../src/core/issue-body/markers.js';
import type { Program } from '../../../src/core/program/program.js';
import { computeProgramProgress } from '../../../src/core/report/compute-program-progress.js';
import { renderReport } from '../../../src/core/report/render-report.js';
import { formatReportPeriod } from '../../../src/core/report/report-period.js';
import { scheduleProgramShared } from '../../../src/core/schedule/schedule-program-shared.js';
import { renderDesiredIssues } from '../../../src/core/sync/desired-issues.js';
import { loadProgram } from '../../../src/core/validate/load-program.js';

// What a pair and a program owner read, whole: a change to a default template, a locale string or
// a date format shows in the diff of these files (`npx vitest run -u` accepts it).
const programYaml = (language: 'en' | 'de', visibility: 'aggregate' | 'tandems') => `version: 1
id: snapshot-program
title: Snapshot Program
start: 2027-01-11
duration: 4 weeks
cadence: weekly
session:
  length: 45 minutes
  time: "16:00"
  weekday: tuesday
timezone: Europe/Berlin
language: ${language}
topics:
  - id: ai-tools
    title: AI tools
    agenda: [Try an assistant on a real task, Discuss data protection]
tandems:
  - mentor: lea-schmidt
    mentee: martin-weber
    topics: [ai-tools]
    goals: [Martin uses an assistant for his weekly summary]
  - mentor: jonas-krause
    mentee: sabine-hoffmann
    topics: [ai-tools]
report:
  discussion: { category: Mentoring }
  visibility: ${visibility}
`;

function load(language: 'en' | 'de', visibility: 'aggregate' | 'tandems' = 'aggregate'): Program {
  const { program, diagnostics } = loadProgram('programs/snapshot.yml', programYaml(language, visibility));
  expect(diagnostics).toEqual([]);
  return program!;
}

/** The first tandem ticked its kickoff; the second has ticked nothing. */
function reportOf(program: Program, today: string): string {
  const issues = new Map(
    renderDesiredIssues(program).map((issue, index) => {
      const kickoff = issue.body.indexOf(sessionMarker('kickoff'));
      const nextSession = issue.body.indexOf('\n### ', kickoff);
      const body =
        index === 0
          ? issue.body.slice(0, kickoff) +
            issue.body.slice(kickoff, nextSession).replaceAll('- [ ] ', '- [x] ') +
            issue.body.slice(nextSession)
          : issue.body;
      const state = { state: 'open' as const, checklist: parseChecklist(body), commentCount: 0 };
      return [issue.tandemId, { ...state, updatedAt: '2027-01-12T17:00:00Z' }];
    }),
  );
  const progress = computeProgramProgress({
    program,
    schedules: scheduleProgramShared(program),
    issues,
    today,
  });
  return renderReport({ program, progress, period: formatReportPeriod(today, program.report.period) }).body;
}

describe.each(['en', 'de'] as const)('the default texts in %s', (language) => {
  it('the issue of a tandem, title and body', async () => {
    const [issue] = renderDesiredIssues(load(language));
    await expect(`# ${issue!.title}\n\n${issue!.body}`).toMatchFileSnapshot(
      `__snapshots__/default-issue.${language}.md`,
    );
  });

  it('the progress report, aggregate and by tandem', async () => {
    const report = [
      reportOf(load(language), '2027-01-14'),
      reportOf(load(language, 'tandems'), '2027-01-14'),
    ];
    await expect(report.join('\n\n---\n\n')).toMatchFileSnapshot(
      `__snapshots__/default-report.${language}.md`,
    );
  });
});

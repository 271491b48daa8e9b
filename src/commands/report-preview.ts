import { parseChecklist } from '../core/issue-body/checklist.js';
import type { Program } from '../core/program/program.js';
import { computeProgramProgress } from '../core/report/compute-program-progress.js';
import type { TandemIssueState } from '../core/report/compute-tandem-progress.js';
import { renderReport } from '../core/report/render-report.js';
import { formatReportPeriod } from '../core/report/report-period.js';
import { scheduleProgramShared } from '../core/schedule/schedule-program-shared.js';
import type { DesiredIssue } from '../core/sync/sync-plan.js';
import { readTemplate } from './load-programs.js';

/**
 * The report the program would get on `today` if every desired issue existed as rendered, open and
 * with nothing ticked yet: what `tandem preview` writes to `preview/<program>/report.md`.
 */
export function renderReportPreview(
  program: Program,
  desired: DesiredIssue[],
  today: string,
  root: string,
): string {
  const issues = new Map<string, TandemIssueState>(
    desired.map((issue) => [
      issue.tandemId,
      { state: 'open', checklist: parseChecklist(issue.body), commentCount: 0 },
    ]),
  );
  const progress = computeProgramProgress({
    program,
    schedules: scheduleProgramShared(program),
    issues,
    today,
  });
  const period = formatReportPeriod(today, program.report.period);
  return renderReport({ program, progress, period, template: readTemplate(root, program.templates.report) })
    .body;
}

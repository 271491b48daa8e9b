import { parseChecklist } from '../core/checklist.js';
import type { DesiredIssue } from '../core/plan-sync.js';
import type { Program } from '../core/program.js';
import { computeProgramProgress } from '../core/progress/compute-program-progress.js';
import type { TandemIssueState } from '../core/progress/compute-tandem-progress.js';
import { formatReportPeriod } from '../core/progress/report-period.js';
import { scheduleProgramShared } from '../core/progress/schedule-shared.js';
import { renderReport } from '../core/render/render-report.js';
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

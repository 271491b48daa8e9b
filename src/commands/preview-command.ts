import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Program } from '../core/program/program.js';
import { scheduleSessions } from '../core/schedule/schedule-sessions.js';
import { renderDesiredIssues } from '../core/sync/desired-issues.js';
import { formatPlanCounts, formatPlanTable } from '../core/sync/format-plan.js';
import { planSync } from '../core/sync/plan-sync.js';
import { closeComment, duplicateComment } from '../core/sync/sync-comments.js';
import { loadPrograms, readTemplate } from './load-programs.js';
import type { Output } from './output.js';
import { reportDiagnostics } from './report-diagnostics.js';
import { renderReportPreview } from './report-preview.js';
import { todayIn } from './today.js';

export interface PreviewCommandOptions {
  readonly root: string;
  readonly patterns: readonly string[];
  /** Relative to root; replaced on every run. */
  readonly outDir: string;
  readonly today?: string;
}

/**
 * With no token and no network: what sync and report would write, as files to read. Every tandem
 * issue goes to `<out>/<program>/<tandem>.md`, the report to `<out>/<program>/report.md`.
 */
export async function runPreviewCommand(options: PreviewCommandOptions, output: Output): Promise<number> {
  const loaded = await loadPrograms(options.patterns, options.root);
  const hasError = reportDiagnostics(loaded.diagnostics, output);
  for (const program of loaded.programs) {
    const dir = path.resolve(options.root, options.outDir, program.id);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const desired = renderDesiredIssues(program, readTemplate(options.root, program.templates.issue));
    for (const issue of desired) {
      await writeFile(path.join(dir, `${issue.tandemId}.md`), `# ${issue.title}\n\n${issue.body}`);
    }
    const today = todayIn(program.timezone, options.today);
    await writeFile(path.join(dir, 'report.md'), renderReportPreview(program, desired, today, options.root));

    const plan = planSync({
      programId: program.id,
      language: program.language,
      desired,
      actual: [],
      closeComment: () => closeComment(program),
      duplicateComment: (canonical) => duplicateComment(program, canonical),
    });
    output.line(summarizeProgram(program));
    output.line(`plan against an empty repository — ${formatPlanCounts(plan)}`);
    output.line(formatPlanTable(plan));
    output.line(`preview written to ${path.join(options.outDir, program.id)}/ (${desired.length + 1} files)`);
    output.line('');
  }
  if (loaded.programs.length === 0 && !hasError) output.line('no programs to preview');
  return hasError ? 1 : 0;
}

function summarizeProgram(program: Program): string {
  const schedules = program.tandems.map((tandem) => scheduleSessions(program, tandem));
  const dates = schedules
    .flat()
    .map((session) => session.date)
    .sort();
  const sessions = schedules.reduce((sum, schedule) => sum + schedule.length, 0);
  return [
    `${program.file}: ${program.title}`,
    `  ${program.tandems.length} tandems, ${sessions} sessions, first ${dates[0] ?? '—'}, last ${dates.at(-1) ?? '—'}`,
  ].join('\n');
}

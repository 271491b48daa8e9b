import { parseChecklist } from '../core/issue-body/checklist.js';
import { localeStrings } from '../core/locale/locale-strings.js';
import type { Program } from '../core/program/program.js';
import { computeProgramProgress, type ProgramProgress } from '../core/report/compute-program-progress.js';
import type { TandemIssueState } from '../core/report/compute-tandem-progress.js';
import { renderReport } from '../core/report/render-report.js';
import { formatReportPeriod } from '../core/report/report-period.js';
import { scheduleProgramShared } from '../core/schedule/schedule-program-shared.js';
import { programLabel } from '../core/sync/desired-issues.js';
import { pickTandemIssues } from '../core/sync/pick-tandem-issues.js';
import type { GitHubClient } from '../github/create-github-client.js';
import { DiscussionsApi } from '../github/discussions-api.js';
import { type ProgramIssue, readProgramIssues } from '../github/read-program-issues.js';
import { getErrorMessage } from './error-message.js';
import type { GitHubSettings } from './github-settings.js';
import { readTemplate } from './load-programs.js';
import type { Output } from './output.js';
import { type PublishReportResult, publishReport, resolveReportCategory } from './publish-report.js';
import { type ReportJson, toReportJson } from './report-json.js';
import { runPerProgram } from './run-per-program.js';
import { todayIn } from './today.js';
import { updateBoardFields } from './update-board.js';

export interface ReportCommandOptions {
  readonly root: string;
  readonly patterns: readonly string[];
  readonly github: GitHubSettings;
  readonly today?: string;
  /** Compute and print the report; post nothing. */
  readonly isDryRun: boolean;
  readonly isJson: boolean;
}

export interface ReportCommandResult {
  readonly exitCode: number;
  readonly json: { readonly reports: readonly ReportJson[]; readonly failures: readonly string[] };
  /** The comment of the first program whose report was posted. */
  readonly reportUrl?: string;
}

/** The job summary takes up to 1 MiB; it lists every tandem even when the posted report cannot. */
const SUMMARY_MAX_LENGTH = 1_000_000;

export async function runReportCommand(
  options: ReportCommandOptions,
  output: Output,
): Promise<ReportCommandResult> {
  const run = await runPerProgram(options, output, ({ client }) => ({
    run: (program) => reportProgram(client, program, options, output),
  }));
  const reports = run.results;
  const reportUrl = reports.find((report) => report.discussion.commentUrl)?.discussion.commentUrl;
  return {
    exitCode: run.exitCode,
    json: { reports, failures: run.failures },
    ...(reportUrl && { reportUrl }),
  };
}

async function reportProgram(
  client: GitHubClient,
  program: Program,
  options: ReportCommandOptions,
  output: Output,
): Promise<ReportJson> {
  const { repo, graphqlUrl } = options.github;
  const today = todayIn(program.timezone, options.today);
  const period = formatReportPeriod(today, program.report.period);
  const target = program.report.discussion;
  const read = await readProgramIssues(client, {
    repo,
    graphqlUrl,
    label: programLabel(program.id),
    withComments: false,
    ...(!options.isDryRun && target && { categoryName: target.category }),
  });
  const progress = computeProgress(program, read.issues, today);
  if (!options.isDryRun)
    await updateBoardFields({ client, github: options.github, output }, program, progress, read.issues);
  const template = readTemplate(options.root, program.templates.report);
  const report = renderReport({ program, progress, period, template });
  const full = renderReport({ program, progress, period, template, maxLength: SUMMARY_MAX_LENGTH });
  output.summary(full.body);
  output.line(formatProgressLine(program, progress, period));
  if (options.isDryRun && !options.isJson) output.line(report.body);

  let published: PublishReportResult | undefined;
  const repoName = `${repo.owner}/${repo.repo}`;
  if (!target) {
    output.line(
      `${program.id}: no report.discussion in ${program.file}; the report went to the job summary only`,
    );
  } else if (options.isDryRun) {
    try {
      resolveReportCategory({ repository: read.repository, repoName, program, discussion: target });
    } catch (error) {
      output.warn(`warning: ${getErrorMessage(error)}`);
    }
  } else {
    published = await publishReport({
      api: new DiscussionsApi(client, repo, graphqlUrl),
      repository: read.repository,
      repoName,
      program,
      discussion: target,
      period,
      body: report.body,
      ...(read.discussions && { firstPage: read.discussions }),
    });
    const verb = { added: 'posted', updated: 'updated', unchanged: 'unchanged' }[published.action];
    output.line(
      `${program.id}: report ${period} ${verb}${published.isNewDiscussion ? ' in a new discussion' : ''}: ${published.commentUrl}`,
    );
  }
  return toReportJson({
    program,
    progress,
    period,
    omittedTandems: report.omittedTandems,
    published,
    isDryRun: options.isDryRun,
  });
}

function computeProgress(program: Program, issues: readonly ProgramIssue[], today: string): ProgramProgress {
  const states = new Map<string, TandemIssueState>();
  for (const [tandemId, issue] of pickTandemIssues(issues, program)) {
    states.set(tandemId, {
      number: issue.number,
      url: issue.url,
      state: issue.state,
      checklist: parseChecklist(issue.body),
      updatedAt: issue.updatedAt,
      commentCount: issue.commentCount,
    });
  }
  return computeProgramProgress({
    program,
    schedules: scheduleProgramShared(program),
    issues: states,
    today,
  });
}

function formatProgressLine(program: Program, progress: ProgramProgress, period: string): string {
  const status = localeStrings('en').report.status[progress.status].toLowerCase();
  return (
    `${program.id} ${period}: ${status}; ${progress.tandemCount} tandems, ${progress.itemsDone}/${progress.itemsTotal} ` +
    `items done, ${progress.sessionsCompleted}/${progress.sessionsDue} sessions due completed`
  );
}

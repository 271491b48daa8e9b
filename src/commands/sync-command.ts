import { programLabel, renderDesiredIssue } from '../core/desired-issues.js';
import {
  formatPlanCounts,
  formatPlanDiffs,
  formatPlanMarkdown,
  formatPlanTable,
} from '../core/format-plan.js';
import { type DesiredIssue, planSync, type SyncPlan } from '../core/plan-sync.js';
import type { Program } from '../core/program.js';
import { BodyTooLargeError } from '../core/render/render-errors.js';
import { closeComment, duplicateComment } from '../core/render/sync-comments.js';
import { type IssueSnapshot, IssuesApi } from '../github/issues-api.js';
import { type AppliedAction, applySync } from './apply-sync.js';
import { getErrorMessage, isWriteDenied, WRITE_DENIED_HINT } from './error-message.js';
import { connectGitHub, type GitHubSettings } from './github-settings.js';
import { loadPrograms, readTemplate } from './load-programs.js';
import type { Output } from './output.js';
import { reportDiagnostics } from './report-diagnostics.js';
import { todayIn } from './today.js';

export interface SyncCommandOptions {
  readonly root: string;
  readonly patterns: readonly string[];
  readonly github: GitHubSettings;
  /** Plan only: print the plan and write nothing. */
  readonly isDryRun: boolean;
  readonly isJson: boolean;
  /** `--today`: sessions before it are history; default the real today in the program's time zone. */
  readonly today?: string;
}

export interface SyncCommandResult {
  readonly exitCode: number;
  readonly plans: readonly SyncPlan[];
  readonly created: number;
  readonly updated: number;
  readonly closed: number;
  /** Tandem id → issue number, for every tandem that has an issue after the run. */
  readonly issues: Readonly<Record<string, number>>;
  readonly failures: readonly string[];
}

const TANDEM_LABEL_COLOR = '5319e7';

export async function runSyncCommand(
  options: SyncCommandOptions,
  output: Output,
): Promise<SyncCommandResult> {
  const loaded = await loadPrograms(options.patterns, options.root);
  const hasInvalid = reportDiagnostics(loaded.diagnostics, output);
  const client = connectGitHub(options.github, (message) => output.warn(`warning: ${message}`));
  const api = new IssuesApi(client, options.github.repo);

  const plans: SyncPlan[] = [];
  const applied: AppliedAction[] = [];
  const failures: string[] = [];
  const issues: Record<string, number> = {};
  // Turns false when GitHub refuses the first write: the remaining programs are only planned.
  let canWrite = !options.isDryRun;
  for (const program of loaded.programs) {
    try {
      const { plan, desired, renderFailures, planContext } = await planProgram(api, program, options);
      failures.push(...renderFailures);
      plans.push(plan);
      output.line(formatPlanCounts(plan));
      if (!options.isJson) output.line(formatPlanTable(plan));
      if (!canWrite) {
        const diffs = formatPlanDiffs(plan);
        if (diffs && !options.isJson) output.line(diffs);
        for (const action of plan.actions)
          if (action.kind !== 'create' && action.kind !== 'close') issues[action.tandemId] = action.number;
        continue;
      }
      await ensureLabels(api, program, plan);
      const results = await applySync({ api, plan, programLabel: programLabel(program.id), output });
      if (results.some((result) => result.action.kind === 'create' && !result.error)) {
        results.push(...(await closeRaceDuplicates(api, program, desired, output, planContext)));
      }
      applied.push(...results);
      for (const result of results) {
        for (const warning of result.warnings) output.warn(`warning: ${result.action.tandemId}: ${warning}`);
        if (result.error) {
          failures.push(
            `${program.id}/${result.action.tandemId}: ${result.action.kind} failed: ${result.error}`,
          );
        } else if (result.action.kind === 'close-duplicate') {
          issues[result.action.tandemId] = result.action.duplicateOf;
        } else if (result.number !== undefined && result.action.kind !== 'close') {
          issues[result.action.tandemId] = result.number;
        }
      }
    } catch (error) {
      if (isWriteDenied(error)) {
        failures.push(`${program.id}: ${WRITE_DENIED_HINT}`);
        canWrite = false;
        continue;
      }
      failures.push(`${program.id}: ${getErrorMessage(error)}`);
    }
  }

  for (const failure of failures) output.warn(`error: ${failure}`);
  const failed = failures.map((failure) => `- ❌ ${failure.replace(/\r?\n/g, ' ')}`).join('\n');
  output.summary(
    `## Tandem ${options.isDryRun ? 'plan' : 'sync'}\n\n${formatPlanMarkdown(plans)}${failed ? `\n### Failed\n\n${failed}\n` : ''}`,
  );
  const succeeded = (kinds: readonly string[]): number =>
    applied.filter((result) => !result.error && kinds.includes(result.action.kind)).length;
  return {
    exitCode: hasInvalid || failures.length > 0 ? 1 : 0,
    plans,
    created: succeeded(['create']),
    updated: succeeded(['update', 'reopen']),
    closed: succeeded(['close', 'close-duplicate']),
    issues,
    failures,
  };
}

async function planProgram(
  api: IssuesApi,
  program: Program,
  options: Pick<SyncCommandOptions, 'root' | 'today'>,
): Promise<{
  plan: SyncPlan;
  desired: DesiredIssue[];
  renderFailures: string[];
  planContext: { today: string; failed: readonly string[] };
}> {
  // Listed before rendering: the request leaves the moment the program is known to be valid.
  const actual = await api.listIssuesWithLabel(programLabel(program.id));
  const template = readTemplate(options.root, program.templates.issue);
  const desired: DesiredIssue[] = [];
  const failed: string[] = [];
  const renderFailures: string[] = [];
  // One tandem whose issue cannot fit GitHub's limit fails alone; its issue is left as it is.
  for (const tandem of program.tandems) {
    try {
      desired.push(renderDesiredIssue(program, tandem, template));
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      failed.push(tandem.id);
      renderFailures.push(`${program.id}/${tandem.id}: ${error.message}`);
    }
  }
  const today = todayIn(program.timezone, options.today);
  const planContext = { today, failed };
  return { plan: planAgainst(program, desired, actual, planContext), desired, renderFailures, planContext };
}

function planAgainst(
  program: Program,
  desired: DesiredIssue[],
  actual: IssueSnapshot[],
  context: { today: string; failed: readonly string[] },
): SyncPlan {
  return planSync({
    programId: program.id,
    language: program.language,
    today: context.today,
    failedTandemIds: context.failed,
    desired,
    actual,
    closeComment: () => closeComment(program),
    duplicateComment: (canonical) => duplicateComment(program, canonical),
  });
}

/**
 * Another run that created issues at the same moment (a workflow without a concurrency group) leaves
 * two issues for a tandem. After creating, look once more and close the newer ones now, rather than
 * on the next run: the lowest number stays, so racing runs agree on which.
 */
async function closeRaceDuplicates(
  api: IssuesApi,
  program: Program,
  desired: DesiredIssue[],
  output: Output,
  context: { today: string; failed: readonly string[] },
): Promise<AppliedAction[]> {
  const recheck = planAgainst(
    program,
    desired,
    await api.listIssuesWithLabel(programLabel(program.id)),
    context,
  );
  const duplicates = recheck.actions.filter((action) => action.kind === 'close-duplicate');
  if (duplicates.length === 0) return [];
  return applySync({
    api,
    plan: { ...recheck, actions: duplicates },
    programLabel: programLabel(program.id),
    output,
  });
}

/** Labels are looked up only when the plan adds some: a no-change run costs no request here. */
async function ensureLabels(api: IssuesApi, program: Program, plan: SyncPlan): Promise<void> {
  const needed = new Set<string>();
  for (const action of plan.actions) {
    if (action.kind === 'create') for (const label of action.issue.labels) needed.add(label);
    if ((action.kind === 'update' || action.kind === 'reopen') && action.changes.addLabels) {
      for (const label of action.changes.addLabels) needed.add(label);
    }
  }
  if (needed.size === 0) return;
  const existing = await api.listLabelNames();
  for (const name of needed) {
    if (existing.has(name)) continue;
    const isProgramLabel = name === programLabel(program.id);
    await api.createLabel({
      name,
      color: isProgramLabel ? TANDEM_LABEL_COLOR : 'ededed',
      description: isProgramLabel ? `Tandem issue of ${program.title}`.slice(0, 100) : 'Reverse mentoring',
    });
  }
}

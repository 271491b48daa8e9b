import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { escapeInline } from '../core/markdown/escape-markdown.js';
import { programLabel } from '../core/sync/desired-issues.js';
import {
  formatPlanCounts,
  formatPlanDiffs,
  formatPlanMarkdown,
  formatPlanTable,
  formatProblemsMarkdown,
} from '../core/sync/format-plan.js';
import { formatSyncResultMarkdown } from '../core/sync/format-sync-result.js';
import type { SyncPlan } from '../core/sync/sync-plan.js';
import { isWriteDenied, WRITE_DENIED_HINT } from '../github/github-errors.js';
import { IssuesApi } from '../github/issues-api.js';
import { type AppliedAction, applySync } from './apply-sync.js';
import { getErrorMessage } from './error-message.js';
import type { GitHubSettings } from './github-settings.js';
import type { Output } from './output.js';
import { closeRaceDuplicates, type PlanContext, planProgram } from './plan-program.js';
import { runPerProgram } from './run-per-program.js';
import { ensureLabels, LabelsDroppedError } from './sync-labels.js';
import { addTandemIssuesToBoard } from './update-board.js';

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
  /** The problems found while loading the programs (a program with errors is not planned). */
  readonly diagnostics: readonly Diagnostic[];
}

export async function runSyncCommand(
  options: SyncCommandOptions,
  output: Output,
): Promise<SyncCommandResult> {
  const plans: SyncPlan[] = [];
  const applied: AppliedAction[] = [];
  // Program id → what its sync did, for the programs that were written (not only planned).
  const outcomes = new Map<string, AppliedAction[]>();
  const issues: Record<string, number> = {};
  // Turns false when GitHub refuses the first write: the remaining programs are only planned.
  let canWrite = !options.isDryRun;
  const run = await runPerProgram(options, output, ({ client, loaded, fail }) => {
    const api = new IssuesApi(client, options.github.repo);
    const context: PlanContext = {
      api,
      root: options.root,
      ...(options.today && { today: options.today }),
      knownProgramIds: new Set(
        loaded.programs.flatMap((program) => [program.id, ...(program.formerly ?? [])]),
      ),
    };
    return {
      run: async (program) => {
        const { plan, rendered, renderFailures } = await planProgram(context, program);
        for (const failure of renderFailures) fail(failure);
        plans.push(plan);
        output.line(formatPlanCounts(plan));
        if (!options.isJson) output.line(formatPlanTable(plan));
        for (const note of describeRepairs(plan)) output.line(`${program.id}: ${note}`);
        if (!canWrite) {
          const diffs = formatPlanDiffs(plan);
          if (diffs && !options.isJson) output.line(diffs);
          for (const action of plan.actions)
            if (action.kind !== 'create' && action.kind !== 'close') issues[action.tandemId] = action.number;
          return;
        }
        await ensureLabels(api, program, plan);
        const results = await applySync({ api, plan, programLabel: programLabel(program.id), output });
        if (results.some((result) => result.action.kind === 'create' && !result.error)) {
          results.push(...(await closeRaceDuplicates(context, rendered, output)));
        }
        applied.push(...results);
        outcomes.set(program.id, results);
        await addTandemIssuesToBoard({ client, github: options.github, output }, program, results);
        for (const result of results) {
          for (const warning of result.warnings)
            output.warn(`warning: ${result.action.tandemId}: ${warning}`);
          if (result.error) {
            fail(`${program.id}/${result.action.tandemId}: ${result.action.kind} failed: ${result.error}`);
          } else if (result.action.kind === 'close-duplicate') {
            issues[result.action.tandemId] = result.action.duplicateOf;
          } else if (result.number !== undefined && result.action.kind !== 'close') {
            issues[result.action.tandemId] = result.number;
          }
        }
      },
      describeError: (program, error) => {
        if (isWriteDenied(error)) {
          canWrite = false;
          return `${program.id}: ${WRITE_DENIED_HINT}`;
        }
        if (error instanceof LabelsDroppedError) return `${program.id}: stopped: ${error.message}`;
        return `${program.id}: ${getErrorMessage(error)}`;
      },
    };
  });
  const { failures, loaded } = run;

  const failed = failures.map((failure) => `- ❌ ${escapeInline(failure)}`).join('\n');
  const repairs = plans
    .flatMap((plan) => describeRepairs(plan).map((line) => `- ${plan.programId}: ${line}`))
    .join('\n');
  // After a sync, what happened to each issue; a program that was only planned shows its plan.
  const body = options.isDryRun
    ? formatPlanMarkdown(plans, { diagnostics: loaded.diagnostics })
    : [
        formatProblemsMarkdown(loaded.diagnostics),
        ...plans.map((plan) => {
          const done = outcomes.get(plan.programId);
          return done ? formatSyncResultMarkdown(plan.programId, done) : formatPlanMarkdown([plan]);
        }),
      ]
        .filter(Boolean)
        .join('\n');
  output.summary(
    `## Tandem ${options.isDryRun ? 'plan' : 'sync'}\n\n${body}${repairs ? `\n### Found again, repaired or left alone\n\n${repairs}\n` : ''}${failed ? `\n### Failed\n\n${failed}\n` : ''}`,
  );
  const succeeded = (kinds: readonly string[]): number =>
    applied.filter((result) => !result.error && kinds.includes(result.action.kind)).length;
  return {
    exitCode: run.exitCode,
    plans,
    created: succeeded(['create']),
    updated: succeeded(['update', 'reopen']),
    closed: succeeded(['close', 'close-duplicate']),
    issues,
    failures,
    diagnostics: loaded.diagnostics,
  };
}

/** What the plan repairs or leaves alone, one sentence each: lost labels and markers, orphans. */
function describeRepairs(plan: SyncPlan): string[] {
  const lines: string[] = [];
  for (const action of plan.actions) {
    if ((action.kind === 'update' || action.kind === 'reopen') && action.repairs?.length)
      lines.push(`${action.tandemId}: #${action.number} found again; ${action.repairs.join(', ')}`);
    if (action.kind === 'unchanged' && action.isClosedByPerson)
      lines.push(`${action.tandemId}: #${action.number} was closed by a person and stays closed`);
  }
  return [...lines, ...(plan.notes ?? [])];
}

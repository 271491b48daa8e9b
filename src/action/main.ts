import * as core from '@actions/core';
import { getErrorMessage } from '../commands/error-message.js';
import { connectGitHub, type GitHubSettings, resolveGitHubSettings } from '../commands/github-settings.js';
import { createOutput, type Output } from '../commands/output.js';
import { runRemindCommand } from '../commands/remind-command.js';
import { runReportCommand } from '../commands/report-command.js';
import { runSyncCommand } from '../commands/sync-command.js';
import { runValidateCommand } from '../commands/validate-command.js';
import { formatPlanMarkdown } from '../core/sync/format-plan.js';
import { IssuesApi } from '../github/issues-api.js';
import { type ActionInputs, readInputs } from './read-inputs.js';
import { readRunContext } from './read-run-context.js';
import { type ActionStep, type ResolvedSteps, resolveSteps } from './resolve-steps.js';
import { upsertPlanComment } from './upsert-plan-comment.js';

interface StepOutcome {
  readonly exitCode: number;
  readonly created?: number;
  readonly updated?: number;
  readonly closed?: number;
  readonly issues?: Readonly<Record<string, number>>;
  readonly reportUrl?: string;
}

/** The Action's entry: inputs and event in, commands run, outputs and failure set. Never throws. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const env = process.env;
    const resolved = resolveSteps(inputs.command, readRunContext(env));
    const github = resolveGitHubSettings({
      token: inputs.token || env.GITHUB_TOKEN,
      repo: env.GITHUB_REPOSITORY,
      apiUrl: env.GITHUB_API_URL,
      graphqlUrl: env.GITHUB_GRAPHQL_URL,
      pacing: env.TANDEM_PACING,
    });
    const output = createOutput({
      stdout: process.stdout,
      stderr: process.stderr,
      isGitHubActions: true,
      summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
    });
    if (resolved.readOnlyReason) core.notice(resolved.readOnlyReason);

    const outcomes: StepOutcome[] = [];
    for (const step of resolved.steps) {
      core.startGroup(`tandem ${step}`);
      try {
        outcomes.push(await runStep(step, inputs, resolved, github, output));
      } finally {
        core.endGroup();
      }
    }
    setOutputs(outcomes);
    const failedSteps = resolved.steps.filter((_, index) => outcomes[index]!.exitCode !== 0);
    if (failedSteps.length > 0)
      core.setFailed(`tandem ${failedSteps.join(', ')} failed: see the messages above.`);
  } catch (error) {
    core.setFailed(getErrorMessage(error));
  }
}

async function runStep(
  step: ActionStep,
  inputs: ActionInputs,
  resolved: ResolvedSteps,
  github: GitHubSettings,
  output: Output,
): Promise<StepOutcome> {
  const root = process.cwd();
  const isDryRun = inputs.isDryRun || resolved.readOnlyReason !== undefined;
  const common = { root, patterns: inputs.programs, github, today: inputs.today, isDryRun, isJson: false };
  switch (step) {
    case 'validate':
      return runValidateCommand({ root, patterns: inputs.programs, isJson: false }, output);
    case 'plan': {
      const result = await runSyncCommand({ ...common, isDryRun: true }, output);
      if (resolved.pullRequest !== undefined && !isDryRun) {
        await commentPlan(
          github,
          resolved.pullRequest,
          formatPlanMarkdown(result.plans, { diagnostics: result.diagnostics }),
          output,
        );
      }
      return { exitCode: result.exitCode, issues: result.issues };
    }
    case 'sync': {
      const result = await runSyncCommand(common, output);
      if (inputs.calendarDir) {
        const { runCalendarFilesCommand } = await import('../commands/calendar-command.js');
        const { owner, repo } = github.repo;
        await runCalendarFilesCommand(
          {
            root,
            patterns: inputs.programs,
            dir: inputs.calendarDir,
            repo: `${owner}/${repo}`,
            issues: result.issues,
            serverUrl: process.env.GITHUB_SERVER_URL,
            ...(inputs.today !== undefined && { today: inputs.today }),
          },
          output,
        );
      }
      return result;
    }
    case 'report':
      return runReportCommand(common, output);
    case 'remind':
      return runRemindCommand(common, output);
    case 'signups': {
      const { runSignupsStep } = await import('./run-signups-step.js');
      return runSignupsStep({ ...common, issueNumber: resolved.issue }, output);
    }
  }
}

async function commentPlan(github: GitHubSettings, pullRequest: number, markdown: string, output: Output) {
  const api = new IssuesApi(
    connectGitHub(github, (message) => output.warn(`warning: ${message}`)),
    github.repo,
  );
  try {
    const { url, isNew } = await upsertPlanComment(api, pullRequest, markdown);
    output.line(`${isNew ? 'posted' : 'updated'} the plan comment: ${url}`);
  } catch (error) {
    if ((error as { status?: number }).status === 403) {
      core.notice(
        'The token cannot comment on this pull request (read-only token?): the plan is in the job summary. ' +
          'Give the job `pull-requests: write` to get the plan as a comment.',
      );
      return;
    }
    throw error;
  }
}

function setOutputs(outcomes: readonly StepOutcome[]): void {
  const sum = (key: 'created' | 'updated' | 'closed'): number =>
    outcomes.reduce((total, outcome) => total + (outcome[key] ?? 0), 0);
  core.setOutput('created', sum('created'));
  core.setOutput('updated', sum('updated'));
  core.setOutput('closed', sum('closed'));
  core.setOutput(
    'issues',
    JSON.stringify(Object.assign({}, ...outcomes.map((outcome) => outcome.issues ?? {}))),
  );
  core.setOutput('report-url', outcomes.find((outcome) => outcome.reportUrl)?.reportUrl ?? '');
}

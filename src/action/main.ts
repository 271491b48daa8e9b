import * as core from '@actions/core';
import { getErrorMessage } from '../commands/error-message.js';
import { type GitHubSettings, resolveGitHubSettings } from '../commands/github-settings.js';
import { createOutput, type Output } from '../commands/output.js';
import { runPlanCommand } from '../commands/plan-command.js';
import { runRemindCommand } from '../commands/remind-command.js';
import { runReportCommand } from '../commands/report-command.js';
import { runSyncCommand } from '../commands/sync-command.js';
import { runValidateCommand } from '../commands/validate-command.js';
import { type ActionInputs, readInputs } from './read-inputs.js';
import { readRunContext } from './read-run-context.js';
import { type ActionStep, resolveSteps } from './resolve-steps.js';

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
    if (resolved.readOnlyReason) output.notice(resolved.readOnlyReason);

    const outcomes: StepOutcome[] = [];
    for (const step of resolved.steps) {
      core.startGroup(`tandem ${step}`);
      try {
        outcomes.push(
          await STEPS[step]({
            inputs,
            github,
            output,
            pullRequest: resolved.pullRequest,
            isDryRun: inputs.isDryRun || resolved.readOnlyReason !== undefined,
          }),
        );
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

type StepContext = {
  readonly inputs: ActionInputs;
  readonly github: GitHubSettings;
  readonly output: Output;
  readonly pullRequest: number | undefined;
  readonly isDryRun: boolean;
};

/** Each step is one command; the Action only maps its inputs onto the command's options. */
const STEPS: Record<ActionStep, (context: StepContext) => Promise<StepOutcome>> = {
  validate: ({ inputs, output }) =>
    runValidateCommand({ root: process.cwd(), patterns: inputs.programs, isJson: false }, output),
  plan: async (context) => {
    const result = await runPlanCommand(
      {
        ...commandOptions(context),
        ...(context.pullRequest !== undefined && !context.isDryRun && { pullRequest: context.pullRequest }),
      },
      context.output,
    );
    return { exitCode: result.exitCode, issues: result.issues };
  },
  sync: async (context) => {
    const { inputs, github, output } = context;
    const result = await runSyncCommand({ ...commandOptions(context), isDryRun: context.isDryRun }, output);
    if (inputs.calendarDir) {
      const { runCalendarFilesCommand } = await import('../commands/calendar-command.js');
      await runCalendarFilesCommand(
        {
          root: process.cwd(),
          patterns: inputs.programs,
          dir: inputs.calendarDir,
          repo: `${github.repo.owner}/${github.repo.repo}`,
          issues: result.issues,
          serverUrl: process.env.GITHUB_SERVER_URL,
          ...(inputs.today !== undefined && { today: inputs.today }),
        },
        output,
      );
    }
    return result;
  },
  report: (context) =>
    runReportCommand({ ...commandOptions(context), isDryRun: context.isDryRun }, context.output),
  remind: (context) =>
    runRemindCommand({ ...commandOptions(context), isDryRun: context.isDryRun }, context.output),
  match: async (context) => {
    const { runMatchPullRequests } = await import('../commands/match-pull-requests.js');
    // The proposal is made from the checked-out branch, so it goes back to that branch.
    const ref = process.env.GITHUB_REF ?? '';
    const base = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    return runMatchPullRequests(
      { ...commandOptions(context), isDryRun: context.isDryRun, ...(base && { base }) },
      context.output,
    );
  },
};

function commandOptions({ inputs, github }: StepContext) {
  return { root: process.cwd(), patterns: inputs.programs, github, today: inputs.today, isJson: false };
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

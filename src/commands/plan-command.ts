import { formatPlanMarkdown } from '../core/sync/format-plan.js';
import { statusOf } from '../github/github-errors.js';
import { IssuesApi } from '../github/issues-api.js';
import { connectGitHub } from './github-settings.js';
import type { Output } from './output.js';
import { runSyncCommand, type SyncCommandOptions, type SyncCommandResult } from './sync-command.js';
import { upsertPlanComment } from './upsert-plan-comment.js';

export interface PlanCommandOptions extends Omit<SyncCommandOptions, 'isDryRun'> {
  /** The pull request that gets the plan as its one comment. */
  readonly pullRequest?: number;
}

/** What sync would do, written nowhere but the output and, for a pull request, its plan comment. */
export async function runPlanCommand(
  options: PlanCommandOptions,
  output: Output,
): Promise<SyncCommandResult> {
  const result = await runSyncCommand({ ...options, isDryRun: true }, output);
  if (options.pullRequest === undefined) return result;
  const api = new IssuesApi(
    connectGitHub(options.github, (message) => output.warn(`warning: ${message}`)),
    options.github.repo,
  );
  const markdown = formatPlanMarkdown(result.plans, { diagnostics: result.diagnostics });
  try {
    const { url, isNew } = await upsertPlanComment(api, options.pullRequest, markdown);
    output.line(`${isNew ? 'posted' : 'updated'} the plan comment: ${url}`);
  } catch (error) {
    if (statusOf(error) !== 403) throw error;
    output.notice(
      'The token cannot comment on this pull request (read-only token?): the plan is in the job summary. ' +
        'Give the job `pull-requests: write` to get the plan as a comment.',
    );
  }
  return result;
}

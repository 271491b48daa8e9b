import type { GitHubSettings } from '../commands/github-settings.js';
import type { Output } from '../commands/output.js';

export interface SignupsStepOptions {
  readonly root: string;
  readonly patterns: readonly string[];
  readonly github: GitHubSettings;
  readonly isDryRun: boolean;
  /** Set on an `issues` event: check that one sign-up and keep its comment. */
  readonly issueNumber?: number;
}

/**
 * `command: signups`. On an `issues` event it checks that sign-up; on any other event it collects
 * every open sign-up into the pool files (`tandem signups`), whose texts a pull request can carry.
 */
export async function runSignupsStep(
  options: SignupsStepOptions,
  output: Output,
): Promise<{ readonly exitCode: number }> {
  const { issueNumber, ...common } = options;
  if (issueNumber !== undefined) {
    const { runSignupIssueCommand } = await import('../commands/signup-issue-command.js');
    return runSignupIssueCommand({ ...common, issueNumber }, output);
  }
  const { runSignupsCommand } = await import('../commands/signups-command.js');
  return runSignupsCommand(common, output);
}

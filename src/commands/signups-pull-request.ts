import { proposeFileChanges } from '../github/propose-file-changes.js';
import { describeProposal } from './describe-proposal.js';
import { connectGitHub } from './github-settings.js';
import type { Output } from './output.js';
import { type PoolFileResult, runSignupsCommand, type SignupsCommandOptions } from './signups-command.js';

export interface SignupsPullRequestOptions extends SignupsCommandOptions {
  /** The branch the pools were read from and the pull request goes to; default the default branch. */
  readonly base?: string;
}

/** Tandem's branch for the sign-ups: one pull request carries every program's pool. */
export const SIGNUPS_BRANCH = 'tandem/signups';

/**
 * The Action's `command: signups` on a schedule or by hand: every open sign-up collected into the
 * pool files, proposed as one pull request, so that who takes part is reviewed before matching.
 */
export async function runSignupsPullRequest(
  options: SignupsPullRequestOptions,
  output: Output,
): Promise<{ readonly exitCode: number }> {
  const collected = await runSignupsCommand({ ...options, isProposal: true }, output);
  if (options.isDryRun || collected.pools.length === 0) return collected;
  const client = connectGitHub(options.github, (message) => output.warn(`warning: ${message}`));
  const proposed = await proposeFileChanges({
    octokit: client,
    ...options.github.repo,
    ...(options.base !== undefined && { base: options.base }),
    branch: SIGNUPS_BRANCH,
    files: collected.pools.map((pool) => ({ path: pool.file, content: pool.text })),
    commitMessage: 'Collect the open sign-ups into the pools',
    title: 'Tandem: sign-ups for the pool',
    body: describePools(collected.pools),
  });
  const sentence = `sign-ups: ${describeProposal(proposed, 'the open sign-ups')}`;
  output.line(sentence);
  output.summary(`${sentence}\n`);
  return collected;
}

/** The pull request's description: which sign-up issues each pool gains, changes or loses. */
function describePools(pools: readonly PoolFileResult[]): string {
  const issues = (numbers: readonly number[]) => numbers.map((number) => `#${number}`).join(', ') || '—';
  const rows = pools.map(
    (pool) =>
      `| \`${pool.file}\` | ${issues(pool.added)} | ${issues(pool.updated)} | ${issues(pool.removed)} |`,
  );
  return [
    'Tandem collected the open sign-up issues into the pools. Merge this pull request to take them in;',
    '`command: match` then proposes the tandems. A closed sign-up leaves its pool; an entry without a',
    '`# sign-up #N` mark is hand-written and never changed.',
    '',
    '| Pool | Added | Updated | Removed |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

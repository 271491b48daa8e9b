import { escapeInline, escapePlainTitle } from '../core/markdown/escape-markdown.js';
import { renderMatchDescription } from '../core/match/render-match-markdown.js';
import type { Program } from '../core/program/program.js';
import { formatPlanMarkdown } from '../core/sync/format-plan.js';
import { IssuesApi } from '../github/issues-api.js';
import { proposeFileChanges } from '../github/propose-file-changes.js';
import { getErrorMessage } from './error-message.js';
import { connectGitHub, type GitHubSettings } from './github-settings.js';
import { loadPrograms } from './load-programs.js';
import type { Output } from './output.js';
import { type PlanContext, planProgram } from './plan-program.js';
import { proposeTandems } from './propose-tandems.js';
import { reportDiagnostics } from './report-diagnostics.js';
import { upsertPlanComment } from './upsert-plan-comment.js';

export interface MatchPullRequestsOptions {
  readonly root: string;
  readonly patterns: readonly string[];
  readonly github: GitHubSettings;
  /** Print what would be proposed, write nothing. */
  readonly isDryRun: boolean;
  readonly today?: string;
  /** The branch the proposal is made from and goes to; default the repository's default branch. */
  readonly base?: string;
}

/** The branch of a program's matching pull request. */
export const matchBranch = (program: Program): string => `tandem/match-${program.id}`;

/**
 * The Action's `command: match`: for every program with `signup.pool`, the pool matched around the
 * program's tandems, and one pull request per program that adds the new tandems to its file, with
 * the proposal in its description and the sync plan of the changed program as its first comment
 * (a pull request opened with GITHUB_TOKEN starts no workflow, so no plan would appear otherwise).
 */
export async function runMatchPullRequests(
  options: MatchPullRequestsOptions,
  output: Output,
): Promise<{ readonly exitCode: number }> {
  const loaded = await loadPrograms(options.patterns, options.root);
  let hasFailed = reportDiagnostics(loaded.diagnostics, output);
  const programs = loaded.programs.filter((program) => program.signup !== undefined);
  const summary: string[] = [];
  if (programs.length === 0) summary.push('No program sets `signup.pool`: nothing to match.');
  const client = connectGitHub(options.github, (message) => output.warn(`warning: ${message}`));
  const api = new IssuesApi(client, options.github.repo);
  const context: PlanContext = {
    api,
    root: options.root,
    ...(options.today && { today: options.today }),
    knownProgramIds: new Set(loaded.programs.flatMap((program) => [program.id, ...(program.formerly ?? [])])),
  };
  for (const program of programs) {
    const say = (text: string) => {
      output.line(`${program.file}: ${text}`);
      summary.push(`- ${escapeInline(program.file)}: ${text}`);
    };
    try {
      const poolFile = program.signup!.pool;
      const proposal = await proposeTandems({ root: options.root, program, poolFile });
      if (reportDiagnostics(proposal.diagnostics, output) || !proposal.result) {
        hasFailed = true;
        say(`the pool ${poolFile} or the proposal has errors (see above); no pull request`);
        continue;
      }
      const { result } = proposal;
      const unmatched = `${result.unmatched.length} not matched`;
      if (proposal.after === undefined || !proposal.program) {
        say(`nothing to propose (${unmatched}); no pull request`);
        continue;
      }
      const count = `${result.tandems.length} new tandem${result.tandems.length === 1 ? '' : 's'}`;
      if (options.isDryRun) {
        say(`would propose ${count} (${unmatched}); dry run, nothing written`);
        continue;
      }
      const proposed = await proposeFileChanges({
        octokit: client,
        ...options.github.repo,
        ...(options.base !== undefined && { base: options.base }),
        branch: matchBranch(program),
        files: [{ path: program.file, content: proposal.after }],
        commitMessage: `Propose ${count} for ${program.id} from ${poolFile}`,
        title: `Tandem: ${count} proposed for ${escapePlainTitle(program.title)}`,
        body: renderMatchDescription({
          programTitle: program.title,
          programFile: program.file,
          poolFile,
          result,
          reasons: proposal.reasons,
        }),
      });
      if (proposed.outcome === 'same-as-base') {
        say('the default branch already holds this proposal; no pull request');
        continue;
      }
      if (proposed.outcome === 'taken-over') {
        say(`a person pushed to pull request #${proposed.number}; Tandem leaves it to them: ${proposed.url}`);
        continue;
      }
      if (proposed.outcome === 'declined') {
        say(`a person closed pull request #${proposed.number} with this proposal; not proposed again`);
        continue;
      }
      const { plan } = await planProgram(context, proposal.program);
      await upsertPlanComment(
        api,
        proposed.number,
        formatPlanMarkdown([plan], { diagnostics: proposal.warnings }),
      );
      const what =
        proposed.outcome === 'unchanged'
          ? `pull request #${proposed.number} is up to date`
          : `${proposed.outcome} pull request #${proposed.number}`;
      say(`${what} with ${count} (${unmatched}): ${proposed.url}`);
    } catch (error) {
      hasFailed = true;
      say(`failed: ${getErrorMessage(error)}`);
    }
  }
  output.summary(['## Tandem: matching', '', ...summary].join('\n'));
  return { exitCode: hasFailed ? 1 : 0 };
}

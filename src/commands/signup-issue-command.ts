import { checkSignup, type SignupCheck } from '../core/signup/check-signup.js';
import { readSignupForm } from '../core/signup/read-signup-form.js';
import { renderSignupComment, SIGNUP_COMMENT_MARKER } from '../core/signup/render-signup-comment.js';
import type { IssueSnapshot } from '../github/issue-snapshot.js';
import { IssuesApi } from '../github/issues-api.js';
import { connectGitHub, type GitHubSettings } from './github-settings.js';
import { keepFirstComment } from './keep-first-comment.js';
import { loadPrograms } from './load-programs.js';
import type { Output } from './output.js';

export interface SignupIssueCommandOptions {
  readonly root: string;
  readonly patterns: readonly string[];
  readonly github: GitHubSettings;
  /** The issue of the `issues` event. */
  readonly issueNumber: number;
  readonly isDryRun: boolean;
}

export type SignupCommentAction = 'none' | 'created' | 'updated' | 'unchanged';

export interface SignupIssueCommandResult {
  readonly exitCode: number;
  readonly comment: SignupCommentAction;
}

/**
 * On an `issues` event: when the issue is a sign-up, check it against the programs and keep one
 * comment on it saying what is wrong and how to fix it, or that it is in. Any other issue: nothing at
 * all. A problem in the sign-up is the author's to fix, so it does not fail the run.
 */
export async function runSignupIssueCommand(
  options: SignupIssueCommandOptions,
  output: Output,
): Promise<SignupIssueCommandResult> {
  const api = new IssuesApi(
    connectGitHub(options.github, (message) => output.warn(`warning: ${message}`)),
    options.github.repo,
  );
  // Read now rather than trust the payload: a later edit's run may have finished first.
  const issue = await readIssue(api, options.issueNumber);
  if (!issue) {
    output.line(`#${options.issueNumber} is gone (deleted or transferred): nothing to do.`);
    return { exitCode: 0, comment: 'none' };
  }
  const reading = readSignupForm({
    number: issue.number,
    author: issue.creator,
    body: issue.body,
    labels: issue.labels,
  });
  if (!reading) {
    output.line(`#${issue.number} is not a sign-up: nothing to do.`);
    return { exitCode: 0, comment: 'none' };
  }
  let check: SignupCheck = { problems: [{ kind: 'no-form' }] };
  if (reading.kind === 'form') {
    const loaded = await loadPrograms(options.patterns, options.root);
    check = checkSignup(reading.form, loaded.programs);
    const named = check.problems.some((problem) => problem.kind === 'unknown-program');
    const broken = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (named && broken.length > 0) {
      // The program may be in a file that does not load: telling the author it does not exist would be wrong.
      output.warn(
        `#${issue.number}: its program is not among the valid programs, and ${broken[0]!.file} has errors: fix the program files (tandem validate) and re-run.`,
      );
      return { exitCode: 1, comment: 'none' };
    }
  }
  const body = renderSignupComment({ reading, check, isClosed: issue.state === 'closed' });
  let comment: SignupCommentAction;
  try {
    comment = await keepOneComment(api, issue.number, body, issue.state === 'closed', options.isDryRun);
  } catch (error) {
    if ((error as { status?: number }).status !== 403) throw error;
    output.warn(
      `#${issue.number}: the token may not comment on issues: give the job \`issues: write\`. The comment would say:\n${body}`,
    );
    return { exitCode: 1, comment: 'none' };
  }
  const verdict = check.signup
    ? `in (${check.signup.role}, ${check.signup.programId})`
    : `${check.problems.length} problem(s)`;
  output.line(
    `#${issue.number}: sign-up ${issue.state === 'closed' ? 'closed' : verdict}; comment ${comment}.`,
  );
  if (options.isDryRun) output.line(body);
  output.summary(`## Tandem sign-up #${issue.number}\n\n${body.replace(SIGNUP_COMMENT_MARKER, '').trim()}`);
  return { exitCode: 0, comment };
}

async function readIssue(api: IssuesApi, issueNumber: number): Promise<IssueSnapshot | undefined> {
  try {
    return await api.getIssue(issueNumber);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 410 || status === 301) return undefined;
    throw error;
  }
}

/** Creates the comment once, edits it only when its text changes; a closed sign-up without one gets none. */
async function keepOneComment(
  api: IssuesApi,
  issueNumber: number,
  body: string,
  isClosed: boolean,
  isDryRun: boolean,
): Promise<SignupCommentAction> {
  const existing = (await api.listComments(issueNumber))
    .filter((comment) => comment.body.includes(SIGNUP_COMMENT_MARKER))
    .sort((a, b) => a.id - b.id)[0];
  if (!existing) {
    if (isClosed) return 'none';
    if (!isDryRun) {
      await api.createComment(issueNumber, body);
      await keepFirstComment(api, issueNumber, SIGNUP_COMMENT_MARKER);
    }
    return 'created';
  }
  if (existing.body === body) return 'unchanged';
  if (!isDryRun) await api.updateComment(existing.id, body);
  return 'updated';
}

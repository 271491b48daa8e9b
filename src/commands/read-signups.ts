import { checkSignup, type SignupProgram } from '../core/signup/check-signup.js';
import { describeSignupProblem } from '../core/signup/describe-signup-problem.js';
import { readSignupForm } from '../core/signup/read-signup-form.js';
import type { Signup } from '../core/signup/signup-form-fields.js';
import type { IssuesApi } from '../github/issues-api.js';

export interface RejectedSignup {
  readonly issueNumber: number;
  readonly login: string;
  /** The problems as plain sentences (English), each saying how to fix it. */
  readonly problems: readonly string[];
}

export interface OpenSignups {
  /** Every open sign-up that passed its checks, in issue order. */
  readonly signups: readonly Signup[];
  readonly rejected: readonly RejectedSignup[];
}

/**
 * The repository's open sign-ups, read in one request per 100 open issues: every open issue whose
 * body has a sign-up form's headings, checked against the programs. Closed sign-ups are not listed,
 * so they leave the pool.
 */
export async function readOpenSignups(
  api: IssuesApi,
  programs: readonly SignupProgram[],
): Promise<OpenSignups> {
  const signups: Signup[] = [];
  const rejected: RejectedSignup[] = [];
  const issues = (await api.listOpenIssues()).sort((a, b) => a.number - b.number);
  for (const issue of issues) {
    const reading = readSignupForm({
      number: issue.number,
      author: issue.creator,
      body: issue.body,
      labels: issue.labels,
    });
    // An issue labelled as a sign-up but without the form is told so on its own issues event.
    if (reading?.kind !== 'form') continue;
    const check = checkSignup(reading.form, programs);
    if (check.signup) {
      signups.push(check.signup);
      continue;
    }
    rejected.push({
      issueNumber: issue.number,
      login: issue.creator,
      problems: check.problems.map((problem) =>
        describeSignupProblem(problem, 'en', reading.form.labels, issue.creator),
      ),
    });
  }
  return { signups, rejected };
}

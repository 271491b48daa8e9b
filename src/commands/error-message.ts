import { describeGitHubError } from '../github/github-errors.js';

/** The message of anything thrown, `Error` or not, without a stack; GitHub's refusals in plain words. */
export function getErrorMessage(error: unknown): string {
  const github = describeGitHubError(error);
  if (github !== undefined) return github;
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** A failure the user can fix: reported as its message alone, with the given exit code. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

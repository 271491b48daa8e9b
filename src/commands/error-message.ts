/** The message of anything thrown, `Error` or not, without a stack. */
export function getErrorMessage(error: unknown): string {
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

/**
 * GitHub's answer when the token may read but not write (a read-only GITHUB_TOKEN, a fork's pull
 * request): every further write would fail the same way, so a run stops writing at the first one.
 */
export function isWriteDenied(error: unknown): boolean {
  const { status, message } = (error ?? {}) as { status?: number; message?: string };
  return (
    status === 403 &&
    /Resource not accessible by integration|Must have (admin|push) (rights|access)/i.test(message ?? '')
  );
}

export const WRITE_DENIED_HINT =
  'the token may not write here (a read-only token, or a pull request from a fork), so nothing was written; ' +
  'the plan is in the job summary. Give the job `permissions: issues: write` (and `discussions: write` for reports).';

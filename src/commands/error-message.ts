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

interface GitHubRequestError {
  readonly status: number;
  readonly message: string;
  readonly request: { readonly url?: string };
}

function isGitHubRequestError(error: unknown): error is GitHubRequestError {
  const candidate = error as Partial<GitHubRequestError> | undefined;
  return typeof candidate?.status === 'number' && typeof candidate.request?.url === 'string';
}

/**
 * An answer of GitHub's API said for the person who runs Tandem: which setting to check. GitHub's
 * own words stay in parentheses, without the documentation link it appends.
 */
export function describeGitHubError(error: unknown): string | undefined {
  const notResolved = /Could not resolve to a Repository with the name '([^']+)'/.exec(
    (error as { message?: string } | undefined)?.message ?? '',
  );
  if (notResolved) return repositoryNotFound(notResolved[1]!, 'Could not resolve to a Repository');
  if (!isGitHubRequestError(error)) return undefined;
  const said = error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  const path = new URL(error.request.url!, 'http://x').pathname;
  const repo = /^(?:\/api\/v3)?\/repos\/([^/]+\/[^/]+)(\/.*)?$/.exec(path);
  switch (error.status) {
    case 401:
      return `GitHub did not accept the token (401 ${said}): check GITHUB_TOKEN or --token; it may have expired or been revoked`;
    case 404: {
      const issue = /^\/issues\/(\d+)/.exec(repo?.[2] ?? '');
      if (repo && issue)
        return `issue #${issue[1]} of ${repo[1]} not found (404): was it deleted or transferred?`;
      if (repo) return repositoryNotFound(repo[1]!, `404 ${said}`);
      return undefined;
    }
    case 403:
      if (isWriteDenied(error)) return undefined;
      return `GitHub refused the request (403 ${said}): the token lacks a permission for ${repo?.[1] ?? 'this repository'}`;
    default:
      return undefined;
  }
}

function repositoryNotFound(repo: string, said: string): string {
  return (
    `repository ${repo} not found, or the token cannot see it (${said}): ` +
    'check GITHUB_REPOSITORY or --repo, and that the token has access to that repository'
  );
}

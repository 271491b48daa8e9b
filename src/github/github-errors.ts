/** What GitHub's answers mean, in one place: status codes and messages are read nowhere else. */

export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number } | undefined)?.status;
}

/** GitHub's 422 when an assignee may not be assigned in this repository. */
export function isAssigneeRejection(error: unknown): boolean {
  if (statusOf(error) !== 422) return false;
  const errors = (error as { response?: { data?: { errors?: { field?: string }[] } } }).response?.data
    ?.errors;
  return Boolean(errors?.some((entry) => entry.field === 'assignees' || entry.field === 'assignee'));
}

/** Worth another try: no answer, a server error, or a rate limit the retry plugin gave up on. */
export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500 || status === 403 || status === 429;
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

/** GitHub's 422 for a name that is taken: `errors: [{ resource: 'Label', code: 'already_exists' }]`. */
const ALREADY_EXISTS = 'already_exists';

export function isAlreadyExists(error: unknown): boolean {
  const { status, response } = (error ?? {}) as {
    status?: number;
    response?: { data?: { errors?: { code?: string }[] } };
  };
  return status === 422 && Boolean(response?.data?.errors?.some((entry) => entry.code === ALREADY_EXISTS));
}

const messageOf = (error: unknown): string => (error as { message?: string } | undefined)?.message ?? '';

export const isNotFound = (error: unknown): boolean => statusOf(error) === 404;

/** GitHub's 422 when the head branch already has an open pull request to the base. */
export function isPullRequestAlreadyOpen(error: unknown): boolean {
  return statusOf(error) === 422 && /A pull request already exists/.test(messageOf(error));
}

/** The repository setting "Allow GitHub Actions to create and approve pull requests" is off. */
export function isActionsMayNotCreatePullRequests(error: unknown): boolean {
  return (
    statusOf(error) === 403 && /not permitted to create or approve pull requests/i.test(messageOf(error))
  );
}

/** GitHub's 422 when a branch (ref) of that name exists already. */
export function isRefAlreadyExisting(error: unknown): boolean {
  return statusOf(error) === 422 && /Reference already exists/.test(messageOf(error));
}

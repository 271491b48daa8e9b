import type { Octokit } from '@octokit/rest';

/** The network errors that mean nothing listens at the API's address: retrying will not help. */
const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
};

/** An API address where nothing answers: a wrong GITHUB_API_URL, or no network. */
export class GitHubUnreachableError extends Error {
  override readonly name = 'GitHubUnreachableError';
  // Seen by the retry plugin's hook as a request error below 400: not retried.
  readonly status = 0;
  constructor(
    message: string,
    readonly request: { request: { retries: 0 } },
    options: ErrorOptions,
  ) {
    super(message, options);
  }
}

function networkCode(error: unknown): string | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== undefined && code in UNREACHABLE) return code;
  }
  return undefined;
}

/**
 * Octokit plugin, registered before the retry plugin so its error hook sees a failure first: a
 * refused connection or an unknown host fails at once, naming the URL, instead of being retried for
 * 14 s like a dropped connection (which a retry can cure).
 */
export function failWhenUnreachable(octokit: Pick<Octokit, 'hook'>): void {
  octokit.hook.error('request', (error, options) => {
    const code = networkCode(error);
    if (code === undefined) throw error;
    const base = String(options.baseUrl ?? new URL(String(options.url)).origin);
    throw new GitHubUnreachableError(
      `cannot reach the GitHub API at ${base} (${UNREACHABLE[code]}): check GITHUB_API_URL or --api-url, and the network`,
      { request: { retries: 0 } },
      { cause: error },
    );
  });
}

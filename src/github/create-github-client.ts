import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { failWhenUnreachable } from './fail-when-unreachable.js';
import { freshReadPlugin } from './fresh-read-plugin.js';
import { createHttpTransport } from './http-transport.js';

// freshReadPlugin first: its hook is then the innermost, inside the throttling queue (see there);
// failWhenUnreachable next: its error hook runs before the retry plugin's.
const TandemOctokit = Octokit.plugin(freshReadPlugin, failWhenUnreachable, throttling, retry);
export type GitHubClient = InstanceType<typeof TandemOctokit>;

export interface GitHubClientOptions {
  readonly token: string;
  /** REST base, e.g. https://api.github.com or https://ghes.example/api/v3. */
  readonly apiUrl: string;
  /**
   * Scales every wait (write pacing, retry-after, retry back-off). 1 in production: GitHub's
   * secondary limits ask for writes about a second apart and content creation about three.
   * Tests against the stand-in scale it down; it never turns pacing off.
   */
  readonly pacing?: number;
  readonly onWarning?: (message: string) => void;
  readonly userAgent?: string;
}

const MAX_RATE_LIMIT_RETRIES = 4;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const pacing = Math.max(options.pacing ?? 1, 0.001);
  const warn = options.onWarning ?? (() => {});
  // The plugin waits retryAfter × retryAfterBaseValue ms: the wait as it really is.
  const seconds = (retryAfter: number): number => Math.max(1, Math.round(retryAfter * pacing));
  return new TandemOctokit({
    auth: options.token,
    // Octokit types its transport as fetch, and uses only what Transport declares.
    request: { fetch: createHttpTransport() as unknown as typeof fetch },
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'tandem-reverse-mentoring',
    // Octokit logs every 4xx on its own; failures are reported once, by the caller.
    log: { debug: () => {}, info: () => {}, warn, error: () => {} },
    throttle: {
      retryAfterBaseValue: 1000 * pacing,
      fallbackSecondaryRateRetryAfter: 60,
      // Own groups rather than the plugin's process-wide ones, so the pacing below applies.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 1000 * pacing }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3000 * pacing }),
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        warn(
          `GitHub's rate limit is used up (${request.method} ${request.url}): waiting ${seconds(retryAfter)} s, then retrying.`,
        );
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        warn(
          `GitHub's secondary rate limit (${request.method} ${request.url}): waiting ${seconds(retryAfter)} s, then retrying.`,
        );
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
    },
    retry: {
      retryAfterBaseValue: 1000 * pacing,
      // 429 is left to the throttling plugin, which honours retry-after; 5xx and dropped
      // connections (reported as status 500) are retried here.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
  });
}

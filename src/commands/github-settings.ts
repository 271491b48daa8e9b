import { createGitHubClient, type GitHubClient } from '../github/create-github-client.js';
import type { RepoRef } from '../github/issue-snapshot.js';
import { UsageError } from './error-message.js';

/** Where and as whom Tandem talks to GitHub; filled from flags, inputs and the environment at the edge. */
export interface GitHubSettings {
  readonly token: string;
  readonly repo: RepoRef;
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  /** Scales write pacing and retry waits; 1 in production (see createGitHubClient). */
  readonly pacing: number;
}

export interface GitHubSettingsSource {
  readonly token?: string;
  readonly repo?: string;
  readonly apiUrl?: string;
  readonly graphqlUrl?: string;
  readonly pacing?: string;
}

export function resolveGitHubSettings(source: GitHubSettingsSource): GitHubSettings {
  if (!source.token) {
    throw new UsageError(
      'no GitHub token: set GITHUB_TOKEN or pass --token (preview and validate need none)',
    );
  }
  const [owner, repo, ...rest] = (source.repo ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new UsageError(
      `no repository: set GITHUB_REPOSITORY or pass --repo owner/name (got ${JSON.stringify(source.repo ?? '')})`,
    );
  }
  const apiUrl = (source.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  const pacing = source.pacing === undefined || source.pacing === '' ? 1 : Number(source.pacing);
  if (!Number.isFinite(pacing) || pacing <= 0) {
    throw new UsageError(`TANDEM_PACING must be a positive number, got ${JSON.stringify(source.pacing)}`);
  }
  return {
    token: source.token,
    repo: { owner, repo },
    apiUrl,
    graphqlUrl: source.graphqlUrl || defaultGraphqlUrl(apiUrl),
    pacing,
  };
}

/** api.github.com → api.github.com/graphql; GitHub Enterprise Server's …/api/v3 → …/api/graphql. */
function defaultGraphqlUrl(apiUrl: string): string {
  return apiUrl.endsWith('/api/v3') ? `${apiUrl.slice(0, -'/v3'.length)}/graphql` : `${apiUrl}/graphql`;
}

export function connectGitHub(settings: GitHubSettings, onWarning: (message: string) => void): GitHubClient {
  return createGitHubClient({
    token: settings.token,
    apiUrl: settings.apiUrl,
    pacing: settings.pacing,
    onWarning,
  });
}

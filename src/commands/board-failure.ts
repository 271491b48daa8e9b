import type { BoardAddress } from '../core/board/board-url.js';
import type { Program } from '../core/program/program.js';
import { BoardNotFoundError } from '../github/projects-api.js';
import { getErrorMessage } from './error-message.js';

/** GitHub's ways of saying "this token cannot reach that board" (GraphQL error types and HTTP statuses). */
const NO_ACCESS_TYPES = new Set(['NOT_FOUND', 'FORBIDDEN', 'INSUFFICIENT_SCOPES']);
const NO_ACCESS_WORDS =
  /Resource not accessible by integration|Could not resolve to|INSUFFICIENT_SCOPES|scope/i;

function isNoAccess(error: unknown): boolean {
  if (error instanceof BoardNotFoundError) return true;
  const { status, errors, message } = (error ?? {}) as {
    status?: number;
    errors?: readonly { type?: string }[];
    message?: string;
  };
  if (status === 401 || status === 403 || status === 404) return true;
  if (errors?.some((entry) => entry.type !== undefined && NO_ACCESS_TYPES.has(entry.type))) return true;
  return NO_ACCESS_WORDS.test(message ?? '');
}

/** GitHub's own words of a GraphQL error answer, without Octokit's preamble. */
function graphQLMessages(error: unknown): string | undefined {
  const errors = (error as { errors?: readonly { message?: string }[] } | undefined)?.errors;
  const messages = errors?.flatMap((entry) => (entry.message ? [entry.message] : []));
  return messages?.length ? [...new Set(messages)].join('; ') : undefined;
}

/** Which token reaches the board, and with which permission: an organisation's board or a user's. */
function tokenHint(address: BoardAddress): string {
  return address.ownerKind === 'organization'
    ? `pass a GitHub App token (actions/create-github-app-token; the App needs the organization permission ` +
        `"Projects: Read and write" on ${address.login}) or a fine-grained token with ${address.login} as its ` +
        'resource owner and "Projects: Read and write"'
    : `pass a classic personal access token of ${address.login} with the "project" scope`;
}

/**
 * The one warning of a board step that failed. A board the token cannot reach (the built-in
 * GITHUB_TOKEN never can, a missing permission, a wrong address: GitHub answers alike) says which
 * token to pass; anything else says what GitHub answered. Either way the rest of the run goes on.
 */
export function describeBoardFailure(
  error: unknown,
  program: Program,
  address: BoardAddress | undefined,
): string {
  const url = program.board?.url ?? '';
  const said = graphQLMessages(error) ?? getErrorMessage(error).replace(/\s+/g, ' ').slice(0, 300);
  if (!address) return `${program.id}: ${said}; the board was left alone`;
  if (!isNoAccess(error)) {
    return `${program.id}: the board ${url} was not updated (${said}); the next run tries again`;
  }
  return (
    `${program.id}: cannot reach the board ${url} with this token (${said}). The built-in GITHUB_TOKEN cannot ` +
    `reach Projects: ${tokenHint(address)}, as the Action's \`token\` input (or GITHUB_TOKEN); and check board.url ` +
    `in ${program.file}. Everything else was done; the board was left as it is.`
  );
}

/**
 * Hidden HTML comments by which Tandem finds its own issues, sessions and discussion threads again.
 * Program and tandem ids are validated slugs, so they cannot break out of a comment.
 */

export const issueMarker = (programId: string, tandemId: string): string =>
  `<!-- tandem:issue program=${programId} tandem=${tandemId} -->`;

export const sessionMarker = (sessionKey: string): string => `<!-- tandem:session ${sessionKey} -->`;

/** Everything after this line belongs to the pair and is carried over byte for byte. */
export const NOTES_MARKER =
  '<!-- tandem:notes — everything below this line is yours; Tandem never changes it -->';

export const discussionMarker = (programId: string): string =>
  `<!-- tandem:discussion program=${programId} -->`;

export const reportMarker = (programId: string, period: string): string =>
  `<!-- tandem:report program=${programId} period=${period} -->`;

export const reminderMarker = (tandemId: string, sessionKey: string, date: string): string =>
  `<!-- tandem:reminder tandem=${tandemId} session=${sessionKey} date=${date} -->`;

const ISSUE_MARKER_PATTERN =
  /<!-- tandem:issue program=([a-z0-9][a-z0-9-]*) tandem=([A-Za-z0-9][A-Za-z0-9_.-]*) -->/;

export function readIssueMarker(body: string): { programId: string; tandemId: string } | undefined {
  const match = ISSUE_MARKER_PATTERN.exec(body);
  return match ? { programId: match[1]!, tandemId: match[2]! } : undefined;
}

const SESSION_MARKER_PATTERN = /^<!-- tandem:session ([a-z0-9-]+) -->$/;

export function readSessionMarker(line: string): string | undefined {
  return SESSION_MARKER_PATTERN.exec(line.trim())?.[1];
}

/** The one pull-request comment that carries the plan and is edited by later runs. */
export const PLAN_COMMENT_MARKER = '<!-- tandem:plan-comment -->';

/**
 * Heads a group of the pair's own checklist items whose session the program no longer has, so that
 * nothing they wrote is lost and the items return to their session if it comes back.
 */
export const formerSessionMarker = (sessionKey: string): string =>
  `<!-- tandem:former-session ${sessionKey} -->`;

const FORMER_SESSION_MARKER_PATTERN = /^<!-- tandem:former-session ([a-z0-9-]+) -->$/;

export function readFormerSessionMarker(line: string): string | undefined {
  return FORMER_SESSION_MARKER_PATTERN.exec(line.trim())?.[1];
}

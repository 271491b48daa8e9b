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
  /^<!-- tandem:issue program=([a-z0-9][a-z0-9-]*) tandem=([A-Za-z0-9][A-Za-z0-9_.-]*) -->/;

/** A line that begins, blanks aside, like one of Tandem's hidden markers. */
const MARKER_LINE_START = /(?:^|[\r\n])[ \t]*<!-- tandem:/g;

/**
 * Index (in characters) of the issue marker in Tandem's place, or -1: the first line of the body that
 * looks like any of Tandem's markers must be the issue marker. When the pair pasted another issue's
 * marker right above it (blank lines aside), the last of that run of issue markers is Tandem's, the
 * one its introduction follows. A copy pasted anywhere else is the pair's text.
 */
export function findIssueMarkerLine(body: string): { start: number; end: number } | undefined {
  MARKER_LINE_START.lastIndex = 0;
  const first = MARKER_LINE_START.exec(body);
  if (!first) return undefined;
  let start = first.index + (first[0].startsWith('\r') || first[0].startsWith('\n') ? 1 : 0);
  let found: { start: number; end: number } | undefined;
  for (;;) {
    const end = lineEnd(body, start);
    if (!ISSUE_MARKER_PATTERN.test(body.slice(start, end).trim())) return found;
    found = { start, end };
    let next = end;
    // The next non-blank line.
    for (;;) {
      next += body.startsWith('\r\n', next) ? 2 : 1;
      if (next >= body.length) return found;
      const nextEnd = lineEnd(body, next);
      if (body.slice(next, nextEnd).trim() !== '') break;
      next = nextEnd;
    }
    start = next;
  }
}

function lineEnd(body: string, from: number): number {
  const newline = body.indexOf('\n', from);
  const end = newline < 0 ? body.length : newline;
  const carriage = body.indexOf('\r', from);
  return carriage >= 0 && carriage < end ? carriage : end;
}

export function readIssueMarker(body: string): { programId: string; tandemId: string } | undefined {
  const line = findIssueMarkerLine(body);
  if (!line) return undefined;
  const match = ISSUE_MARKER_PATTERN.exec(body.slice(line.start, line.end).trim());
  return match ? { programId: match[1]!, tandemId: match[2]! } : undefined;
}

const SESSION_MARKER_TEXT = '<!-- tandem:session ([a-z0-9-]+) -->';
const SESSION_MARKER_PATTERN = new RegExp(`^${SESSION_MARKER_TEXT}$`);

/** Every session marker anywhere in a text, in one pass: its key and offset. */
export function* findSessionMarkers(text: string): Generator<{ key: string; offset: number }> {
  for (const match of text.matchAll(new RegExp(SESSION_MARKER_TEXT, 'g')))
    yield { key: match[1]!, offset: match.index };
}

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

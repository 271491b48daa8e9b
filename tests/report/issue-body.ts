import { issueMarker, NOTES_MARKER, sessionMarker } from '../../src/core/issue-body/markers.js';
import type { Session } from '../../src/core/schedule/session.js';

/**
 * A tandem issue body in the shape sync writes (issue marker, one marked section per session, notes),
 * with the boxes of each session ticked as `ticks[key]` says (missing: all open).
 */
export function buildIssueBody(options: {
  readonly programId: string;
  readonly tandemId: string;
  readonly sessions: readonly Session[];
  readonly ticks?: Readonly<Record<string, readonly boolean[]>>;
  readonly notes?: string;
}): string {
  const sections = options.sessions.map((session) => {
    const ticks = options.ticks?.[session.key] ?? [];
    const items = session.agenda.map((text, index) => `- [${ticks[index] ? 'x' : ' '}] ${text}`);
    return [`### ${session.number}. ${session.date}`, sessionMarker(session.key), '', ...items].join('\n');
  });
  return [
    issueMarker(options.programId, options.tandemId),
    '## Sessions',
    ...sections,
    '## Notes',
    NOTES_MARKER,
    options.notes ?? '',
  ].join('\n\n');
}

import { escapeInline } from '../markdown/escape-markdown.js';
import type { Language } from '../program/program.js';
import { formatSessionTitle } from '../render/format-session-title.js';
import type { Session } from '../schedule/session.js';

/** A session as logs and job summaries name it: by its title, never by its internal key. */
export interface NamedSession {
  readonly number: number;
  readonly title: string;
  /** Local date, ISO. */
  readonly date: string;
  /** Local start `HH:MM`, when the program sets a time. */
  readonly time?: string;
}

export function nameSession(session: Session, language: Language): NamedSession {
  const time = session.startsAt?.slice(11, 16);
  return {
    number: session.number,
    title: formatSessionTitle(session, language),
    date: session.date,
    ...(time !== undefined && { time }),
  };
}

/** `session 3 “AI tools at work” on 2027-02-01 at 16:00`, for logs (plain text). */
export function describeSession(session: NamedSession): string {
  return `session ${session.number} “${session.title}” on ${session.date}${session.time ? ` at ${session.time}` : ''}`;
}

export interface RemindSummaryEntry {
  readonly action: 'posted' | 'would-post';
  readonly issue: number;
  readonly session: NamedSession;
}

/** The job summary of a remind run; the session's title is program text, escaped. */
export function formatRemindSummary(entries: readonly RemindSummaryEntry[]): string {
  const lines = entries.map(
    ({ action, issue, session }) =>
      `- ${action === 'posted' ? 'Reminded' : 'Would remind'} #${issue} of session ${session.number} “${escapeInline(session.title)}” on ${session.date}${session.time ? ` at ${session.time}` : ''}`,
  );
  return `## Tandem reminders\n\n${lines.length === 0 ? 'No reminder due.' : lines.join('\n')}`;
}

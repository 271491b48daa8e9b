import type { Tandem } from '../program/program.js';
import type { Session } from '../schedule/session.js';
import { decideStatus, type TandemStatus } from './tandem-status.js';

/** What progress needs of one checklist item (the shape `parseChecklist` returns). */
export interface ProgressItem {
  readonly checked: boolean;
  readonly sessionKey?: string;
  /** An item the pair kept from a session the program no longer has: not counted. */
  readonly isFromFormerSession?: boolean;
  readonly inNotes: boolean;
}

/** A tandem's issue as read from GitHub (or as it would be rendered, for a preview). */
export interface TandemIssueState {
  readonly number?: number;
  readonly url?: string;
  readonly state: 'open' | 'closed';
  readonly checklist: readonly ProgressItem[];
  /** ISO instant of the issue's last update (a tick, an edit, a comment); absent in a preview. */
  readonly updatedAt?: string;
  readonly commentCount: number;
}

export interface SessionProgress {
  readonly key: string;
  readonly date: string;
  readonly itemsDone: number;
  readonly itemsTotal: number;
  readonly isCompleted: boolean;
}

export interface TandemProgress {
  readonly tandemId: string;
  readonly mentor: string;
  readonly mentee: string;
  readonly status: TandemStatus;
  readonly hasIssue: boolean;
  readonly issueNumber?: number;
  readonly issueUrl?: string;
  readonly itemsDone: number;
  readonly itemsTotal: number;
  readonly sessionsCompleted: number;
  /** Sessions on or before today. */
  readonly sessionsDue: number;
  /** Sessions before today: those a tandem can be behind on. */
  readonly sessionsOverdue: number;
  readonly sessionsTotal: number;
  /** Date of the first session after today, if any. */
  readonly nextSession?: string;
  readonly lastActivity?: string;
  readonly commentCount: number;
  readonly sessions: readonly SessionProgress[];
}

export interface ComputeTandemProgressInput {
  readonly tandem: Tandem;
  readonly sessions: readonly Session[];
  /** Undefined when the tandem has no issue yet (sync has not run). */
  readonly issue?: TandemIssueState;
  /** Local date in the program's time zone, ISO `YYYY-MM-DD`. */
  readonly today: string;
}

/**
 * Items are counted per scheduled session, from the issue's section for that session (program items
 * and the pair's own); boxes in the notes section belong to the pair and are not counted. A session
 * the issue has no section for yet (a program changed since the last sync, or no issue at all) counts
 * its agenda items as open.
 */
export function computeTandemProgress(input: ComputeTandemProgressInput): TandemProgress {
  const { tandem, issue, today } = input;
  const itemsBySession = new Map<string, ProgressItem[]>();
  for (const item of issue?.checklist ?? []) {
    if (item.inNotes || item.isFromFormerSession || item.sessionKey === undefined) continue;
    const items = itemsBySession.get(item.sessionKey) ?? [];
    items.push(item);
    itemsBySession.set(item.sessionKey, items);
  }

  const sessions = input.sessions.map((session): SessionProgress => {
    const items = itemsBySession.get(session.key);
    const itemsTotal = items ? items.length : session.agenda.length;
    const itemsDone = items ? items.filter((item) => item.checked).length : 0;
    const isCompleted = itemsTotal > 0 ? itemsDone === itemsTotal : session.date <= today;
    return { key: session.key, date: session.date, itemsDone, itemsTotal, isCompleted };
  });

  const sum = (pick: (session: SessionProgress) => number): number =>
    sessions.reduce((total, session) => total + pick(session), 0);
  const itemsDone = sum((session) => session.itemsDone);
  const sessionsCompleted = sessions.filter((session) => session.isCompleted).length;
  const sessionsOverdue = sessions.filter((session) => session.date < today).length;
  const status = decideStatus({
    isClosed: issue?.state === 'closed',
    itemsDone,
    sessionsCompleted,
    sessionsTotal: sessions.length,
    sessionsOverdue,
  });

  const nextSession = sessions.find((session) => session.date > today)?.date;
  return {
    tandemId: tandem.id,
    mentor: tandem.mentor,
    mentee: tandem.mentee,
    status,
    hasIssue: issue !== undefined,
    ...(issue?.number !== undefined && { issueNumber: issue.number }),
    ...(issue?.url !== undefined && { issueUrl: issue.url }),
    itemsDone,
    itemsTotal: sum((session) => session.itemsTotal),
    sessionsCompleted,
    sessionsDue: sessions.filter((session) => session.date <= today).length,
    sessionsOverdue,
    sessionsTotal: sessions.length,
    ...(nextSession !== undefined && { nextSession }),
    ...(issue?.updatedAt !== undefined && { lastActivity: issue.updatedAt }),
    commentCount: issue?.commentCount ?? 0,
    sessions,
  };
}

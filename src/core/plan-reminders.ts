import { DateTime } from './luxon.js';
import { reminderMarker } from './markers.js';
import type { Tandem } from './program.js';
import type { ProgressItem } from './progress/compute-tandem-progress.js';
import type { Session } from './session.js';

/** A tandem's issue as remind sees it. */
export interface ReminderIssue {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly checklist: readonly ProgressItem[];
  /** Bodies of the issue's comments: all of them, or the latest ones when `hasAllComments` is false. */
  readonly commentBodies: readonly string[];
  readonly hasAllComments: boolean;
}

export interface ReminderTandem {
  readonly tandem: Tandem;
  readonly sessions: readonly Session[];
  readonly issue?: ReminderIssue;
}

export type SkipReason = 'no-issue' | 'closed' | 'already-sent' | 'all-ticked';

export type ReminderDecision =
  | {
      readonly kind: 'post';
      readonly tandemId: string;
      readonly issueNumber: number;
      readonly session: Session;
      readonly marker: string;
      /** The issue has more comments than were read: look through all of them before posting. */
      readonly needsAllComments: boolean;
    }
  | {
      readonly kind: 'skip';
      readonly tandemId: string;
      readonly session: Session;
      readonly reason: SkipReason;
    };

export interface PlanRemindersInput {
  readonly timezone: string;
  readonly beforeMinutes: number;
  readonly tandems: readonly ReminderTandem[];
  /** The moment of the run (with `--today`: 00:00 of that day in the program's time zone). */
  readonly now: DateTime;
}

/**
 * Which reminders are due now. A session's reminder is due from 00:00 (local) of the day on which
 * `start − before` falls until the session starts (its `session.time`, or 00:00 of its day), so a
 * daily run at any hour finds it; a reminder already posted (its marker is in a comment) is not posted
 * again. A session that moves to another date is a new reminder: the marker carries the date.
 */
export function planReminders(input: PlanRemindersInput): ReminderDecision[] {
  const decisions: ReminderDecision[] = [];
  for (const { tandem, sessions, issue } of input.tandems) {
    for (const session of sessions) {
      if (!isInReminderWindow(session, input)) continue;
      const decide = (reason: SkipReason): void =>
        void decisions.push({ kind: 'skip', tandemId: tandem.id, session, reason });
      if (!issue) {
        decide('no-issue');
        continue;
      }
      if (issue.state === 'closed') {
        decide('closed');
        continue;
      }
      const marker = reminderMarker(tandem.id, session.key, session.date);
      if (issue.commentBodies.some((body) => body.includes(marker))) {
        decide('already-sent');
        continue;
      }
      const items = issue.checklist.filter(
        (item) => !item.inNotes && !item.isFromFormerSession && item.sessionKey === session.key,
      );
      if (items.length > 0 && items.every((item) => item.checked)) {
        decide('all-ticked');
        continue;
      }
      decisions.push({
        kind: 'post',
        tandemId: tandem.id,
        issueNumber: issue.number,
        session,
        marker,
        needsAllComments: !issue.hasAllComments,
      });
    }
  }
  return decisions;
}

function isInReminderWindow(session: Session, input: PlanRemindersInput): boolean {
  const start = sessionStart(session, input.timezone);
  const opens = start.minus({ minutes: input.beforeMinutes }).startOf('day');
  const now = input.now.toMillis();
  return opens.toMillis() <= now && now < start.toMillis();
}

/** When a session begins: its start time, or the start of its day when the program sets no time. */
export function sessionStart(session: Pick<Session, 'date' | 'startsAt'>, timezone: string): DateTime {
  return session.startsAt
    ? DateTime.fromISO(session.startsAt, { zone: timezone })
    : DateTime.fromISO(session.date, { zone: timezone }).startOf('day');
}

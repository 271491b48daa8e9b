import type { ChecklistItem } from '../issue-body/checklist.js';
import { reminderMarker } from '../issue-body/markers.js';
import { escapeInline } from '../markdown/escape-markdown.js';
import type { Tandem } from '../program/program.js';
import { REMINDER_RUN_INTERVAL_MINUTES } from '../schedule/reminder-schedule.js';
import type { Session } from '../schedule/session.js';
import { DateTime } from '../time/luxon.js';

/** A tandem's issue as remind sees it. */
export interface ReminderIssue {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly checklist: readonly Pick<
    ChecklistItem,
    'checked' | 'text' | 'sessionKey' | 'isFromFormerSession' | 'inNotes'
  >[];
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
      /**
       * The session's open items in the issue now, the program's and the pair's own, as Markdown
       * source; the program's agenda when the issue has no item in that session.
       */
      readonly openItems: readonly string[];
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
  /** The instant of the run (with `--today`: 00:00 of that day in the program's time zone). */
  readonly now: DateTime;
}

/**
 * Which reminders are due now. A session's reminder is due from one run interval before
 * `start − before` until the session starts (its `session.time`, or 00:00 of its day): hourly runs
 * post it in the hour before `before`, whatever the time zone, and a run delayed by GitHub still
 * finds it up to the session's start. A reminder already posted (its marker is in a comment) is not
 * posted again; a session that moves to another date is a new reminder: the marker carries the date.
 */
export function planReminders(input: PlanRemindersInput): ReminderDecision[] {
  const decisions: ReminderDecision[] = [];
  const now = input.now.toMillis();
  for (const { tandem, sessions, issue } of input.tandems) {
    for (const session of sessions) {
      const window = reminderWindow(session, input.timezone, input.beforeMinutes);
      if (now < window.opens || now >= window.closes) continue;
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
        openItems:
          items.length > 0
            ? items.filter((item) => !item.checked).map((item) => item.text)
            : session.agenda.map(escapeInline),
        needsAllComments: !issue.hasAllComments,
      });
    }
  }
  return decisions;
}

const MINUTE = 60_000;

/** When a session's reminder may be posted, in epoch milliseconds: [opens, closes). */
export function reminderWindow(
  session: Pick<Session, 'date' | 'startsAt'>,
  timezone: string,
  beforeMinutes: number,
): { readonly opens: number; readonly closes: number } {
  const closes = sessionStartMillis(session, timezone);
  return { opens: closes - (beforeMinutes + REMINDER_RUN_INTERVAL_MINUTES) * MINUTE, closes };
}

// A run asks about every session of every tandem: each session's start is worked out once.
const startCache = new WeakMap<object, { readonly timezone: string; readonly millis: number }>();

function sessionStartMillis(session: Pick<Session, 'date' | 'startsAt'>, timezone: string): number {
  const cached = startCache.get(session);
  if (cached?.timezone === timezone) return cached.millis;
  const millis =
    session.startsAt !== undefined
      ? Date.parse(session.startsAt)
      : sessionStart(session, timezone).toMillis();
  startCache.set(session, { timezone, millis });
  return millis;
}

/** When a session begins: its start time, or the start of its day when the program sets no time. */
export function sessionStart(session: Pick<Session, 'date' | 'startsAt'>, timezone: string): DateTime {
  return session.startsAt
    ? DateTime.fromISO(session.startsAt, { zone: timezone })
    : DateTime.fromISO(session.date, { zone: timezone }).startOf('day');
}

import type { BodyLayout } from './read-body-layout.js';

export interface PlannedSession {
  readonly key: string;
  /** History: written as the issue has it. Otherwise written as the program wants it now. */
  readonly isFrozen: boolean;
  readonly date: string;
}

/**
 * Which sessions the merged issue has, in order. A session of the issue is history when its day is
 * before `today` or a box in it is ticked: it stays, whatever the program says now. Of the program's
 * sessions, one whose key history already has is left out (the pair has had it), and so is one whose
 * day is already past (the program cannot add to history); the rest are re-planned. History
 * keeps the order the issue gives it; the program's sessions go in by date, after history of the
 * same day.
 */
export function planSessions(want: BodyLayout, have: BodyLayout, today?: string): PlannedSession[] {
  const frozen: PlannedSession[] = [];
  let lastDate = '';
  for (const session of have.sessions.values()) {
    lastDate = session.date ?? want.sessions.get(session.key)?.date ?? lastDate;
    const isPast = today !== undefined && session.date !== undefined && session.date < today;
    if (isPast || session.hasTick) frozen.push({ key: session.key, isFrozen: true, date: lastDate });
  }
  const frozenKeys = new Set(frozen.map((session) => session.key));
  const ahead: PlannedSession[] = [];
  for (const session of want.sessions.values()) {
    const date = session.date ?? '';
    const isPast = today !== undefined && date < today && have.sessions.size > 0;
    if (!frozenKeys.has(session.key) && !isPast) ahead.push({ key: session.key, isFrozen: false, date });
  }
  const planned: PlannedSession[] = [];
  let next = 0;
  for (const session of frozen) {
    while (next < ahead.length && ahead[next]!.date < session.date) planned.push(ahead[next++]!);
    planned.push(session);
  }
  return [...planned, ...ahead.slice(next)];
}

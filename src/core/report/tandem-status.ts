/**
 * A tandem's status in a progress report. The rules, applied in this order (the first that holds wins):
 *
 * 1. `closed`: the tandem's issue is closed, whatever its boxes say.
 * 2. `finished`: every scheduled session is completed.
 * 3. `not-started`: no box is ticked yet and no session's day has passed.
 * 4. `behind`: fewer sessions are completed than sessions whose day has passed (before today).
 * 5. `on-track`: everything else.
 *
 * A session is completed when it has checklist items and every one of them is ticked; a session
 * whose items were all removed counts as completed once its day has come. Completed sessions are
 * counted, not matched by date, so a pair that holds sessions in another order is not behind. The day
 * of a session itself is a grace day: it counts as due, but a tandem falls behind only the day after.
 */
export type TandemStatus = 'not-started' | 'on-track' | 'behind' | 'finished' | 'closed';

export const TANDEM_STATUSES: readonly TandemStatus[] = [
  'not-started',
  'on-track',
  'behind',
  'finished',
  'closed',
];

export interface StatusFigures {
  readonly isClosed: boolean;
  readonly itemsDone: number;
  readonly sessionsCompleted: number;
  readonly sessionsTotal: number;
  /** Sessions whose day is before today. */
  readonly sessionsOverdue: number;
}

export function decideStatus(figures: StatusFigures): TandemStatus {
  if (figures.isClosed) return 'closed';
  if (figures.sessionsTotal > 0 && figures.sessionsCompleted >= figures.sessionsTotal) return 'finished';
  if (figures.itemsDone === 0 && figures.sessionsOverdue === 0) return 'not-started';
  if (figures.sessionsCompleted < figures.sessionsOverdue) return 'behind';
  return 'on-track';
}

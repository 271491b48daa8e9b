import type { Program } from '../program/program.js';
import type { Session } from '../schedule/session.js';
import {
  computeTandemProgress,
  type TandemIssueState,
  type TandemProgress,
} from './compute-tandem-progress.js';
import { decideStatus, TANDEM_STATUSES, type TandemStatus } from './tandem-status.js';

export interface ProgramProgress {
  readonly programId: string;
  readonly today: string;
  readonly tandemCount: number;
  /** Tandems in the program that have no issue yet. */
  readonly withoutIssue: number;
  /** The program's status: the tandem rules applied to the sums over the tandems that are not closed. */
  readonly status: TandemStatus;
  readonly statusCounts: Readonly<Record<TandemStatus, number>>;
  readonly itemsDone: number;
  readonly itemsTotal: number;
  readonly sessionsCompleted: number;
  readonly sessionsDue: number;
  readonly sessionsOverdue: number;
  readonly sessionsTotal: number;
  readonly lastActivity?: string;
  readonly tandems: readonly TandemProgress[];
}

export interface ComputeProgramProgressInput {
  readonly program: Pick<Program, 'id' | 'tandems'>;
  readonly schedules: ReadonlyMap<string, readonly Session[]>;
  /** By tandem id; a tandem without an entry has no issue. */
  readonly issues: ReadonlyMap<string, TandemIssueState>;
  readonly today: string;
}

/**
 * Every tandem's progress and the program's sums. A closed tandem shows in the status counts only:
 * its items and sessions would otherwise keep the program "behind" for good.
 */
export function computeProgramProgress(input: ComputeProgramProgressInput): ProgramProgress {
  const tandems = input.program.tandems.map((tandem) =>
    computeTandemProgress({
      tandem,
      sessions: input.schedules.get(tandem.id) ?? [],
      issue: input.issues.get(tandem.id),
      today: input.today,
    }),
  );
  const active = tandems.filter((tandem) => tandem.status !== 'closed');
  const sum = (pick: (tandem: TandemProgress) => number): number =>
    active.reduce((total, tandem) => total + pick(tandem), 0);
  const statusCounts = Object.fromEntries(TANDEM_STATUSES.map((status) => [status, 0])) as Record<
    TandemStatus,
    number
  >;
  for (const tandem of tandems) statusCounts[tandem.status] += 1;

  const figures = {
    itemsDone: sum((tandem) => tandem.itemsDone),
    itemsTotal: sum((tandem) => tandem.itemsTotal),
    sessionsCompleted: sum((tandem) => tandem.sessionsCompleted),
    sessionsDue: sum((tandem) => tandem.sessionsDue),
    sessionsOverdue: sum((tandem) => tandem.sessionsOverdue),
    sessionsTotal: sum((tandem) => tandem.sessionsTotal),
  };
  const lastActivity = tandems
    .map((tandem) => tandem.lastActivity)
    .filter((value): value is string => value !== undefined)
    .reduce<string | undefined>(
      (latest, value) => (latest === undefined || Date.parse(value) > Date.parse(latest) ? value : latest),
      undefined,
    );

  return {
    programId: input.program.id,
    today: input.today,
    tandemCount: tandems.length,
    withoutIssue: tandems.filter((tandem) => !tandem.hasIssue).length,
    status: decideStatus({ isClosed: active.length === 0, ...figures }),
    statusCounts,
    ...figures,
    ...(lastActivity !== undefined && { lastActivity }),
    tandems,
  };
}

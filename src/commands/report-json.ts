import type { Program } from '../core/program/program.js';
import type { ProgramProgress } from '../core/report/compute-program-progress.js';
import type { TandemStatus } from '../core/report/tandem-status.js';
import type { PublishReportResult } from './publish-report.js';

/** The figures a program and each of its tandems have alike. */
interface ProgressFigures {
  readonly status: TandemStatus;
  readonly itemsDone: number;
  readonly itemsTotal: number;
  readonly sessionsCompleted: number;
  readonly sessionsDue: number;
  readonly sessionsTotal: number;
  readonly lastActivity: string | null;
}

/** One program's report as `tandem report --json` prints it; per-tandem rows only with `visibility: tandems`. */
export interface ReportJson extends ProgressFigures {
  readonly program: string;
  readonly period: string;
  readonly today: string;
  readonly visibility: Program['report']['visibility'];
  readonly statusCounts: Readonly<Record<TandemStatus, number>>;
  readonly tandemCount: number;
  readonly withoutIssue: number;
  readonly tandems?: readonly (ProgressFigures & {
    readonly tandem: string;
    readonly mentor: string;
    readonly mentee: string;
    readonly issue: number | null;
  })[];
  /** Rows the posted comment leaves out to stay under GitHub's size limit. */
  readonly omittedTandems: number;
  readonly discussion: {
    readonly action: PublishReportResult['action'] | 'dry-run' | 'not-configured';
    readonly url?: string;
    readonly commentUrl?: string;
    readonly isNewDiscussion?: boolean;
  };
}

export function toReportJson(input: {
  program: Program;
  progress: ProgramProgress;
  period: string;
  omittedTandems: number;
  published?: PublishReportResult;
  isDryRun: boolean;
}): ReportJson {
  const { program, progress, published } = input;
  return {
    program: program.id,
    period: input.period,
    today: progress.today,
    visibility: program.report.visibility,
    status: progress.status,
    statusCounts: progress.statusCounts,
    tandemCount: progress.tandemCount,
    withoutIssue: progress.withoutIssue,
    itemsDone: progress.itemsDone,
    itemsTotal: progress.itemsTotal,
    sessionsCompleted: progress.sessionsCompleted,
    sessionsDue: progress.sessionsDue,
    sessionsTotal: progress.sessionsTotal,
    lastActivity: progress.lastActivity ?? null,
    ...(program.report.visibility === 'tandems' && {
      tandems: progress.tandems.map((tandem) => ({
        tandem: tandem.tandemId,
        mentor: tandem.mentor,
        mentee: tandem.mentee,
        issue: tandem.issueNumber ?? null,
        status: tandem.status,
        itemsDone: tandem.itemsDone,
        itemsTotal: tandem.itemsTotal,
        sessionsCompleted: tandem.sessionsCompleted,
        sessionsDue: tandem.sessionsDue,
        sessionsTotal: tandem.sessionsTotal,
        lastActivity: tandem.lastActivity ?? null,
      })),
    }),
    omittedTandems: input.omittedTandems,
    discussion: published
      ? {
          action: published.action,
          url: published.discussionUrl,
          commentUrl: published.commentUrl,
          isNewDiscussion: published.isNewDiscussion,
        }
      : { action: input.isDryRun && program.report.discussion ? 'dry-run' : 'not-configured' },
  };
}

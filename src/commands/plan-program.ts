import { readIssueMarker } from '../core/issue-body/markers.js';
import type { Program } from '../core/program/program.js';
import { BodyTooLargeError } from '../core/render/render-errors.js';
import { programLabel, renderDesiredIssue } from '../core/sync/desired-issues.js';
import { planSync } from '../core/sync/plan-sync.js';
import { closeComment, duplicateComment } from '../core/sync/sync-comments.js';
import type { DesiredIssue, SyncPlan } from '../core/sync/sync-plan.js';
import type { IssueSnapshot } from '../github/issue-snapshot.js';
import type { IssuesApi } from '../github/issues-api.js';
import { type AppliedAction, applySync } from './apply-sync.js';
import { readTemplate } from './load-programs.js';
import type { Output } from './output.js';
import { todayIn } from './today.js';

/**
 * A program's plan against GitHub: its issues listed (the labelled ones, and when they do not account
 * for every tandem, the ones Tandem's identity opened), its tandems rendered one by one so that one
 * that cannot fit fails alone, and the two compared.
 */

export interface PlanContext {
  readonly api: IssuesApi;
  readonly root: string;
  /** Every program id and former id of the program files: issues of other ids are orphans. */
  readonly knownProgramIds: ReadonlySet<string>;
  /** `--today`, else each program's own today. */
  readonly today?: string;
  /** Who opens Tandem's issues (found once per run, when first needed). */
  creators?: readonly string[];
}

/** A program's tandem issues as the program wants them. */
export interface RenderedProgram {
  readonly program: Program;
  readonly desired: DesiredIssue[];
  /** Tandems whose issue cannot fit GitHub's limit: they fail alone, and their issues stay as they are. */
  readonly failedTandemIds: readonly string[];
  readonly renderFailures: string[];
  readonly today: string;
}

function renderProgram(context: PlanContext, program: Program): RenderedProgram {
  const template = readTemplate(context.root, program.templates.issue);
  const rendered: RenderedProgram = {
    program,
    desired: [],
    failedTandemIds: [],
    renderFailures: [],
    today: todayIn(program.timezone, context.today),
  };
  for (const tandem of program.tandems) {
    try {
      rendered.desired.push(renderDesiredIssue(program, tandem, template));
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      (rendered.failedTandemIds as string[]).push(tandem.id);
      rendered.renderFailures.push(`${program.id}/${tandem.id}: ${error.message}`);
    }
  }
  return rendered;
}

export async function planProgram(
  context: PlanContext,
  program: Program,
): Promise<{ plan: SyncPlan; rendered: RenderedProgram; renderFailures: string[] }> {
  // Listed before rendering: the request leaves the moment the program is known to be valid.
  const labelled = await context.api.listIssuesWithLabel(programLabel(program.id));
  const rendered = renderProgram(context, program);
  const { renderFailures } = rendered;
  const plan = planAgainst(context, rendered, labelled);
  if (!plan.actions.some((action) => action.kind === 'create')) return { plan, rendered, renderFailures };
  // The labelled issues do not account for every tandem: before creating, look wider for issues
  // whose label was removed, renamed or deleted, or whose program id changed (formerly).
  const wider = await listTandemsIssues(context, labelled);
  const known = new Set(labelled.map((issue) => issue.number));
  const extra = wider.filter((issue) => !known.has(issue.number));
  const widerPlan = extra.length === 0 ? plan : planAgainst(context, rendered, [...labelled, ...extra]);
  return { plan: await addressNewIssues(context, widerPlan), rendered, renderFailures };
}

/** A new issue's links name the address GitHub is about to give it (apply corrects a wrong guess). */
async function addressNewIssues(context: PlanContext, plan: SyncPlan): Promise<SyncPlan> {
  const creates = plan.actions.filter((action) => action.kind === 'create');
  if (creates.length === 0) return plan;
  const addresses = await context.api.predictIssueAddresses(creates.length);
  let next = 0;
  return {
    ...plan,
    actions: plan.actions.map((action) => {
      if (action.kind !== 'create') return action;
      const address = addresses[next++]!;
      return { ...action, issue: action.issue.atAddress?.(address) ?? action.issue };
    }),
  };
}

/**
 * Every issue Tandem's identity opened: the authors of the program's labelled issues, else the
 * token's login, else `github-actions[bot]` (GITHUB_TOKEN, which may not ask who it is).
 */
async function listTandemsIssues(
  context: PlanContext,
  labelled: readonly IssueSnapshot[],
): Promise<IssueSnapshot[]> {
  if (!context.creators) {
    const authors = new Set(
      labelled.filter((issue) => readIssueMarker(issue.body)).map((issue) => issue.creator.toLowerCase()),
    );
    context.creators =
      authors.size > 0 ? [...authors] : [(await context.api.viewerLogin()) ?? GITHUB_ACTIONS_BOT];
  }
  const lists = await Promise.all(
    context.creators.map((creator) => context.api.listIssuesByCreator(creator)),
  );
  return lists.flat();
}

const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

function planAgainst(
  context: PlanContext,
  { program, desired, failedTandemIds, today }: RenderedProgram,
  actual: IssueSnapshot[],
): SyncPlan {
  return planSync({
    programId: program.id,
    formerly: program.formerly ?? [],
    knownProgramIds: context.knownProgramIds,
    language: program.language,
    today,
    failedTandemIds,
    desired,
    actual,
    closeComment: () => closeComment(program),
    duplicateComment: (canonical) => duplicateComment(program, canonical),
  });
}

/**
 * Another run that created issues at the same moment (a workflow without a concurrency group) leaves
 * two issues for a tandem. After creating, look once more and close the newer ones now, rather than
 * on the next run: the lowest number stays, so racing runs agree on which.
 */
export async function closeRaceDuplicates(
  context: PlanContext,
  rendered: RenderedProgram,
  output: Output,
): Promise<AppliedAction[]> {
  const { api } = context;
  const recheck = planAgainst(
    context,
    rendered,
    await api.listIssuesWithLabel(programLabel(rendered.program.id)),
  );
  const duplicates = recheck.actions.filter((action) => action.kind === 'close-duplicate');
  if (duplicates.length === 0) return [];
  return applySync({
    api,
    plan: { ...recheck, actions: duplicates },
    programLabel: programLabel(rendered.program.id),
    output,
  });
}

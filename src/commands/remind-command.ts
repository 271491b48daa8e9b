import { parseChecklist } from '../core/issue-body/checklist.js';
import { findSessionAnchor } from '../core/issue-body/session-anchor.js';
import type { Program } from '../core/program/program.js';
import { planReminders, type ReminderDecision, type ReminderTandem } from '../core/remind/plan-reminders.js';
import { describeSession, formatRemindSummary, nameSession } from '../core/remind/render-remind-summary.js';
import { renderReminder } from '../core/remind/render-reminder.js';
import { scheduleProgramShared } from '../core/schedule/schedule-program-shared.js';
import { programLabel } from '../core/sync/desired-issues.js';
import { pickTandemIssues } from '../core/sync/pick-tandem-issues.js';
import { DateTime } from '../core/time/luxon.js';
import type { GitHubClient } from '../github/create-github-client.js';
import { IssuesApi } from '../github/issues-api.js';
import { readProgramIssues } from '../github/read-program-issues.js';
import { getErrorMessage } from './error-message.js';
import { keepFirstComment } from './keep-first-comment.js';
import { readTemplate } from './load-programs.js';
import type { Output } from './output.js';
import type { ReportCommandOptions } from './report-command.js';
import { runPerProgram } from './run-per-program.js';
import { todayIn } from './today.js';

export interface RemindCommandOptions extends ReportCommandOptions {
  /** `--now`: the instant of the run (ISO 8601 with offset); default the real clock. */
  readonly now?: string;
}

/** One reminder decision as `tandem remind --json` prints it. */
export interface ReminderJson {
  readonly program: string;
  readonly tandem: string;
  /** The session's stable key; people read `title`. */
  readonly session: string;
  readonly title: string;
  readonly number: number;
  readonly date: string;
  readonly time?: string;
  readonly issue: number | null;
  readonly action: 'posted' | 'would-post' | 'skipped' | 'failed';
  readonly reason?: string;
  readonly url?: string;
}

export interface RemindCommandResult {
  readonly exitCode: number;
  readonly json: { readonly reminders: readonly ReminderJson[]; readonly failures: readonly string[] };
}

export async function runRemindCommand(
  options: RemindCommandOptions,
  output: Output,
): Promise<RemindCommandResult> {
  const run = await runPerProgram(options, output, ({ client, fail }) => ({
    run: async (program) => {
      if (!program.reminders) {
        output.line(`${program.id}: no reminders (set reminders.before in ${program.file} to have them)`);
        return;
      }
      const results = await remindProgram(client, program, options, output);
      for (const reminder of results)
        if (reminder.action === 'failed') fail(`${reminder.program}/${reminder.tandem}: ${reminder.reason}`);
      return results;
    },
  }));
  const reminders = run.results.flat();
  output.summary(
    formatRemindSummary(
      reminders.flatMap((reminder) =>
        (reminder.action === 'posted' || reminder.action === 'would-post') && reminder.issue !== null
          ? [{ action: reminder.action, issue: reminder.issue, session: reminder }]
          : [],
      ),
    ),
  );
  return { exitCode: run.exitCode, json: { reminders, failures: run.failures } };
}

async function remindProgram(
  client: GitHubClient,
  program: Program,
  options: RemindCommandOptions,
  output: Output,
): Promise<ReminderJson[]> {
  const { repo, graphqlUrl } = options.github;
  const api = new IssuesApi(client, repo);
  const read = await readProgramIssues(client, {
    repo,
    graphqlUrl,
    label: programLabel(program.id),
    withComments: true,
  });
  const issues = pickTandemIssues(read.issues, program);
  const schedules = scheduleProgramShared(program);
  const tandems: ReminderTandem[] = program.tandems.map((tandem) => {
    const issue = issues.get(tandem.id);
    return {
      tandem,
      sessions: schedules.get(tandem.id) ?? [],
      ...(issue && {
        issue: {
          number: issue.number,
          state: issue.state,
          checklist: parseChecklist(issue.body),
          commentBodies: issue.recentCommentBodies,
          hasAllComments: issue.recentCommentBodies.length >= issue.commentCount,
        },
      }),
    };
  });
  // --now fixes the instant; --today the start of that day, so that a fixed date gives a fixed answer.
  const now = options.now
    ? DateTime.fromISO(options.now, { setZone: true })
    : options.today
      ? DateTime.fromISO(todayIn(program.timezone, options.today), { zone: program.timezone }).startOf('day')
      : DateTime.now().setZone(program.timezone);
  const decisions = planReminders({
    timezone: program.timezone,
    beforeMinutes: program.reminders!.beforeMinutes,
    tandems,
    now,
  });
  const template = readTemplate(options.root, program.templates.reminder);
  const results: ReminderJson[] = [];
  for (const decision of decisions) {
    const issue = issues.get(decision.tandemId);
    const link = issue && decision.kind === 'post' ? sessionLink(issue, decision.session.key) : undefined;
    results.push(
      await carryOut(decision, { program, api, template, isDryRun: options.isDryRun, ...(link && { link }) }),
    );
    const result = results.at(-1)!;
    if (result.action === 'posted' || result.action === 'would-post')
      output.line(
        `${program.id}/${result.tandem}: ${result.action === 'posted' ? 'reminded' : 'would remind'} #${result.issue} of ${describeSession(result)}`,
      );
  }
  if (!results.some((result) => result.action !== 'skipped')) output.line(`${program.id}: no reminder due`);
  return results;
}

/** The session's heading in the issue as it reads now, when it can be found. */
function sessionLink(issue: { url: string; body: string }, sessionKey: string): string | undefined {
  const anchor = findSessionAnchor(issue.body, sessionKey);
  return anchor === undefined ? undefined : `${issue.url}#${anchor}`;
}

async function carryOut(
  decision: ReminderDecision,
  context: {
    program: Program;
    api: IssuesApi;
    template: string | undefined;
    isDryRun: boolean;
    link?: string;
  },
): Promise<ReminderJson> {
  const base = {
    program: context.program.id,
    tandem: decision.tandemId,
    session: decision.session.key,
    ...nameSession(decision.session, context.program.language),
  };
  if (decision.kind === 'skip') return { ...base, issue: null, action: 'skipped', reason: decision.reason };
  const issue = decision.issueNumber;
  try {
    // More comments than the batched read brings: look through all of them before posting.
    if (decision.needsAllComments) {
      const comments = await context.api.listComments(issue);
      if (comments.some((comment) => comment.body.includes(decision.marker))) {
        return { ...base, issue, action: 'skipped', reason: 'already-sent' };
      }
    }
    if (context.isDryRun) return { ...base, issue, action: 'would-post' };
    const tandem = context.program.tandems.find((candidate) => candidate.id === decision.tandemId)!;
    const body = renderReminder({
      program: context.program,
      tandem,
      session: decision.session,
      openItems: decision.openItems,
      ...(context.link !== undefined && { link: context.link }),
      ...(context.template !== undefined && { template: context.template }),
    });
    const comment = await context.api.createComment(issue, body);
    const kept = await keepFirstComment(context.api, issue, decision.marker);
    return { ...base, issue, action: 'posted', url: kept?.url ?? comment.url };
  } catch (error) {
    return { ...base, issue, action: 'failed', reason: getErrorMessage(error) };
  }
}

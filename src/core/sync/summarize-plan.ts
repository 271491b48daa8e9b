import { type BodyChange, readIssueSessions, summarizeBodyChange } from './summarize-body-change.js';
import type { SyncAction, SyncPlan } from './sync-plan.js';

const WEEKDAYS = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];

export const plural = (count: number, noun: string, nouns = `${noun}s`): string =>
  `${count} ${count === 1 ? noun : nouns}`;

/** A body change, with the ticked items the merge drops (as its report says: reworded ones stay). */
export interface ActionChange extends BodyChange {
  readonly droppedTicks: readonly string[];
}

/** The body change of an update or reopen, or undefined when its body stays. */
export function bodyChangeOf(action: SyncAction): ActionChange | undefined {
  if (action.kind !== 'update' && action.kind !== 'reopen') return undefined;
  if (action.changes.body === undefined) return undefined;
  return {
    ...summarizeBodyChange(action.before.body, action.changes.body),
    droppedTicks: action.ticks?.droppedTicks.map((tick) => tick.text) ?? [],
  };
}

/** "12 sessions move to Tuesdays", or "… to other dates" when they do not share a new weekday. */
function describeMoves(moves: BodyChange['moved'], isDone: boolean): string {
  const weekdays = new Set(moves.map((move) => new Date(`${move.to}T00:00:00Z`).getUTCDay()));
  const sameDayBefore = moves.every(
    (move) => new Date(`${move.from}T00:00:00Z`).getUTCDay() === new Date(`${move.to}T00:00:00Z`).getUTCDay(),
  );
  const where =
    weekdays.size === 1 && !sameDayBefore ? `to ${WEEKDAYS[[...weekdays][0]!]}` : 'to other dates';
  const verb = isDone ? 'moved' : moves.length === 1 ? 'moves' : 'move';
  return `${plural(moves.length, 'session')} ${verb} ${where}`;
}

/**
 * What a body change does, in a few words: "13 sessions move to Tuesdays, 1 ticked item dropped";
 * `tense` says it as planned, as the summary of a plan would, or as done, after a sync.
 */
export function describeBodyChange(
  change: ActionChange,
  tense: 'plan' | 'plan-summary' | 'done' = 'plan',
): string[] {
  const isDone = tense === 'done';
  const dropped = tense === 'plan-summary' ? 'would be dropped' : 'dropped';
  const headings = change.retitled.length;
  return [
    change.moved.length > 0 ? describeMoves(change.moved, isDone) : '',
    headings > 0
      ? `${plural(headings, 'session heading')} ${isDone ? 'changed' : headings === 1 ? 'changes' : 'change'}`
      : '',
    change.addedSessions.length > 0 ? `${plural(change.addedSessions.length, 'session')} added` : '',
    change.removedSessions.length > 0 ? `${plural(change.removedSessions.length, 'session')} removed` : '',
    change.addedItems.length > 0 ? `${plural(change.addedItems.length, 'agenda item')} added` : '',
    change.removedItems.length > 0 ? `${plural(change.removedItems.length, 'agenda item')} removed` : '',
    change.droppedTicks.length > 0 ? `${plural(change.droppedTicks.length, 'ticked item')} ${dropped}` : '',
  ].filter(Boolean);
}

/** The plan in plain sentences, summed over its tandems: what a reviewer reads first. */
export function summarizePlan(plan: SyncPlan): string[] {
  const all: ActionChange = {
    moved: [],
    retitled: [],
    addedSessions: [],
    removedSessions: [],
    addedItems: [],
    removedItems: [],
    droppedTicks: [],
  };
  const merged = all as { [K in keyof ActionChange]: ActionChange[K][number][] };
  let newIssues = 0;
  let newSessions = 0;
  let titles = 0;
  let labels = 0;
  let assignees = 0;
  let invisible = 0;
  const count = (kind: SyncAction['kind']) => plan.actions.filter((action) => action.kind === kind).length;
  for (const action of plan.actions) {
    if (action.kind === 'create') {
      newIssues += 1;
      newSessions += readIssueSessions(action.issue.body).size;
    }
    if (action.kind !== 'update' && action.kind !== 'reopen') continue;
    if (action.changes.title !== undefined) titles += 1;
    if (action.changes.addLabels) labels += 1;
    if (action.changes.addAssignees) assignees += 1;
    const change = bodyChangeOf(action);
    if (!change) continue;
    if (describeBodyChange(change).length === 0) invisible += 1;
    for (const key of Object.keys(merged) as (keyof ActionChange)[]) {
      (merged[key] as unknown[]).push(...change[key]);
    }
  }
  const sentences = [
    newIssues > 0 ? `${plural(newIssues, 'new tandem issue')}, ${plural(newSessions, 'session')}` : '',
    ...describeBodyChange(all, 'plan-summary'),
    titles > 0 ? `${plural(titles, 'issue title')} ${titles === 1 ? 'changes' : 'change'}` : '',
    labels > 0 ? `labels added to ${plural(labels, 'issue')}` : '',
    assignees > 0 ? `people assigned on ${plural(assignees, 'issue')}` : '',
    invisible > 0
      ? `${plural(invisible, 'issue')} with no visible change (hidden records or the case of a box)`
      : '',
    count('reopen') > 0
      ? `${plural(count('reopen'), 'issue')} reopened: the tandem is back in the program`
      : '',
    count('close') > 0
      ? `${plural(count('close'), 'issue')} closed as not planned: the tandem left the program`
      : '',
    count('close-duplicate') > 0 ? `${plural(count('close-duplicate'), 'duplicate issue')} closed` : '',
  ];
  return sentences.filter(Boolean);
}

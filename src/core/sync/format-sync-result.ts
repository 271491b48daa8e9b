import { escapeTableCell } from '../markdown/escape-markdown.js';
import { bodyChangeOf, describeBodyChange } from './summarize-plan.js';
import type { SyncAction } from './sync-plan.js';

/** What a sync did for one tandem (an applied action, its issue, or why it failed). */
export interface SyncOutcome {
  readonly action: SyncAction;
  readonly number?: number;
  readonly url?: string;
  readonly error?: string;
}

const DONE: Record<SyncAction['kind'], string> = {
  create: 'created',
  update: 'updated',
  reopen: 'reopened',
  close: 'closed',
  'close-duplicate': 'closed as duplicate',
  unchanged: 'unchanged',
};

/**
 * The job summary of a sync that wrote: what happened to each tandem's issue, with a link to it.
 * Unchanged tandems are only counted. Nothing from the program's text appears (titles carry
 * @mentions); tandem ids are validated slugs.
 */
export function formatSyncResultMarkdown(programId: string, outcomes: readonly SyncOutcome[]): string {
  const label = (outcome: SyncOutcome): string => (outcome.error ? 'failed' : DONE[outcome.action.kind]);
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(label(outcome), (counts.get(label(outcome)) ?? 0) + 1);
  const order = [...Object.values(DONE), 'failed'];
  const tally = order
    .filter((name) => counts.has(name))
    .map((name) => `${counts.get(name)} ${name}`)
    .join(', ');
  const lines = [`### ${programId}`, '', tally || 'No tandems.', ''];
  const changed = outcomes.filter((outcome) => outcome.error || outcome.action.kind !== 'unchanged');
  if (changed.length === 0) return lines.join('\n');
  lines.push('| What happened | Tandem | Issue | Details |', '| --- | --- | --- | --- |');
  for (const outcome of changed) {
    const { action } = outcome;
    const number = outcome.number ?? (action.kind === 'create' ? undefined : action.number);
    const issue = number === undefined ? '' : outcome.url ? `[#${number}](${outcome.url})` : `#${number}`;
    lines.push(
      `| ${label(outcome)} | ${action.tandemId} | ${issue} | ${escapeTableCell(details(outcome))} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function details(outcome: SyncOutcome): string {
  if (outcome.error) return outcome.error;
  const { action } = outcome;
  if (action.kind === 'close-duplicate') return `duplicate of #${action.duplicateOf}`;
  if (action.kind === 'close') return 'the tandem left the program: closed as not planned';
  const change = bodyChangeOf(action);
  return change ? describeBodyChange(change, 'done').join(', ') : '';
}

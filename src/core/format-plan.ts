import { createTwoFilesPatch } from 'diff';
import { countActions, type SyncAction, type SyncPlan } from './plan-sync.js';

const VERBS: Record<SyncAction['kind'], string> = {
  create: 'create',
  update: 'update',
  reopen: 'reopen',
  close: 'close',
  'close-duplicate': 'close duplicate',
  unchanged: 'unchanged',
};

/** `digital-leadership-2027: 2 to create, 1 to update, 3 unchanged`. */
export function formatPlanCounts(plan: SyncPlan): string {
  const counts = countActions(plan);
  const parts = (Object.keys(VERBS) as SyncAction['kind'][])
    .filter((kind) => counts[kind] > 0)
    .map((kind) =>
      kind === 'unchanged' ? `${counts[kind]} unchanged` : `${counts[kind]} to ${VERBS[kind]}`,
    );
  return `${plan.programId}: ${parts.length > 0 ? parts.join(', ') : 'no tandems'}`;
}

function issueRef(action: SyncAction): string {
  return action.kind === 'create' ? 'new' : `#${action.number}`;
}

function describe(action: SyncAction): string {
  switch (action.kind) {
    case 'create':
      return action.issue.title;
    case 'update':
    case 'reopen':
      return Object.keys(action.changes)
        .map((key) => ({ title: 'title', body: 'body', addLabels: 'labels', addAssignees: 'assignees' })[key])
        .join(', ');
    case 'close':
      return 'tandem removed from the program: comment, close as not planned';
    case 'close-duplicate':
      return `second issue for this tandem: close as duplicate of #${action.duplicateOf}`;
    case 'unchanged':
      return '';
  }
}

/**
 * What the merge did to the pair's ticks, per tandem: `tick kept: old → new` for a reworded item, and
 * every ticked item the change drops, so a reviewer sees it before merging.
 */
export function formatTickChanges(plan: SyncPlan): string[] {
  const lines: string[] = [];
  for (const action of plan.actions) {
    if ((action.kind !== 'update' && action.kind !== 'reopen') || !action.ticks) continue;
    for (const kept of action.ticks.keptTicks)
      lines.push(
        `${action.tandemId} #${action.number} ${kept.sessionKey}: tick kept: ${kept.from} → ${kept.to}`,
      );
    for (const dropped of action.ticks.droppedTicks)
      lines.push(
        `${action.tandemId} #${action.number} ${dropped.sessionKey}: ticked item dropped: ${dropped.text}`,
      );
  }
  return lines;
}

/** One line per tandem, aligned, for terminals and logs. */
export function formatPlanTable(plan: SyncPlan): string {
  const rows = plan.actions.map((action) => [
    VERBS[action.kind],
    action.tandemId,
    issueRef(action),
    describe(action),
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), 0));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat(
      formatTickChanges(plan)
        .map((line) => `\n  ${line}`)
        .join(''),
    );
}

/** The change to each body, as a unified diff (creates show the whole body). */
export function formatPlanDiffs(plan: SyncPlan): string {
  const patches: string[] = [];
  for (const action of plan.actions) {
    if (action.kind === 'create') {
      patches.push(createTwoFilesPatch('/dev/null', `${action.tandemId} (new)`, '', action.issue.body));
    } else if ((action.kind === 'update' || action.kind === 'reopen') && action.changes.body !== undefined) {
      const name = `${action.tandemId} #${action.number}`;
      patches.push(createTwoFilesPatch(name, name, action.before.body, action.changes.body));
    }
  }
  return patches.join('\n');
}

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The plan as Markdown: the sticky pull-request comment and the job summary. */
export function formatPlanMarkdown(
  plans: readonly SyncPlan[],
  options: { maxDiffChars?: number } = {},
): string {
  const maxDiffChars = options.maxDiffChars ?? 40_000;
  const sections: string[] = [];
  for (const plan of plans) {
    const changed = plan.actions.filter((action) => action.kind !== 'unchanged');
    sections.push(
      `### ${escapeCell(plan.programId)}`,
      '',
      formatPlanCounts(plan).replace(/^[^:]+: /, ''),
      '',
    );
    if (changed.length === 0) {
      sections.push('No changes: merging this changes no tandem issue.', '');
      continue;
    }
    sections.push('| Action | Tandem | Issue | What |', '| --- | --- | --- | --- |');
    for (const action of changed) {
      sections.push(
        `| ${VERBS[action.kind]} | ${escapeCell(action.tandemId)} | ${issueRef(action)} | ${escapeCell(describe(action))} |`,
      );
    }
    const ticks = formatTickChanges(plan);
    if (ticks.length > 0) {
      // In a code block: item texts come from the program and the pair, and must not mention anyone.
      const text = ticks.join('\n');
      const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
      sections.push('', 'Ticks the pair set that this change touches:', '', `${fence}text`, text, fence);
    }
    let diff = formatPlanDiffs(plan);
    if (diff.length > 0) {
      if (diff.length > maxDiffChars) diff = `${diff.slice(0, maxDiffChars)}\n… (diff shortened)`;
      const fence = '`'.repeat(Math.max(3, longestBacktickRun(diff) + 1));
      sections.push(
        '',
        '<details><summary>Body changes</summary>',
        '',
        `${fence}diff`,
        diff,
        fence,
        '',
        '</details>',
      );
    }
    sections.push('');
  }
  return sections.join('\n');
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import { escapeInline, escapeTableCell } from '../markdown/escape-markdown.js';
import { formatBodyDiff } from './format-body-diff.js';
import { countActions } from './plan-sync.js';
import { bodyChangeOf, describeBodyChange, plural, summarizePlan } from './summarize-plan.js';
import type { SyncAction, SyncPlan } from './sync-plan.js';

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
    case 'reopen': {
      const change = bodyChangeOf(action);
      const parts = [
        action.changes.title !== undefined ? 'new title' : '',
        ...(change ? describeBodyChange(change) : []),
        change && describeBodyChange(change).length === 0 ? 'hidden records only' : '',
        action.changes.addLabels ? `labels ${action.changes.addLabels.join(', ')}` : '',
        action.changes.addAssignees ? `assign ${action.changes.addAssignees.join(', ')}` : '',
      ];
      return parts.filter(Boolean).join(', ');
    }
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

/** The plain summary, then one line per tandem, aligned, for terminals and logs. */
export function formatPlanTable(plan: SyncPlan): string {
  const summary = summarizePlan(plan).map((sentence) => `  ${sentence}`);
  const rows = plan.actions.map((action) => [
    VERBS[action.kind],
    action.tandemId,
    issueRef(action),
    describe(action),
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), 0));
  const table = rows.map((row) =>
    row
      .map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell))
      .join('  ')
      .trimEnd(),
  );
  const ticks = formatTickChanges(plan).map((line) => `  ${line}`);
  return [...summary, ...(summary.length > 0 ? [''] : []), ...table, ...ticks].join('\n');
}

interface TandemDiff {
  readonly who: string;
  readonly what: string;
  readonly diff: string;
}

/**
 * The visible change to each updated body (new issues are summed up, not shown); tandems whose
 * change is the same are shown once, together.
 */
function collectDiffs(plan: SyncPlan): TandemDiff[] {
  const byDiff = new Map<string, { who: string[]; what: string }>();
  for (const action of plan.actions) {
    if (action.kind !== 'update' && action.kind !== 'reopen') continue;
    if (action.changes.body === undefined) continue;
    const diff = formatBodyDiff(action.before.body, action.changes.body);
    if (diff === '') continue;
    const group = byDiff.get(diff) ?? { who: [], what: describe(action) };
    group.who.push(`${action.tandemId} #${action.number}`);
    byDiff.set(diff, group);
  }
  return [...byDiff].map(([diff, group]) => ({ who: group.who.join(', '), what: group.what, diff }));
}

/** The visible change to each updated body, as compact diffs, for terminals and logs. */
export function formatPlanDiffs(plan: SyncPlan): string {
  return collectDiffs(plan)
    .map(({ who, diff }) => `--- ${who}\n${diff}`)
    .join('\n');
}

/** The plan as Markdown: the sticky pull-request comment and the job summary. */
export function formatPlanMarkdown(
  plans: readonly SyncPlan[],
  options: { maxDiffChars?: number; diagnostics?: readonly Diagnostic[] } = {},
): string {
  let budget = options.maxDiffChars ?? 40_000;
  const sections: string[] = [formatProblemsMarkdown(options.diagnostics ?? [])].filter(Boolean);
  for (const plan of plans) {
    const changed = plan.actions.filter((action) => action.kind !== 'unchanged');
    sections.push(
      `### ${escapeInline(plan.programId)}`,
      '',
      formatPlanCounts(plan).replace(/^[^:]+: /, ''),
      '',
    );
    if (changed.length === 0) {
      sections.push('No changes: merging this changes no tandem issue.', '');
      continue;
    }
    sections.push(...summarizePlan(plan).map((sentence) => `- ${escapeInline(sentence)}`), '');
    sections.push('| Action | Tandem | Issue | What |', '| --- | --- | --- | --- |');
    for (const action of changed) {
      sections.push(
        `| ${VERBS[action.kind]} | ${escapeTableCell(action.tandemId)} | ${issueRef(action)} | ${escapeTableCell(describe(action))} |`,
      );
    }
    const ticks = formatTickChanges(plan);
    if (ticks.length > 0) {
      // In a code block: item texts come from the program and the pair, and must not mention anyone.
      const text = ticks.join('\n');
      const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
      sections.push('', 'Ticks the pair set that this change touches:', '', `${fence}text`, text, fence);
    }
    const diffs = collectDiffs(plan);
    let shown = 0;
    for (const { who, what, diff } of diffs) {
      if (diff.length > budget) break;
      budget -= diff.length;
      shown += 1;
      const fence = '`'.repeat(Math.max(3, longestBacktickRun(diff) + 1));
      sections.push(
        '',
        `<details><summary>${escapeInline(who)}: ${escapeInline(what)}</summary>`,
        '',
        `${fence}diff`,
        diff,
        fence,
        '',
        '</details>',
      );
    }
    if (shown < diffs.length) {
      sections.push(
        '',
        `… and the changes of ${plural(diffs.length - shown, 'more issue')}, too long for this comment: run \`tandem plan\` to see them.`,
      );
    }
    sections.push('');
  }
  return sections.join('\n');
}

/**
 * The problems that keep a program from being planned, as `file:line:col: message` lines: reviewers
 * see on the pull request why a program is missing from the plan. In a code block, so no text from
 * the program becomes a mention or HTML.
 */
export function formatProblemsMarkdown(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (diagnostics.length === 0) return '';
  const files = new Set(errors.map((diagnostic) => diagnostic.file));
  const lead =
    errors.length === 0
      ? `${plural(diagnostics.length, 'warning')}:`
      : `**${plural(errors.length, 'error')} in ${[...files].map(escapeInline).join(', ')}**: a program with errors is not planned, and merging it changes none of its issues until they are fixed.`;
  const text = diagnostics.map(formatDiagnostic).join('\n');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [lead, '', `${fence}text`, text, fence, ''].join('\n');
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

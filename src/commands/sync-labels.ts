import type { Program } from '../core/program/program.js';
import { programLabel } from '../core/sync/desired-issues.js';
import type { SyncPlan } from '../core/sync/sync-plan.js';
import { statusOf } from '../github/github-errors.js';
import type { IssueSnapshot } from '../github/issue-snapshot.js';
import type { IssuesApi } from '../github/issues-api.js';

const TANDEM_LABEL_COLOR = '5319e7';

/** GitHub created the issue but silently dropped its labels: the token may not set labels. */
export class LabelsDroppedError extends Error {
  override readonly name = 'LabelsDroppedError';
}

/** Labels are looked up only when the plan adds some: a no-change run costs no request here. */
export async function ensureLabels(api: IssuesApi, program: Program, plan: SyncPlan): Promise<void> {
  const needed = new Set<string>();
  for (const action of plan.actions) {
    if (action.kind === 'create') for (const label of action.issue.labels) needed.add(label);
    if ((action.kind === 'update' || action.kind === 'reopen') && action.changes.addLabels) {
      for (const label of action.changes.addLabels) needed.add(label);
    }
  }
  if (needed.size === 0) return;
  const existing = await api.listLabelNames();
  for (const name of needed) {
    if (existing.has(name.toLowerCase())) continue;
    const isProgramLabel = name === programLabel(program.id);
    await api.createLabel({
      name,
      color: isProgramLabel ? TANDEM_LABEL_COLOR : 'ededed',
      description: isProgramLabel ? `Tandem issue of ${program.title}`.slice(0, 100) : 'Reverse mentoring',
    });
  }
}

export async function addLabelsOrStop(
  options: { api: IssuesApi; programLabel: string },
  number: number,
  labels: readonly string[],
): Promise<void> {
  let kept: readonly string[];
  try {
    kept = await options.api.addLabels(number, labels);
  } catch (error) {
    if (statusOf(error) !== 403 || !labels.includes(options.programLabel)) throw error;
    kept = [];
  }
  if (kept.some((label) => label.toLowerCase() === options.programLabel.toLowerCase())) return;
  throw new LabelsDroppedError(
    `GitHub refused the label ${options.programLabel} on #${number}, so the token may not set labels: ${LABEL_PERMISSION_HINT} ` +
      'No issue of this program is created until then.',
  );
}

const LABEL_PERMISSION_HINT =
  'give it triage access to the repository (for GITHUB_TOKEN: `permissions: issues: write` in the workflow).';

/** GitHub drops the labels of a new issue, without an error, when the token may not set labels. */
export function assertLabelsKept(programLabel: string, created: IssueSnapshot): void {
  if (created.labels.some((label) => label.toLowerCase() === programLabel.toLowerCase())) return;
  throw new LabelsDroppedError(
    `GitHub created #${created.number} without its labels, so the token may not set labels: ${LABEL_PERMISSION_HINT} ` +
      `No further issue of this program is created until then; the next sync finds #${created.number} again and puts its labels back.`,
  );
}

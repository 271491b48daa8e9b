import { boardFieldSpecs } from '../core/board/board-fields.js';
import { type BoardAddress, parseBoardUrl } from '../core/board/board-url.js';
import { desiredBoardItems } from '../core/board/desired-board-items.js';
import {
  type BoardItem,
  type BoardWrite,
  planBoardFields,
  planBoardValues,
} from '../core/board/plan-board.js';
import type { Program } from '../core/program/program.js';
import type { ProgramProgress } from '../core/report/compute-program-progress.js';
import { groupTandemIssues, pickTandemIssues } from '../core/sync/pick-tandem-issues.js';
import type { GitHubClient } from '../github/create-github-client.js';
import { ProjectsApi, type ReadBoard, type ReadBoardField } from '../github/projects-api.js';
import type { ProgramIssue } from '../github/read-program-issues.js';
import type { AppliedAction } from './apply-sync.js';
import { describeBoardFailure } from './board-failure.js';
import type { GitHubSettings } from './github-settings.js';
import type { Output } from './output.js';

/** What a board step needs of the run; the same for sync and report. */
export interface BoardRun {
  readonly client: GitHubClient;
  readonly github: Pick<GitHubSettings, 'repo' | 'graphqlUrl'>;
  readonly output: Output;
}

/** What a board step did; `warning` when the board could not be reached (the run still succeeds). */
export interface BoardOutcome {
  readonly itemsAdded: number;
  readonly fieldsCreated: number;
  readonly itemsUpdated: number;
  readonly warning?: string;
}

/** What sync did to an issue that stays a tandem's (closed ones, removed tandems' and duplicates, are not added). */
const TANDEM_ISSUE_KINDS: ReadonlySet<string> = new Set(['create', 'update', 'reopen', 'unchanged']);

/** sync: every tandem issue of the program becomes an item of its board (nothing else is added). */
export async function addTandemIssuesToBoard(
  run: BoardRun,
  program: Program,
  results: readonly AppliedAction[],
): Promise<BoardOutcome | undefined> {
  const numbers = results.flatMap((result) =>
    !result.error && result.number !== undefined && TANDEM_ISSUE_KINDS.has(result.action.kind)
      ? [result.number]
      : [],
  );
  return onBoard(run, program, async (api, address) => {
    const board = await api.readBoard(address, run.github.repo);
    const onIt = new Set(board.items.map((item) => item.issueNumber));
    const missing = numbers.filter((number) => !onIt.has(number));
    const ids = missing.length ? await api.readIssueIds(run.github.repo, missing) : new Map<number, string>();
    const added = await addItems(api, board.projectId, ids);
    return announce(run, program, { itemsAdded: added.length, fieldsCreated: 0, itemsUpdated: 0 });
  });
}

/** report: the board's fields show what the report shows; missing fields are created, only changes written. */
export async function updateBoardFields(
  run: BoardRun,
  program: Program,
  progress: ProgramProgress,
  issues: readonly ProgramIssue[],
): Promise<BoardOutcome | undefined> {
  const specs = boardFieldSpecs(program.language);
  const picked = new Set([...pickTandemIssues(issues, program).values()].map((issue) => issue.number));
  const former = [...groupTandemIssues(issues, [program.id, ...(program.formerly ?? [])]).values()]
    .flat()
    .filter((issue) => issue.state === 'closed' && !picked.has(issue.number))
    .map((issue) => issue.number);
  const desired = desiredBoardItems(program, progress, former);
  return onBoard(run, program, async (api, address) => {
    let board: ReadBoard = await api.readBoard(address, run.github.repo);
    const fieldPlan = planBoardFields(specs, board.fields);
    const fields: ReadBoardField[] = [...board.fields];
    for (const spec of fieldPlan.create) fields.push(await api.createField(board.projectId, spec));
    for (const { field, missing } of fieldPlan.addOptions) {
      fields.splice(fields.indexOf(field as ReadBoardField), 1, await api.addFieldOptions(field, missing));
    }
    for (const { spec, field } of fieldPlan.mismatched) {
      run.output.warn(
        `warning: ${program.id}: the board's field "${field.name}" is ${field.dataType.toLowerCase()}, not ` +
          `${spec.type.toLowerCase()}: Tandem leaves it alone; rename or delete it to have Tandem create its own`,
      );
    }
    board = { ...board, fields };
    // Issues not on the board yet (sync has not run since they were opened) are added first.
    const { missing } = planBoardValues(specs, board, desired);
    const ids = new Map(
      issues
        .filter((issue) => missing.includes(issue.number) && !former.includes(issue.number))
        .map((issue) => [issue.number, issue.id]),
    );
    const added = await addItems(api, board.projectId, ids);
    board = { ...board, items: [...board.items, ...added] };
    const { writes } = planBoardValues(specs, board, desired);
    const byItem = new Map<string, BoardWrite[]>();
    for (const write of writes) byItem.set(write.itemId, [...(byItem.get(write.itemId) ?? []), write]);
    for (const [itemId, itemWrites] of byItem) await api.writeItem(board.projectId, itemId, itemWrites);
    return announce(run, program, {
      itemsAdded: added.length,
      fieldsCreated: fieldPlan.create.length,
      itemsUpdated: byItem.size,
    });
  });
}

async function addItems(
  api: ProjectsApi,
  projectId: string,
  ids: ReadonlyMap<number, string>,
): Promise<BoardItem[]> {
  const added: BoardItem[] = [];
  for (const [issueNumber, contentId] of ids) {
    added.push({ id: await api.addItem(projectId, contentId), issueNumber, values: new Map() });
  }
  return added;
}

function announce(run: BoardRun, program: Program, outcome: BoardOutcome): BoardOutcome {
  const parts = [
    outcome.fieldsCreated && `${outcome.fieldsCreated} fields created`,
    outcome.itemsAdded && `${outcome.itemsAdded} items added`,
    outcome.itemsUpdated && `${outcome.itemsUpdated} items updated`,
  ].filter(Boolean);
  run.output.line(
    `${program.id}: board ${parts.length ? parts.join(', ') : 'unchanged'}: ${program.board?.url}`,
  );
  return outcome;
}

/** Runs a board step when the program has a board; any failure is one warning, never a failed run. */
async function onBoard(
  run: BoardRun,
  program: Program,
  step: (api: ProjectsApi, address: BoardAddress) => Promise<BoardOutcome>,
): Promise<BoardOutcome | undefined> {
  if (!program.board) return undefined;
  const address = parseBoardUrl(program.board.url);
  try {
    if (!address) throw new Error(`board.url in ${program.file} is not a board address`);
    return await step(new ProjectsApi(run.client, run.github.graphqlUrl), address);
  } catch (error) {
    const warning = describeBoardFailure(error, program, address);
    run.output.warn(`warning: ${warning}`);
    return { itemsAdded: 0, fieldsCreated: 0, itemsUpdated: 0, warning };
  }
}

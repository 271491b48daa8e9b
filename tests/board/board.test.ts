import { afterEach, describe, expect, it } from 'vitest';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { runTandem, standInEnv } from '../helpers/run-tandem.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import { tickSession } from '../report/fixture-program.js';
import type { SeedData, StandIn } from '../stand-in/index.js';
import { boardRows, onlyBoard } from './board-table.js';

let standIn: StandIn;
let workspace: Workspace | undefined;
useStandIn((started) => (standIn = started));
afterEach(async () => {
  await workspace?.[Symbol.asyncDispose]();
  workspace = undefined;
});

const ORG_BOARD = 'https://github.com/orgs/acme/projects/7';
const TODAY = '2027-01-20';

async function setUp(options: { tandems?: number; url?: string; seed?: SeedData } = {}): Promise<void> {
  standIn.seed(options.seed ?? { projects: [{ owner: 'acme', number: 7 }] });
  // The pairs may be assigned: each issue is created once.
  standIn.seed({
    repo: { collaborators: numberedTandems(options.tandems ?? 50).flatMap((t) => [t.mentor, t.mentee]) },
  });
  workspace = await createWorkspace();
  await writeProgram(options.tandems ?? 50, options.url ?? ORG_BOARD);
}

async function writeProgram(tandems: number, url: string): Promise<void> {
  await workspace!.write(
    'programs/pilot.yml',
    programYaml({ tandems: numberedTandems(tandems), extra: { board: { url } } }),
  );
}

const run = (command: 'sync' | 'report', today = TODAY) =>
  runTandem([command, '--today', today], { root: workspace!.root, env: standInEnv(standIn) });

/** The board mutations of the requests since the last reset. */
const boardWrites = (): string[] =>
  standIn.log.filter((entry) => entry.isWrite).map((entry) => entry.operation ?? '');

describe('the program board (board.url)', () => {
  it('puts 50 tandems on the board as 50 items with the report’s figures in every field', async () => {
    await setUp();
    const sync = await run('sync');
    expect(sync.code).toBe(0);
    expect(sync.stdout).toContain('pilot: board 50 items added');
    expect(onlyBoard(standIn).items).toHaveLength(50);

    const report = await run('report');
    expect(report.code).toBe(0);
    expect(report.stderr).toBe('');
    const rows = boardRows(standIn, onlyBoard(standIn));
    expect(rows).toHaveLength(50);
    // Biweekly from Monday 11 January for 8 weeks: 4 sessions; the kickoff has passed unticked.
    for (const row of rows) {
      expect(row.values).toEqual({
        Status: 'Behind',
        'Next session': '2027-01-25',
        Sessions: '0 of 4',
        Progress: 0,
        'Last activity': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    }
    // GitHub's own Status options stay; Tandem's five are added after them.
    const status = onlyBoard(standIn).fields.find((field) => field.name === 'Status')!;
    expect(status.options.map((option) => option.name)).toEqual([
      'Todo',
      'In Progress',
      'Done',
      'Not started',
      'On track',
      'Behind',
      'Finished',
      'Closed',
    ]);
  });

  it('writes nothing on a second sync and report, and after a tick changes exactly that item’s fields', async () => {
    await setUp();
    await run('sync');
    await run('report');
    standIn.resetLog();
    const sync = await run('sync');
    const report = await run('report');
    expect([sync.code, report.code]).toEqual([0, 0]);
    expect(report.stdout).toContain('pilot: board unchanged');
    expect(boardWrites()).toEqual([]);
    // One page of 50 items each for sync and report; no other board request.
    const boardRequests = standIn.log.filter((entry) => /Board/.test(entry.operation ?? ''));
    expect(boardRequests.map((entry) => entry.operation)).toEqual(['BoardPage', 'BoardPage']);

    const before = boardRows(standIn, onlyBoard(standIn));
    const ticked = standIn.state.issues[2]!;
    ticked.body = tickSession(ticked.body!, 'kickoff', 10);
    ticked.updated_at = '2027-01-21T09:00:00Z';
    standIn.resetLog();
    await run('report', '2027-01-21');
    expect(boardWrites()).toEqual(['WriteBoardItem']);
    const after = boardRows(standIn, onlyBoard(standIn));
    const changed = after.filter((row, index) => JSON.stringify(row) !== JSON.stringify(before[index]));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      issue: ticked.number,
      values: {
        Status: 'On track',
        Sessions: '1 of 4',
        'Last activity': '2027-01-21',
        'Next session': '2027-01-25',
      },
    });
    expect(changed[0]!.values.Progress).toBeGreaterThan(0);
  });

  it('shows a removed tandem’s item as closed', async () => {
    await setUp({ tandems: 3 });
    await run('sync');
    await run('report');
    await writeProgram(2, ORG_BOARD);
    expect((await run('sync')).code).toBe(0);
    const removed = standIn.state.issues.find((issue) => issue.title.includes('mentor-3'))!;
    expect(removed.state).toBe('closed');
    await run('report');
    const rows = boardRows(standIn, onlyBoard(standIn));
    expect(rows.find((row) => row.issue === removed.number)!.values.Status).toBe('Closed');
    expect(rows.filter((row) => row.values.Status === 'Closed')).toHaveLength(1);
  });

  it('creates the missing fields once on a board that has none of them', async () => {
    await setUp({ tandems: 2, seed: { projects: [{ owner: 'acme', number: 7, withoutStatus: true }] } });
    await run('sync');
    await run('report');
    await run('report', '2027-01-27');
    const created = standIn.log.filter((entry) => entry.operation === 'CreateBoardField');
    expect(created).toHaveLength(5);
    const board = onlyBoard(standIn);
    expect(board.fields.map((field) => [field.name, field.dataType])).toEqual([
      ['Title', 'TITLE'],
      ['Assignees', 'ASSIGNEES'],
      ['Status', 'SINGLE_SELECT'],
      ['Next session', 'DATE'],
      ['Sessions', 'TEXT'],
      ['Progress', 'NUMBER'],
      ['Last activity', 'DATE'],
    ]);
    expect(boardRows(standIn, board)[0]!.values['Next session']).toBe('2027-02-08');
  });

  it('warns once and still syncs when the token cannot reach the board', async () => {
    const people = numberedTandems(50).flatMap((tandem) => [tandem.mentor, tandem.mentee]);
    await setUp({
      seed: {
        repo: { collaborators: people },
        projects: [{ owner: 'acme', number: 7 }],
        denyBoardAccess: true,
      },
    });
    const sync = await run('sync');
    expect(sync.code).toBe(0);
    expect(standIn.state.issues).toHaveLength(50);
    const warnings = sync.stderr.split('\n').filter((line) => /warning|error/.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`warning: pilot: cannot reach the board ${ORG_BOARD} with this token`);
    expect(warnings[0]).toContain('Resource not accessible by integration');
    expect(warnings[0]).toContain('actions/create-github-app-token');
    expect(warnings[0]).toContain('"Projects: Read and write"');
    const report = await run('report');
    expect(report.code).toBe(0);
    expect(report.stderr.split('\n').filter((line) => /warning|error/.test(line))).toHaveLength(1);
    expect(onlyBoard(standIn).items).toHaveLength(0);
  });

  it('keeps a user’s board, and names the classic token’s scope when it cannot be reached', async () => {
    await setUp({
      tandems: 2,
      url: 'https://github.com/users/lea-schmidt/projects/2',
      seed: { projects: [{ owner: 'lea-schmidt', ownerKind: 'user', number: 2 }] },
    });
    await run('sync');
    await run('report');
    expect(boardRows(standIn, onlyBoard(standIn)).map((row) => row.values.Status)).toEqual([
      'Behind',
      'Behind',
    ]);

    await writeProgram(2, 'https://github.com/users/lea-schmidt/projects/3');
    const report = await run('report');
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('Could not resolve to a ProjectV2 with the number 3');
    expect(report.stderr).toContain('classic personal access token of lea-schmidt with the "project" scope');
  });
});

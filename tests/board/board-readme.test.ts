import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTandem, standInEnv } from '../helpers/run-tandem.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace } from '../helpers/workspace.js';
import { tickSession } from '../report/fixture-program.js';
import type { StandIn } from '../stand-in/index.js';
import { boardMarkdown, boardRows, onlyBoard } from './board-table.js';

let standIn: StandIn;
// Issues are opened on the morning of the sync's day, so "Last activity" does not follow the real clock.
useStandIn((started) => (standIn = started), undefined, { clock: () => new Date('2027-01-04T07:00:00Z') });

const root = path.resolve(import.meta.dirname, '../..');
const START = '<!-- board-table:start -->';
const END = '<!-- board-table:end -->';

describe('the README’s picture of the board', () => {
  it('is the table the stand-in’s board shows for the example program', async () => {
    const example = readFileSync(path.join(root, 'programs/example.yml'), 'utf8');
    await using workspace = await createWorkspace({
      'programs/example.yml': `${example}board:\n  url: https://github.com/orgs/acme/projects/7\n`,
    });
    standIn.seed({ projects: [{ owner: 'acme', number: 7, title: 'Reverse Mentoring 2027' }] });
    const env = standInEnv(standIn);
    await runTandem(['sync', '--today', '2027-01-04'], { root: workspace.root, env });
    // Four weeks in: one pair ticked both sessions, one the kickoff only, one closed its issue.
    const [lea, jonas, aylin] = standIn.state.issues;
    lea!.body = tickSession(tickSession(lea!.body!, 'kickoff', 10), 'topic-social-media-1', 10);
    lea!.updated_at = '2027-01-26T17:10:00Z';
    jonas!.body = tickSession(jonas!.body!, 'kickoff', 10);
    jonas!.updated_at = '2027-01-12T09:30:00Z';
    Object.assign(aylin!, { state: 'closed', state_reason: 'completed', updated_at: '2027-01-20T08:00:00Z' });
    await runTandem(['report', '--today', '2027-02-01'], { root: workspace.root, env });

    const table = boardMarkdown(boardRows(standIn, onlyBoard(standIn)));
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const shown = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(shown, `README.md between ${START} and ${END} should read:\n${table}`).toBe(table);
  });
});

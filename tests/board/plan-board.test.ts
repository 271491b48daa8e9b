import { describe, expect, it } from 'vitest';
import { boardFieldSpecs } from '../../src/core/board/board-fields.js';
import { parseBoardUrl } from '../../src/core/board/board-url.js';
import type { DesiredBoardItem } from '../../src/core/board/desired-board-items.js';
import { type BoardField, planBoardFields, planBoardValues } from '../../src/core/board/plan-board.js';

const specs = boardFieldSpecs('en');
const fields: BoardField[] = [
  {
    id: 'F-status',
    name: 'Status',
    dataType: 'SINGLE_SELECT',
    options: ['Not started', 'On track', 'Behind', 'Finished', 'Closed'].map((name) => ({
      id: `o-${name}`,
      name,
    })),
  },
  { id: 'F-next', name: 'Next session', dataType: 'DATE' },
  { id: 'F-sessions', name: 'Sessions', dataType: 'TEXT' },
  { id: 'F-progress', name: 'Progress', dataType: 'NUMBER' },
  { id: 'F-last', name: 'Last activity', dataType: 'DATE' },
];
const desired: DesiredBoardItem = {
  issueNumber: 12,
  managed: ['status', 'nextSession', 'sessions', 'progress', 'lastActivity'],
  values: {
    status: 'On track',
    nextSession: '2027-02-01',
    sessions: '2 of 6',
    progress: 40,
    lastActivity: '2027-01-20',
  },
};
const current = new Map<string, string | number>([
  ['F-status', 'o-On track'],
  ['F-next', '2027-02-01'],
  ['F-sessions', '2 of 6'],
  ['F-progress', 40],
  ['F-last', '2027-01-20'],
]);

describe('planning the board', () => {
  it('writes nothing when every field already shows its value', () => {
    const board = { fields, items: [{ id: 'I-12', issueNumber: 12, values: current }] };
    expect(planBoardValues(specs, board, [desired])).toEqual({ writes: [], missing: [] });
  });

  it('writes only the fields whose value differs, and clears a value that is gone', () => {
    const board = { fields, items: [{ id: 'I-12', issueNumber: 12, values: current }] };
    const finished = {
      ...desired,
      values: { status: 'Finished', sessions: '6 of 6', progress: 100, lastActivity: '2027-01-20' },
    };
    expect(planBoardValues(specs, board, [finished]).writes).toEqual([
      {
        itemId: 'I-12',
        issueNumber: 12,
        fieldId: 'F-status',
        key: 'status',
        value: { singleSelectOptionId: 'o-Finished' },
      },
      { itemId: 'I-12', issueNumber: 12, fieldId: 'F-next', key: 'nextSession' },
      { itemId: 'I-12', issueNumber: 12, fieldId: 'F-sessions', key: 'sessions', value: { text: '6 of 6' } },
      { itemId: 'I-12', issueNumber: 12, fieldId: 'F-progress', key: 'progress', value: { number: 100 } },
    ]);
  });

  it('lists issues that are not on the board, and skips a field of another type', () => {
    const textProgress = fields.map((field) =>
      field.id === 'F-progress' ? { ...field, dataType: 'TEXT' } : field,
    );
    const board = { fields: textProgress, items: [{ id: 'I-12', issueNumber: 12, values: new Map() }] };
    const result = planBoardValues(specs, board, [desired, { ...desired, issueNumber: 13 }]);
    expect(result.missing).toEqual([13]);
    expect(result.writes.map((write) => write.key)).toEqual([
      'status',
      'nextSession',
      'sessions',
      'lastActivity',
    ]);
    expect(planBoardFields(specs, textProgress).mismatched.map(({ field }) => field.name)).toEqual([
      'Progress',
    ]);
  });

  it('creates the fields a board lacks and adds the Status options in the program’s language', () => {
    const githubStatus: BoardField = {
      id: 'F-status',
      name: 'Status',
      dataType: 'SINGLE_SELECT',
      options: [{ id: 'o1', name: 'Todo' }],
    };
    const plan = planBoardFields(boardFieldSpecs('de'), [githubStatus]);
    expect(plan.create.map((spec) => spec.name)).toEqual([
      'Next session',
      'Sessions',
      'Progress',
      'Last activity',
    ]);
    expect(plan.addOptions).toEqual([
      {
        field: githubStatus,
        missing: ['Nicht begonnen', 'Im Plan', 'Im Rückstand', 'Abgeschlossen', 'Issue geschlossen'],
      },
    ]);
  });

  it('reads organisation and user board addresses, and nothing else', () => {
    expect(parseBoardUrl('https://github.com/orgs/acme/projects/7')).toMatchObject({
      ownerKind: 'organization',
      login: 'acme',
      number: 7,
    });
    expect(parseBoardUrl('https://github.com/users/lea-schmidt/projects/2/')).toMatchObject({
      ownerKind: 'user',
      login: 'lea-schmidt',
      number: 2,
    });
    expect(parseBoardUrl('https://github.com/acme/mentoring/projects/1')).toBeUndefined();
  });
});

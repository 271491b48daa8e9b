import { describe, expect, it } from 'vitest';
import { itemRecordMarker } from '../../src/core/issue-body/item-record.js';
import { issueMarker, NOTES_MARKER, sessionMarker } from '../../src/core/issue-body/markers.js';
import { planSync } from '../../src/core/sync/plan-sync.js';
import type { ActualIssue, DesiredIssue, SyncAction } from '../../src/core/sync/sync-plan.js';

const PROGRAM = 'pilot';
const LABELS = ['tandem:pilot', 'mentoring'];

/** An issue body with the agenda `items` (`[x] ` ticks one) and their record, as the renderer lays it out. */
const bodyOf = (tandemId: string, items: readonly string[], programId = PROGRAM): string =>
  [
    issueMarker(programId, tandemId),
    '',
    '### 1 · Kickoff',
    sessionMarker('kickoff'),
    itemRecordMarker(
      items.map((item) => item.replace(/^\[x\] /, '')),
      { key: 'kickoff', date: '2027-01-12' },
    ),
    ...items.map((item) => (item.startsWith('[x] ') ? `- ${item}` : `- [ ] ${item}`)),
    '',
    NOTES_MARKER,
    '## Notes',
    '',
  ].join('\n');

const desired = (tandemId: string, items = ['Meet', 'Agree']): DesiredIssue => ({
  tandemId,
  title: `Tandem ${tandemId}`,
  body: bodyOf(tandemId, items),
  labels: LABELS,
  assignees: [`${tandemId}-mentor`, `${tandemId}-mentee`],
});

/** The issue `desired` would create, as GitHub holds it, with `changes` applied. */
const actual = (number: number, tandemId: string, changes: Partial<ActualIssue> = {}): ActualIssue => ({
  number,
  title: `Tandem ${tandemId}`,
  body: bodyOf(tandemId, ['Meet', 'Agree']),
  state: 'open',
  labels: LABELS,
  assignees: [`${tandemId}-mentor`, `${tandemId}-mentee`],
  ...changes,
});

/** An action in one line: kind, tandem, issue, and what changes. */
function describeAction(action: SyncAction): string {
  switch (action.kind) {
    case 'create':
      return `create ${action.tandemId}`;
    case 'unchanged':
      return `unchanged ${action.tandemId} #${action.number}`;
    case 'close':
      return `close ${action.tandemId} #${action.number}`;
    case 'close-duplicate':
      return `close-duplicate ${action.tandemId} #${action.number} of #${action.duplicateOf}`;
    case 'update':
    case 'reopen': {
      const { title, body, addLabels, addAssignees } = action.changes;
      const changed = [
        ...(title !== undefined ? ['title'] : []),
        ...(body !== undefined ? ['body'] : []),
        ...(addLabels ? [`+labels ${addLabels.join(' ')}`] : []),
        ...(addAssignees ? [`+assignees ${addAssignees.join(' ')}`] : []),
      ];
      return `${action.kind} ${action.tandemId} #${action.number}${changed.length > 0 ? ` (${changed.join(', ')})` : ''}`;
    }
  }
}

const planOf = (wanted: readonly DesiredIssue[], present: readonly ActualIssue[]): string[] =>
  planSync({
    programId: PROGRAM,
    desired: wanted,
    actual: present,
    closeComment: (tandemId) => `${tandemId} left the program`,
    duplicateComment: (canonical) => `duplicate of #${canonical}`,
  }).actions.map(describeAction);

// desired, actual → plan
const table: [string, DesiredIssue[], ActualIssue[], string[]][] = [
  ['a new tandem gets an issue', [desired('a')], [], ['create a']],
  ['an issue as the program wants it is left alone', [desired('a')], [actual(1, 'a')], ['unchanged a #1']],
  [
    'a changed title is written, and brings the people in',
    [desired('a')],
    [actual(1, 'a', { title: 'Old title', assignees: [] })],
    ['update a #1 (title, +assignees a-mentor a-mentee)'],
  ],
  [
    'a changed agenda rewrites a session still ahead',
    [desired('a', ['Meet', 'Agree', 'Plan'])],
    [actual(1, 'a')],
    ['update a #1 (body)'],
  ],
  [
    'a session with a ticked box is history: a changed agenda leaves it as it is',
    [desired('a', ['Meet', 'Agree', 'Plan'])],
    [actual(1, 'a', { body: bodyOf('a', ['[x] Meet', 'Agree']) })],
    ['unchanged a #1'],
  ],
  [
    'a missing label is added, a label of the pair stays',
    [desired('a')],
    [actual(1, 'a', { labels: ['tandem:pilot', 'their-own'] })],
    ['update a #1 (+labels mentoring)'],
  ],
  [
    'someone unassigned by hand stays unassigned while the people are the same',
    [desired('a')],
    [actual(1, 'a', { assignees: ['a-mentor'] })],
    ['unchanged a #1'],
  ],
  [
    'assignees are matched without regard to case',
    [desired('a')],
    [actual(1, 'a', { title: 'Old', assignees: ['A-Mentor', 'A-MENTEE'] })],
    ['update a #1 (title)'],
  ],
  [
    'a tandem back in the program gets its closed issue reopened; people who left are not assigned again',
    [desired('a')],
    [actual(4, 'a', { state: 'closed', assignees: [] })],
    ['reopen a #4'],
  ],
  ['a removed tandem has its issue closed', [], [actual(2, 'b')], ['close b #2']],
  ['a removed tandem whose issue is closed is left alone', [], [actual(2, 'b', { state: 'closed' })], []],
  [
    'two open issues for one tandem: the lowest number stays, the other is closed as its duplicate',
    [desired('a')],
    [actual(9, 'a'), actual(5, 'a')],
    ['unchanged a #5', 'close-duplicate a #9 of #5'],
  ],
  [
    'an open issue is kept over a lower closed one, which stays closed',
    [desired('a')],
    [actual(3, 'a', { state: 'closed' }), actual(8, 'a')],
    ['unchanged a #8'],
  ],
  [
    'issues of another program and issues without a marker are not Tandem’s to touch',
    [desired('a')],
    [
      actual(1, 'a', { body: bodyOf('a', ['Meet', 'Agree'], 'other-program') }),
      actual(2, 'a', { title: 'A question about the program', body: 'Who runs it?' }),
    ],
    ['create a'],
  ],
  [
    'the plan follows the program’s order of tandems, then the closes',
    [desired('b'), desired('a'), desired('c')],
    [actual(1, 'a'), actual(2, 'gone'), actual(3, 'b')],
    ['unchanged b #3', 'unchanged a #1', 'create c', 'close gone #2'],
  ],
];

describe('the sync plan, from the issues the program wants and the issues there are', () => {
  it.each(table)('%s', (_, wanted, present, expected) => {
    expect(planOf(wanted, present)).toEqual(expected);
  });

  it('the body of an update keeps the line the pair wrote under an item', () => {
    const withNote = bodyOf('a', ['Meet', 'Agree']).replace('- [ ] Meet\n', '- [ ] Meet\n  - our note\n');
    const [action] = planSync({
      programId: PROGRAM,
      desired: [desired('a', ['Meet', 'Agree', 'Plan'])],
      actual: [actual(1, 'a', { body: withNote })],
      closeComment: () => '',
      duplicateComment: () => '',
    }).actions;
    expect(action?.kind === 'update' && action.changes.body).toContain(
      '- [ ] Meet\n  - our note\n- [ ] Agree\n- [ ] Plan\n',
    );
  });
});

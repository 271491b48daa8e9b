import { describe, expect, it } from 'vitest';
import { issueMarker } from '../../src/core/issue-body/markers.js';
import { planSync } from '../../src/core/sync/plan-sync.js';
import type { ActualIssue, DesiredIssue } from '../../src/core/sync/sync-plan.js';

const desired = (tandemId: string, programId = 'pilot'): DesiredIssue => ({
  tandemId,
  defaultTandemId: tandemId,
  title: `Tandem ${tandemId}`,
  body: `${issueMarker(programId, tandemId)}\n\nbody\n`,
  labels: [`tandem:${programId}`],
  assignees: [],
});

const issue = (number: number, title: string, body: string, labels = ['tandem:pilot']): ActualIssue => ({
  number,
  title,
  body,
  state: 'open',
  labels,
  assignees: [],
});

const plan = (actual: ActualIssue[], extra: { formerly?: string[]; known?: string[] } = {}) =>
  planSync({
    programId: 'pilot',
    formerly: extra.formerly ?? [],
    knownProgramIds: new Set(['pilot', ...(extra.formerly ?? []), ...(extra.known ?? [])]),
    desired: [desired('a')],
    actual,
    closeComment: () => 'closed',
    duplicateComment: (n) => `duplicate of ${n}`,
  });

describe('which issue is a tandem’s, when its marker or label was lost', () => {
  it('adopts the one marker-less issue with the tandem’s exact title and puts the marker back', () => {
    const result = plan([issue(3, 'Tandem a', 'cleared by someone', [])]);
    expect(result.actions).toMatchObject([
      { kind: 'update', number: 3, repairs: ['label put back', 'marker put back'] },
    ]);
  });

  it('adopts nothing when two marker-less issues carry the title, and says so', () => {
    const result = plan([issue(3, 'Tandem a', ''), issue(4, 'Tandem a', '')]);
    expect(result.actions.map((action) => action.kind)).toEqual(['create']);
    expect(result.notes).toEqual([
      expect.stringMatching(/#3, #4 have this tandem's title but no marker; too unsure/),
    ]);
  });

  it('takes an issue of a former program id as its own and rewrites its marker', () => {
    const result = plan([issue(5, 'Tandem a', issueMarker('pilot-2026', 'a'), ['tandem:pilot-2026'])], {
      formerly: ['pilot-2026'],
    });
    expect(result.actions).toMatchObject([
      { kind: 'update', number: 5, repairs: ['label put back', 'marker pilot-2026/a → pilot/a'] },
    ]);
  });

  it('lists an open issue of a program no file has as orphaned, and leaves another program’s alone', () => {
    const result = plan(
      [
        issue(1, 'Tandem a', desired('a').body),
        issue(6, 'Tandem x', issueMarker('gone', 'x')),
        issue(7, 'Tandem y', issueMarker('other', 'y')),
      ],
      { known: ['other'] },
    );
    expect(result.actions.map((action) => action.kind)).toEqual(['unchanged']);
    expect(result.notes).toEqual([
      expect.stringMatching(/^#6 is orphaned: its program "gone" is in no program file/),
    ]);
  });
});

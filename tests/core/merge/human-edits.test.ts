import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/core/issue-body/checklist.js';
import {
  issueMarker,
  NOTES_MARKER,
  readIssueMarker,
  sessionMarker,
} from '../../../src/core/issue-body/markers.js';
import type { Program, Tandem } from '../../../src/core/program/program.js';
import { renderIssue } from '../../../src/core/render/render-issue.js';
import { scheduleSessions } from '../../../src/core/schedule/schedule-sessions.js';
import type { Session } from '../../../src/core/schedule/session.js';
import { renderDesiredIssue } from '../../../src/core/sync/desired-issues.js';
import { mergeIssueBody, mergeIssueBodyWithReport } from '../../../src/core/sync/merge-issue-body.js';
import { planSync } from '../../../src/core/sync/plan-sync.js';
import type { ActualIssue, DesiredIssue } from '../../../src/core/sync/sync-plan.js';
import { exampleProgram, exampleSessions, exampleTandem } from '../render/example-program.js';

/** Each bullet of issue 10's list of what people do to their issue, as it was seen to fail. */

const program = exampleProgram();
const sessions = exampleSessions(program);
const render = (list: readonly Session[], options: { program?: Program; tandem?: Tandem } = {}) =>
  renderIssue({
    program: options.program ?? program,
    tandem: options.tandem ?? exampleTandem,
    sessions: list,
  }).body;
const original = render(sessions);
const tick = (body: string, text: string) => {
  expect(body).toContain(`- [ ] ${text}\n`);
  return body.replace(`- [ ] ${text}\n`, `- [x] ${text}\n`);
};
const insertAfter = (body: string, line: string, added: string) => {
  expect(body).toContain(`${line}\n`);
  return body.replace(`${line}\n`, `${line}\n${added}\n`);
};
const ticked = (body: string) =>
  parseChecklist(body)
    .filter((item) => item.checked && !item.inNotes)
    .map((item) => `${item.sessionKey}: ${item.text}`);
const count = (body: string, text: string) => body.split(text).length - 1;
const withAgenda = (list: readonly Session[], key: string, agenda: readonly string[]) =>
  list.map((session) => (session.key === key ? { ...session, agenda } : session));

const FIRST = 'Mentor walks through three accounts the team admires and why they work';

describe('what the pair writes inside a session stays, and an unchanged program writes nothing', () => {
  const writing: [string, string][] = [
    ['a sub-item under a ticked agenda item', '  - we looked at three museum accounts'],
    ['a paragraph', '\nWe ran out of time; next time first the profile.\n'],
    ['a code block', '\n```js\nconsole.log("- [ ] not a box");\n```\n'],
    ['a #### heading', '\n#### What we tried\n'],
    ['a second line of their own item', '- [x] post once a week\n  on Mondays, before the team meeting'],
    ['a pasted image', '<img width="300" alt="screenshot" src="https://example.com/a.png">'],
  ];
  it.each(writing)('keeps %s byte for byte and plans no update', (_what, text) => {
    const actual = insertAfter(tick(original, FIRST), `- [x] ${FIRST}`, text);
    expect(mergeIssueBody(original, actual)).toBe(actual);
    expect(mergeIssueBody(original, actual, { today: '2027-03-01' })).toBe(actual);
  });
});

describe('a program item reworded a little keeps its tick', () => {
  const rewordings: [string, string][] = [
    ['a typo fixed', `${FIRST}.`],
    ['a word added', FIRST.replace('three accounts', 'three good accounts')],
    ['a capital changed', FIRST.replace('Mentor', 'mentor')],
  ];
  it.each(rewordings)('keeps the tick when %s, and reports it', (_what, reworded) => {
    const actual = tick(original, FIRST);
    const changed = render(
      sessions.map((session) =>
        session.key === 'topic-social-media-1'
          ? { ...session, agenda: session.agenda.map((item) => (item === FIRST ? reworded : item)) }
          : session,
      ),
    );
    const { body, report } = mergeIssueBodyWithReport(changed, actual);
    expect(ticked(body)).toEqual([`topic-social-media-1: ${reworded.replace('.', '.')}`]);
    expect(count(body, 'team admires')).toBe(1);
    expect(report.keptTicks).toEqual([{ sessionKey: 'topic-social-media-1', from: FIRST, to: reworded }]);
    expect(mergeIssueBody(changed, body)).toBe(body);
  });

  it('does not take a tick over to a different item', () => {
    const actual = tick(original, FIRST);
    const changed = render(withAgenda(sessions, 'topic-social-media-1', ['Something else entirely']));
    const { body, report } = mergeIssueBodyWithReport(changed, actual);
    // The ticked session is history: the old item stays with its tick, the new one is not added.
    expect(ticked(body)).toEqual([`topic-social-media-1: ${FIRST}`]);
    expect(body).not.toContain('Something else entirely');
    expect(report).toEqual({ keptTicks: [], droppedTicks: [] });
  });
});

describe('the past is frozen', () => {
  const schedule = (tandem: Tandem, programChanges: Partial<Program> = {}) => {
    const changed = exampleProgram(programChanges);
    return render(scheduleSessions(changed, tandem), { program: changed, tandem });
  };
  const before = schedule(exampleTandem);
  const today = '2027-02-20';
  const ticks = tick(tick(before, 'Share expectations and agree on roles'), FIRST);
  const pastHeadings = (body: string) =>
    body
      .split('\n')
      .filter(
        (line) => /^### \d+ · .* — .* (January|February) 2027/.test(line) && !line.includes('23 February'),
      );

  it('keeps the sessions that happened, with dates and ticks, when the cadence changes to monthly', () => {
    const monthly = { ...exampleTandem, cadence: { unit: 'month' as const, every: 1, text: 'monthly' } };
    const desired = schedule(monthly);
    const merged = mergeIssueBody(desired, ticks, { today });
    expect(pastHeadings(merged)).toEqual(pastHeadings(before));
    expect(ticked(merged)).toEqual([
      'kickoff: Share expectations and agree on roles',
      `topic-social-media-1: ${FIRST}`,
    ]);
    const keys = parseChecklist(merged).map((item) => item.sessionKey);
    expect(new Set(keys).size).toBe(new Set(keys.filter(Boolean)).size);
    expect(mergeIssueBody(desired, merged, { today })).toBe(merged);
  });

  it('keeps the sessions that happened when the duration is shortened to before today', () => {
    const short = { ...exampleTandem, end: '2027-01-31' };
    const desired = schedule(short);
    const merged = mergeIssueBody(desired, ticks, { today });
    expect(pastHeadings(merged)).toEqual(pastHeadings(before));
    expect(ticked(merged)).toEqual([
      'kickoff: Share expectations and agree on roles',
      `topic-social-media-1: ${FIRST}`,
    ]);
    expect(mergeIssueBody(desired, merged, { today })).toBe(merged);
  });

  it('re-plans only the sessions still ahead', () => {
    const reworded = exampleProgram({
      agenda: { ...program.agenda, retrospective: ['A new last question'] },
    });
    const desired = render(scheduleSessions(reworded, exampleTandem), { program: reworded });
    const merged = mergeIssueBody(desired, before, { today });
    expect(merged).toContain('- [ ] A new last question');
    expect(merged).not.toContain('What stays with you?');
  });
});

describe('compaction to fit GitHub’s limit', () => {
  const long = (n: number) => `${'A long agenda item that explains a lot. '.repeat(8)}${n}`;
  const topics = program.topics.map((topic, index) => ({
    ...topic,
    agenda: [long(index * 3), long(index * 3 + 1), long(index * 3 + 2)],
  }));
  const big = exampleProgram({ topics });
  const sessionsUntil = (end: string) =>
    scheduleSessions(big, { ...exampleTandem, end, cadence: { unit: 'week', every: 1, text: 'weekly' } });

  it('never resets a tick or cuts the pair’s words when the issue must be compacted', () => {
    const fits = render(sessionsUntil('2027-06-30'), { program: big });
    const firstTopicItem = topics[0]!.agenda[0]!;
    expect(fits).toContain(`- [ ] ${firstTopicItem}`);
    const words = `We wrote this. ${'Every word counts. '.repeat(20)}`;
    const actual = insertAfter(tick(fits, firstTopicItem), `- [x] ${firstTopicItem}`, `  ${words}`);
    const grown = render(sessionsUntil('2028-06-30'), { program: big });
    expect(grown).not.toContain(firstTopicItem);
    const merged = mergeIssueBody(grown, actual, { today: '2027-01-01' });
    expect(ticked(merged)).toEqual([`topic-social-media-1: ${firstTopicItem}`]);
    expect(merged).toContain(`  ${words}\n`);
    expect(merged.length).toBeLessThanOrEqual(65_536);
  });
});

describe('an issue that no longer fits with what the pair wrote', () => {
  it('shrinks only Tandem’s text of the sessions ahead, keeping the pair’s notes and the ticks of the past', () => {
    const long = (n: number) => `${'A long agenda item that explains a lot. '.repeat(8)}${n}`;
    const topics = program.topics.map((topic, index) => ({
      ...topic,
      agenda: [long(index * 3), long(index * 3 + 1), long(index * 3 + 2)],
    }));
    const tandem = {
      ...exampleTandem,
      end: '2027-12-20',
      cadence: { unit: 'week' as const, every: 1, text: 'weekly' },
    };
    const big = exampleProgram({ topics, tandems: [tandem] });
    const desired = renderDesiredIssue(big, tandem);
    expect(desired.body.length).toBeGreaterThan(55_000);
    const notes = `\n${'Our long notes. '.repeat(1_000)}`.slice(0, 65_536 - desired.body.length + 2_000);
    const first = topics[0]!.agenda[0]!;
    const actual = tick(desired.body, first) + notes;
    const plan = planSync({
      programId: big.id,
      today: '2027-02-01',
      desired: [desired],
      actual: [{ number: 1, title: desired.title, body: actual, state: 'open', labels: [], assignees: [] }],
      closeComment: () => '',
      duplicateComment: () => '',
    });
    const action = plan.actions[0]!;
    const body = action.kind === 'update' ? action.changes.body! : '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.endsWith(notes)).toBe(true);
    expect(ticked(body)).toEqual([`topic-social-media-1: ${first}`]);
  });
});

describe('a pasted copy of a marker is the pair’s text', () => {
  const other = issueMarker(program.id, 'someone-else');
  const desired: DesiredIssue = {
    tandemId: exampleTandem.id,
    title: 'Tandem: ours',
    body: original,
    labels: ['tandem:x'],
    assignees: ['lea-schmidt', 'martin-weber'],
  };
  const otherDesired: DesiredIssue = {
    ...desired,
    tandemId: 'someone-else',
    title: 'Tandem: theirs',
    body: original.replace(issueMarker(program.id, exampleTandem.id), other),
  };
  const issue = (number: number, body: string, title: string): ActualIssue => ({
    number,
    title,
    body,
    state: 'open',
    labels: ['tandem:x'],
    assignees: [],
  });

  it('keeps the issue its own tandem’s when the pair pastes another tandem’s issue marker above the real one', () => {
    const pasted = `${other}\n${original}`;
    expect(readIssueMarker(pasted)).toEqual({ programId: program.id, tandemId: exampleTandem.id });
    const plan = planSync({
      programId: program.id,
      desired: [desired, otherDesired],
      actual: [issue(1, otherDesired.body, 'Tandem: theirs'), issue(2, pasted, 'Tandem: ours')],
      closeComment: () => 'closed',
      duplicateComment: () => 'duplicate',
    });
    expect(
      plan.actions.map((action) => [action.kind, action.tandemId, 'number' in action ? action.number : 0]),
    ).toEqual([
      ['unchanged', exampleTandem.id, 2],
      ['unchanged', 'someone-else', 1],
    ]);
  });

  it('ignores a session marker pasted into a session', () => {
    const actual = insertAfter(
      original,
      `- [ ] ${FIRST}`,
      `  ${sessionMarker('retrospective')}\n- [ ] ${'What comes next?'}`,
    );
    expect(mergeIssueBody(original, actual)).toBe(actual);
  });
});

describe('damaged structure is repaired without duplicating or losing anything', () => {
  it('keeps a session whose marker the pair deleted, with its ticks, and copies nothing into the previous one', () => {
    const actual = tick(original, FIRST).replace(`${sessionMarker('topic-social-media-1')}\n`, '');
    const merged = mergeIssueBody(original, actual);
    expect(count(merged, FIRST)).toBe(1);
    expect(ticked(merged)).toEqual([`topic-social-media-1: ${FIRST}`]);
    expect(count(merged, '### 2 · Social media')).toBe(1);
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });

  it('does not duplicate the sessions when the pair moved the notes marker above them', () => {
    const withNotes = `${original}\n\nOur notes.\n`;
    const moved = tick(withNotes, FIRST)
      .replace(`${NOTES_MARKER}\n`, '')
      .replace('## Your sessions\n', `${NOTES_MARKER}\n## Your sessions\n`);
    const merged = mergeIssueBody(original, moved);
    for (const session of sessions) expect(count(merged, sessionMarker(session.key))).toBe(1);
    expect(count(merged, FIRST)).toBe(1);
    expect(ticked(merged)).toEqual([`topic-social-media-1: ${FIRST}`]);
    expect(merged).toContain('Our notes.');
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });

  it('leaves an item the pair moved to another session only where they moved it', () => {
    const item = 'What comes next?';
    const actual = insertAfter(
      original.replace(`- [ ] ${item}\n`, ''),
      '- [ ] Agree that what is said here stays here',
      `- [ ] ${item}`,
    );
    const merged = mergeIssueBody(original, actual);
    expect(count(merged, `- [ ] ${item}`)).toBe(1);
    expect(merged).toBe(actual);
  });

  it('folds a session the pair duplicated into one, keeping every tick and word', () => {
    const start = original.indexOf('### 2 · Social media');
    const end = original.indexOf('### 3 ·');
    const copy = original.slice(start, end);
    const actual =
      original.slice(0, end) +
      tick(copy, FIRST).replace(`- [x] ${FIRST}\n`, `- [x] ${FIRST}\n  our sub-note\n`) +
      original.slice(end);
    const merged = mergeIssueBody(original, actual);
    expect(count(merged, sessionMarker('topic-social-media-1'))).toBe(1);
    expect(count(merged, FIRST)).toBe(1);
    expect(ticked(merged)).toEqual([`topic-social-media-1: ${FIRST}`]);
    expect(merged).toContain('  our sub-note\n');
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });
});

import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/core/issue-body/checklist.js';
import { formerSessionMarker, NOTES_MARKER } from '../../../src/core/issue-body/markers.js';
import { renderIssue } from '../../../src/core/render/render-issue.js';
import type { Session } from '../../../src/core/schedule/session.js';
import { mergeIssueBody, mergeIssueBodyWithReport } from '../../../src/core/sync/merge-issue-body.js';
import { exampleProgram, exampleSessions, exampleTandem } from '../render/example-program.js';

const program = exampleProgram();
const sessions = exampleSessions(program);
const render = (list: readonly Session[]) =>
  renderIssue({ program, tandem: exampleTandem, sessions: list }).body;
const tick = (body: string, text: string) => body.replace(`- [ ] ${text}`, `- [x] ${text}`);
const addAfter = (body: string, line: string, added: string) => {
  expect(body).toContain(`${line}\n`);
  return body.replace(`${line}\n`, `${line}\n${added}\n`);
};
const items = (body: string) =>
  parseChecklist(body)
    .filter((item) => !item.inNotes)
    .map((item) => `${item.checked ? 'x' : ' '} ${item.sessionKey ?? '-'}: ${item.text}`);
const withAgenda = (key: string, agenda: readonly string[]) =>
  sessions.map((session) => (session.key === key ? { ...session, agenda } : session));

const original = render(sessions);
const NOTES_PART =
  '\n## Notes\n\nOur own words.\n- [x] a box in the notes\n```\n<!-- tandem:session kickoff -->\n```\n';
const withNotes = (body: string) =>
  body.slice(0, body.indexOf(NOTES_MARKER) + NOTES_MARKER.length) + NOTES_PART;

describe('mergeIssueBody', () => {
  it('changes nothing, byte for byte, when the program did not change', () => {
    const actual = withNotes(
      addAfter(tick(original, 'What stays with you?'), '- [ ] What comes next?', '* [X] our own item'),
    );
    expect(mergeIssueBody(original, actual)).toBe(actual);
  });

  it('keeps ticks when sessions still ahead move to other dates and numbers', () => {
    const actual = tick(original, 'What comes next?');
    const moved = sessions.map((session, index) => ({
      ...session,
      number: index + 2,
      date: `2027-03-0${index + 1}`,
    }));
    const merged = mergeIssueBody(render(moved), actual, { today: '2027-01-01' });
    expect(merged).toContain('### 2 · Kickoff — Monday, 1 March 2027, 16:00');
    expect(items(merged).filter((item) => item.startsWith('x'))).toEqual([
      'x retrospective: What comes next?',
    ]);
    expect(mergeIssueBody(render(moved), merged, { today: '2027-01-01' })).toBe(merged);
  });

  it('keeps the pair’s own items where they put them when the program adds an item', () => {
    const nested = addAfter(
      original,
      '- [ ] Share expectations and agree on roles',
      '  - [ ] nested under Tandem’s item',
    );
    // Right above the session's first item (under its calendar line).
    const firstItem = nested.indexOf(
      '\n- [ ] Mentor shows three',
      nested.indexOf('session=topic-ai-tools-1'),
    );
    const actual = `${nested.slice(0, firstItem)}\n1. [ ] first in the session${nested.slice(firstItem)}`;
    const changed = withAgenda('kickoff', [...program.agenda.kickoff, 'A new kickoff item']);
    const merged = mergeIssueBody(render(changed), actual);
    expect(merged).toContain(
      '- [ ] Share expectations and agree on roles\n  - [ ] nested under Tandem’s item\n- [ ] Agree that what is said here stays here\n- [ ] A new kickoff item\n',
    );
    expect(merged).toContain('\n\n1. [ ] first in the session\n- [ ] Mentor shows three');
  });

  it('treats a Tandem item whose text the pair edited as theirs, and renders the program’s again', () => {
    const actual = original.replace(
      '- [ ] What stays with you?',
      '- [ ] What stays with you? (we wrote this down)',
    );
    const merged = mergeIssueBody(original, actual);
    expect(items(merged).filter((item) => item.includes('retrospective'))).toEqual([
      '  retrospective: What stays with you? (we wrote this down)',
      '  retrospective: What stays with you?',
      '  retrospective: What comes next?',
    ]);
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });

  it('drops an item the program removed from a session still ahead', () => {
    const changed = withAgenda('retrospective', ['What stays with you?']);
    const merged = mergeIssueBody(render(changed), original);
    expect(merged).not.toContain('What comes next?');
  });

  it('keeps the pair’s text of a removed session before the notes and brings it home when it returns', () => {
    const actual = withNotes(
      addAfter(
        original,
        "- [ ] Discuss limits, data protection and our company's rules on AI use",
        '- [x] try the assistant at home\n\n  A paragraph of ours.',
      ),
    ).replace('- [x] try', '- [ ] try');
    const without = render(sessions.filter((session) => session.key !== 'topic-ai-tools-1'));
    const merged = mergeIssueBody(without, actual);
    expect(merged).not.toContain('Mentor shows three everyday uses');
    expect(merged).toContain(
      `### Items from sessions that no longer exist\n\n${formerSessionMarker('topic-ai-tools-1')}\n- [ ] try the assistant at home\n\n  A paragraph of ours.\n\n${NOTES_MARKER}${NOTES_PART}`,
    );
    expect(mergeIssueBody(without, merged)).toBe(merged);

    const back = mergeIssueBody(original, merged);
    expect(back).not.toContain('Items from sessions that no longer exist');
    expect(back).toContain(
      "and our company's rules on AI use\n- [ ] try the assistant at home\n\n  A paragraph of ours.\n",
    );
  });

  it('writes the former-sessions heading in the program language', () => {
    const actual = addAfter(original, '- [ ] What comes next?', '- [ ] ours');
    const merged = mergeIssueBody(render(sessions.slice(0, 3)), actual, { language: 'de' });
    expect(merged).toContain('### Punkte aus Treffen, die es nicht mehr gibt\n');
  });

  it('matches repeated texts in order', () => {
    const repeated = withAgenda('retrospective', ['Same', 'Other', 'Same']);
    const actual = render(repeated).replace(
      /- \[ \] Same\n- \[ \] Other\n- \[ \] Same/,
      '- [ ] Same\n- [ ] Other\n- [x] Same',
    );
    const merged = mergeIssueBody(render(withAgenda('retrospective', ['Same', 'Same'])), actual);
    // The session is ticked, so it is history: its items stay as they were.
    expect(items(merged).slice(-3)).toEqual([
      '  retrospective: Same',
      '  retrospective: Other',
      'x retrospective: Same',
    ]);
  });

  it('carries the notes over byte for byte, whatever they contain', () => {
    const notes = `\r\n${NOTES_MARKER}\n- [ ] looks like an item\n<!-- tandem:session kickoff -->\n\`\`\`\nunclosed fence`;
    const actual = original.slice(0, original.indexOf(NOTES_MARKER) + NOTES_MARKER.length) + notes;
    const merged = mergeIssueBody(render(sessions.slice(1)), actual);
    expect(merged.endsWith(NOTES_MARKER + notes)).toBe(true);
    expect(merged.indexOf(NOTES_MARKER)).toBe(merged.length - notes.length - NOTES_MARKER.length);
  });

  it('writes the notes section again below the pair’s text when they deleted the notes marker', () => {
    const actual = withNotes(tick(original, 'What comes next?')).replace(`${NOTES_MARKER}\n`, '');
    const merged = mergeIssueBody(original, actual);
    const desiredNotes = original.slice(original.indexOf(NOTES_MARKER));
    expect(merged.endsWith(`${desiredNotes}\n${NOTES_PART.slice('\n## Notes\n\n'.length)}`)).toBe(true);
    expect(items(merged).slice(-1)).toEqual(['x retrospective: What comes next?']);
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });

  it('keeps everything of a body that has none of Tandem’s markers, above Tandem’s', () => {
    const merged = mergeIssueBody(original, 'Someone replaced the body.\n- [x] with this');
    expect(merged).toBe(`Someone replaced the body.\n- [x] with this\n${original}`);
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });

  it('writes Tandem’s part with CRLF when the pair saved the body in GitHub’s editor', () => {
    const actual = tick(original, 'What comes next?').replace(/\n/g, '\r\n');
    expect(mergeIssueBody(original, actual)).toBe(actual);
    const changed = withAgenda('kickoff', ['A new kickoff item']);
    const merged = mergeIssueBody(render(changed), actual);
    expect(merged).toContain('- [ ] A new kickoff item\r\n');
    expect(merged.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('keeps the pair’s items of an issue written before item records existed', () => {
    const actual = tick(original, 'What comes next?').replace(/<!-- tandem:(items|head|tail)[^>]*-->\n/g, '');
    const merged = mergeIssueBody(original, actual);
    // The ticked session is history; its items are known by their texts.
    expect(items(merged).slice(-2)).toEqual([
      '  retrospective: What stays with you?',
      'x retrospective: What comes next?',
    ]);
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });

  it('keeps what the pair wrote in the introduction after the line it followed', () => {
    const actual = original.replace('### Your goals\n', '### Your goals\n\n- [x] a goal as a box\n');
    const changed = renderIssue({
      program: exampleProgram({ title: 'Renamed' }),
      tandem: exampleTandem,
      sessions,
    }).body;
    const merged = mergeIssueBody(changed, actual);
    expect(merged).toContain('### Your goals\n\n- [x] a goal as a box\n\n- Martin publishes');
    expect(merged).toContain('**Renamed**');
    expect(merged).not.toContain('Digital Leadership**');
    expect(mergeIssueBody(changed, merged)).toBe(merged);
  });

  it('reports no tick kept or dropped when nothing changed', () => {
    const actual = tick(original, 'What comes next?');
    expect(mergeIssueBodyWithReport(original, actual).report).toEqual({ keptTicks: [], droppedTicks: [] });
  });
});

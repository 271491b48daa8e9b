import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/core/checklist.js';
import { formerSessionMarker, NOTES_MARKER } from '../../../src/core/markers.js';
import { mergeIssueBody } from '../../../src/core/merge-issue-body.js';
import { renderIssue } from '../../../src/core/render/render-issue.js';
import type { Session } from '../../../src/core/session.js';
import { exampleProgram, exampleSessions, exampleTandem } from '../render/example-program.js';

const program = exampleProgram();
const sessions = exampleSessions(program);
const render = (list: readonly Session[]) =>
  renderIssue({ program, tandem: exampleTandem, sessions: list }).body;
const tick = (body: string, text: string) => body.replace(`- [ ] ${text}`, `- [x] ${text}`);
const addAfter = (body: string, line: string, added: string) =>
  body.replace(`${line}\n`, `${line}\n${added}\n`);
const items = (body: string) =>
  parseChecklist(body)
    .filter((item) => !item.inNotes)
    .map((item) => `${item.checked ? 'x' : ' '} ${item.sessionKey ?? '-'}: ${item.text}`);

const original = render(sessions);
const NOTES_PART =
  '\n## Notes\n\nOur own words.\n- [x] a box in the notes\n```\n<!-- tandem:session kickoff -->\n```\n';
const withNotes = (body: string) =>
  body.slice(0, body.indexOf(NOTES_MARKER) + NOTES_MARKER.length) + NOTES_PART;

describe('mergeIssueBody', () => {
  it('changes nothing when the program did not change', () => {
    const actual = withNotes(
      addAfter(tick(original, 'What stays with you?'), '- [ ] What comes next?', '* [X] our own item'),
    );
    const merged = mergeIssueBody(original, actual);
    expect(merged).toBe(actual.replace('* [X] our own item', '- [x] our own item'));
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });

  it('keeps own items that start with emphasis, a code span or HTML exactly as written', () => {
    const own = ['- [x] **bold** plan of ours', '- [ ] `npm test` together', '- [x] <kbd>Ctrl</kbd> tricks'];
    const actual = addAfter(original, '- [ ] What comes next?', own.join('\n'));
    const merged = mergeIssueBody(original, actual);
    expect(merged).toBe(actual);
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });

  it('keeps ticks when sessions move to other dates and numbers', () => {
    const actual = tick(tick(original, 'Share expectations and agree on roles'), 'What comes next?');
    const moved = sessions.map((session, index) => ({
      ...session,
      number: index + 2,
      date: `2027-03-0${index + 1}`,
    }));
    const merged = mergeIssueBody(render(moved), actual);
    expect(merged).toContain('### 2 · Kickoff — Monday, 1 March 2027, 16:00');
    expect(items(merged).filter((item) => item.startsWith('x'))).toEqual([
      'x kickoff: Share expectations and agree on roles',
      'x retrospective: What comes next?',
    ]);
  });

  it('keeps the pair’s own items in their session, after the rendered ones, ticked or not', () => {
    const actual = addAfter(
      addAfter(original, '- [ ] Share expectations and agree on roles', '  - [x] nested under Tandem’s item'),
      '<!-- tandem:session topic-ai-tools-1 -->',
      '1. [ ] first in the session',
    );
    const changed = sessions.map((session) =>
      session.key === 'kickoff' ? { ...session, agenda: [...session.agenda, 'A new kickoff item'] } : session,
    );
    const merged = mergeIssueBody(render(changed), actual);
    expect(merged).toContain(
      '- [ ] Agree that what is said here stays here\n- [ ] A new kickoff item\n- [x] nested under Tandem’s item\n',
    );
    expect(merged).toContain(
      "- [ ] Discuss limits, data protection and our company's rules on AI use\n- [ ] first in the session\n",
    );
  });

  it('treats a Tandem item whose text the pair edited as theirs', () => {
    const actual = original.replace(
      '- [ ] What stays with you?',
      '- [x] What stays with you? (we wrote this down)',
    );
    const merged = mergeIssueBody(original, actual);
    expect(items(merged).filter((item) => item.includes('retrospective'))).toEqual([
      '  retrospective: What stays with you?',
      '  retrospective: What comes next?',
      'x retrospective: What stays with you? (we wrote this down)',
    ]);
  });

  it('drops an item the program removed, even when it was ticked', () => {
    const actual = tick(original, 'What comes next?');
    const changed = sessions.map((session) =>
      session.key === 'retrospective' ? { ...session, agenda: ['What stays with you?'] } : session,
    );
    const merged = mergeIssueBody(render(changed), actual);
    expect(merged).not.toContain('What comes next?');
  });

  it('keeps the pair’s items of a removed session before the notes and brings them home when it returns', () => {
    const actual = withNotes(
      addAfter(
        tick(original, 'Mentor shows three everyday uses of AI assistants in their job'),
        "- [ ] Discuss limits, data protection and our company's rules on AI use",
        '- [x] try the assistant at home',
      ),
    );
    const without = render(sessions.filter((session) => session.key !== 'topic-ai-tools-1'));
    const merged = mergeIssueBody(without, actual);
    expect(merged).not.toContain('Mentor shows three everyday uses');
    expect(merged).toContain(
      `### Items from sessions that no longer exist\n\n${formerSessionMarker('topic-ai-tools-1')}\n- [x] try the assistant at home\n\n${NOTES_MARKER}${NOTES_PART}`,
    );
    expect(mergeIssueBody(without, merged)).toBe(merged);

    const back = mergeIssueBody(original, merged);
    expect(back).not.toContain('Items from sessions that no longer exist');
    expect(back).toContain("and our company's rules on AI use\n- [x] try the assistant at home\n");
  });

  it('writes the former-sessions heading in the program language', () => {
    const actual = addAfter(original, '- [ ] What comes next?', '- [ ] ours');
    const merged = mergeIssueBody(render(sessions.slice(0, 3)), actual, { language: 'de' });
    expect(merged).toContain('### Punkte aus Treffen, die es nicht mehr gibt\n');
  });

  it('matches repeated texts in order', () => {
    const repeated = sessions.map((session) =>
      session.key === 'retrospective' ? { ...session, agenda: ['Same', 'Other', 'Same'] } : session,
    );
    const body = render(repeated);
    const actual = body.replace(
      /- \[ \] Same\n- \[ \] Other\n- \[ \] Same/,
      '- [ ] Same\n- [ ] Other\n- [x] Same',
    );
    const twice = repeated.map((session) =>
      session.key === 'retrospective' ? { ...session, agenda: ['Same', 'Same'] } : session,
    );
    expect(items(mergeIssueBody(render(twice), actual)).slice(-2)).toEqual([
      '  retrospective: Same',
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

  it('keeps the desired notes and appends the pair’s text when they deleted the notes marker', () => {
    const actual = withNotes(tick(original, 'What comes next?')).replace(`${NOTES_MARKER}\n`, '');
    const merged = mergeIssueBody(original, actual);
    const desiredNotes = original.slice(original.indexOf(NOTES_MARKER));
    expect(merged.endsWith(`${desiredNotes}\nOur own words.\n\`\`\`\n\`\`\``)).toBe(true);
    expect(items(merged).slice(-2)).toEqual([
      'x retrospective: What comes next?',
      'x retrospective: a box in the notes',
    ]);
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });

  it('keeps everything of a body that has none of Tandem’s markers', () => {
    const merged = mergeIssueBody(original, 'Someone replaced the body.\n- [x] with this');
    expect(merged.split('\n').slice(0, 2)).toEqual([original.split('\n')[0], '- [x] with this']);
    expect(
      merged.endsWith(`${original.slice(original.indexOf(NOTES_MARKER))}\nSomeone replaced the body.`),
    ).toBe(true);
  });

  it('writes Tandem’s part with CRLF when the pair saved the body in GitHub’s editor', () => {
    const actual = tick(original, 'What comes next?').replace(/\n/g, '\r\n');
    expect(mergeIssueBody(original, actual)).toBe(actual);
  });

  it('keeps all unmatched items of an issue written before item records existed', () => {
    const actual = tick(original, 'What comes next?').replace(/<!-- tandem:items[^>]*-->\n/g, '');
    const changed = sessions.map((session) =>
      session.key === 'retrospective' ? { ...session, agenda: ['What stays with you?'] } : session,
    );
    expect(items(mergeIssueBody(render(changed), actual)).slice(-2)).toEqual([
      '  retrospective: What stays with you?',
      'x retrospective: What comes next?',
    ]);
  });

  it('puts items the pair added before the first session right after the issue marker', () => {
    const actual = original.replace('### Your goals\n', '### Your goals\n\n- [x] a goal as a box\n');
    const merged = mergeIssueBody(original, actual);
    expect(merged.split('\n').slice(0, 2)).toEqual([original.split('\n')[0], '- [x] a goal as a box']);
    expect(mergeIssueBody(original, merged)).toBe(merged);
  });
});

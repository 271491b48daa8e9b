import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../src/core/checklist.js';
import { formerSessionMarker, NOTES_MARKER, sessionMarker } from '../../src/core/markers.js';
import { scanTaskList } from '../../src/core/progress/scan-task-list.js';
import { scheduleSessions } from '../../src/core/schedule-sessions.js';
import { makeProgram } from '../core/schedule/make-program.js';
import { buildIssueBody } from './issue-body.js';

const EDGE_CASES: readonly string[] = [
  '- [x] lower\n- [X] upper\n- [ ] open',
  '* [x] star\n+ [ ] plus\n1. [x] ordered\n2) [ ] paren',
  '- [x] outer\n  - [x] nested\n    - [ ] deeper',
  '> - [x] quoted\n> > - [ ] twice quoted',
  '```\n- [x] fenced\n```\n- [x] after',
  '~~~md\n- [x] tilde\n~~~',
  '````\n```\n- [x] inner fence\n```\n````',
  'Example:\n\n    - [x] indented code\n\n- [ ] real',
  '- [x] real\n\n    - [x] continuation, not code',
  '<!--\n- [x] commented out\n-->\n- [x] real',
  '<details>\n- [x] inside an HTML block\n</details>\n\n- [x] after a blank line',
  '- [x]no space\n- [x]\tTab\n- [x]',
  '- [x]   \n- [ ] trailing',
  '- text [x] later\n- [y] letter\n- \\[x] escaped',
  '- [x] lazy\ncontinuation line',
  '-\n  [x] first line empty',
  '- [x] heading?\n  ---',
  '| a | b |\n| --- | --- |\n| - [x] cell | c |',
  '- [ ] a\n\n  ```\n  - [x] code in an item\n  ```\n- [x] b',
  `${sessionMarker('kickoff')}\n- [x] one\n> ${sessionMarker('checkin')}\n- [ ] still kickoff`,
  `- [x] before\n${sessionMarker('kickoff')}\n- [ ] in kickoff\n${formerSessionMarker('topic-x-1')}\n- [x] former`,
  `${sessionMarker('kickoff')}\n- [x] a\n\n${NOTES_MARKER}\n- [x] note\n${sessionMarker('checkin')}\n- [ ] still notes`,
  `\`\`\`\n${NOTES_MARKER}\n\`\`\`\n- [x] not in notes`,
  '- [x] crlf\r\n- [ ] lines\r\n',
];

describe('scanTaskList', () => {
  it.each(EDGE_CASES.map((markdown) => [JSON.stringify(markdown).slice(0, 60), markdown]))(
    'reads %s as parseChecklist does',
    (_name, markdown) => {
      expect(scanTaskList(markdown)).toEqual(parseChecklist(markdown));
    },
  );

  it('reads an issue body as parseChecklist does', () => {
    const program = makeProgram();
    const sessions = scheduleSessions(program, program.tandems[0]!);
    const body = buildIssueBody({
      programId: program.id,
      tandemId: 'x',
      sessions,
      ticks: { kickoff: [true, false], checkin: [true] },
      notes: '- [x] mine\n\n```\n- [ ] code\n```',
    });
    expect(scanTaskList(body)).toEqual(parseChecklist(body));
    expect(scanTaskList(body).filter((item) => item.checked)).toHaveLength(3);
  });

  it('agrees with parseChecklist on random mixtures of lists, quotes, code, HTML and markers', () => {
    const fragment = fc.constantFrom(
      '- [x] done',
      '- [ ] open',
      '* [X] upper',
      '1. [ ] ordered',
      '  - [x] nested',
      '    - [x] deep',
      '> - [x] quoted',
      '```',
      '~~~',
      '    indented',
      '<!--',
      '-->',
      '<div>',
      '</div>',
      '',
      '',
      'text',
      '- plain item',
      '---',
      '| a | b |',
      '| - | - |',
      sessionMarker('kickoff'),
      sessionMarker('checkin'),
      formerSessionMarker('topic-old-1'),
      NOTES_MARKER,
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const markdown = parts.join('\n');
        expect(scanTaskList(markdown)).toEqual(parseChecklist(markdown));
      }),
      { numRuns: 400 },
    );
  });
});

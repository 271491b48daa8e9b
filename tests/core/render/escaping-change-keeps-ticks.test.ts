import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/core/issue-body/checklist.js';
import { itemRecordMarker } from '../../../src/core/issue-body/item-record.js';
import { renderIssue } from '../../../src/core/render/render-issue.js';
import { mergeIssueBody } from '../../../src/core/sync/merge-issue-body.js';
import { exampleProgram, exampleSessions, exampleTandem } from './example-program.js';

const NEW = 'Mentee tries an assistant on a real task (summary, draft, analysis) during the session';
const OLD = 'Mentee tries an assistant on a real task \\(summary, draft, analysis\\) during the session';

describe('the lighter escaping of program items', () => {
  it('keeps the tick of an item an earlier version rendered as `\\(summary, draft\\)`', () => {
    const program = exampleProgram();
    const { body } = renderIssue({ program, tandem: exampleTandem, sessions: exampleSessions(program) });
    const agenda = program.topics[1]!.agenda.map((text) => (text === NEW ? OLD : text));
    const lines = body.replace(`- [ ] ${NEW}`, `- [x] ${OLD}`).split('\n');
    const marker = lines.findIndex((line) => line.includes('tandem:session topic-ai-tools-1'));
    lines[marker + 1] = itemRecordMarker(agenda);
    const merged = mergeIssueBody(body, lines.join('\n'));
    const items = parseChecklist(merged).filter((item) => item.sessionKey === 'topic-ai-tools-1');
    expect(items.map((item) => [item.checked, item.text])).toEqual([
      [false, 'Mentor shows three everyday uses of AI assistants in their job'],
      [true, NEW],
      [false, "Discuss limits, data protection and our company's rules on AI use"],
    ]);
  });
});

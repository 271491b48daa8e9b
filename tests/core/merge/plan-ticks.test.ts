import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../../src/core/render/render-issue.js';
import { formatPlanMarkdown, formatPlanTable } from '../../../src/core/sync/format-plan.js';
import { planSync } from '../../../src/core/sync/plan-sync.js';
import { exampleProgram, exampleSessions, exampleTandem } from '../render/example-program.js';

const program = exampleProgram();
const sessions = exampleSessions(program);
const FIRST = 'Mentor walks through three accounts the team admires and why they work';

describe('the plan shows what a change does to the pair’s ticks', () => {
  it('lists "tick kept: old → new" per tandem for a reworded ticked item', () => {
    const before = renderIssue({ program, tandem: exampleTandem, sessions }).body;
    const reworded = sessions.map((session) => ({
      ...session,
      agenda: session.agenda.map((item) => (item === FIRST ? `${FIRST}.` : item)),
    }));
    const after = renderIssue({ program, tandem: exampleTandem, sessions: reworded }).body;
    const plan = planSync({
      programId: program.id,
      desired: [{ tandemId: exampleTandem.id, title: 'T', body: after, labels: [], assignees: [] }],
      actual: [
        {
          number: 7,
          title: 'T',
          body: before.replace(`- [ ] ${FIRST}`, `- [x] ${FIRST}`),
          state: 'open',
          labels: [],
          assignees: [],
        },
      ],
      closeComment: () => '',
      duplicateComment: () => '',
    });
    const line = `${exampleTandem.id} #7 topic-social-media-1: tick kept: ${FIRST} → ${FIRST}.`;
    expect(formatPlanTable(plan)).toContain(line);
    expect(formatPlanMarkdown([plan])).toContain(`\`\`\`text\n${line}\n\`\`\``);
  });
});

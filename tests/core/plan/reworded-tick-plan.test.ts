import { expect, it } from 'vitest';
import { renderDesiredIssues } from '../../../src/core/sync/desired-issues.js';
import { formatPlanTable } from '../../../src/core/sync/format-plan.js';
import { planSync } from '../../../src/core/sync/plan-sync.js';
import { summarizePlan } from '../../../src/core/sync/summarize-plan.js';
import { exampleProgram } from '../render/example-program.js';

it('says a reworded ticked item keeps its tick, and does not count it as dropped', () => {
  const before = exampleProgram();
  const [issue] = renderDesiredIssues(before);
  const ticked = issue!.body.replace('- [ ] What stays with you?', '- [x] What stays with you?');
  const after = exampleProgram({
    agenda: { ...before.agenda, retrospective: ['What stays with you now?', 'What comes next?'] },
  });
  const plan = planSync({
    programId: after.id,
    desired: renderDesiredIssues(after),
    actual: [
      {
        number: 1,
        title: issue!.title,
        body: ticked,
        state: 'open',
        labels: [...issue!.labels],
        assignees: [...issue!.assignees],
      },
    ],
    closeComment: () => '',
    duplicateComment: () => '',
  });
  expect(formatPlanTable(plan)).toContain('tick kept: What stays with you? → What stays with you now?');
  expect(summarizePlan(plan).join('\n')).not.toMatch(/dropped/);
});

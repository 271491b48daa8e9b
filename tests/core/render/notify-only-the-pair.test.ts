import { describe, expect, it } from 'vitest';
import { renderDesiredIssues } from '../../../src/core/sync/desired-issues.js';
import { formatPlanMarkdown } from '../../../src/core/sync/format-plan.js';
import { planSync } from '../../../src/core/sync/plan-sync.js';
import { closeComment, duplicateComment } from '../../../src/core/sync/sync-comments.js';
import { exampleProgram } from './example-program.js';
import { inspectGfm } from './gfm-inspect.js';

const HOSTILE_TITLE = 'Cohort #2 for @acme/leadership <b>';

describe('outputs other than the pair’s issue and reminders notify nobody', () => {
  it('the plan comment shows the issue title’s logins without mentioning anyone', () => {
    const program = exampleProgram({ title: HOSTILE_TITLE });
    const plan = planSync({
      programId: program.id,
      desired: renderDesiredIssues(program),
      actual: [],
      closeComment: () => closeComment(program),
      duplicateComment: (canonical) => duplicateComment(program, canonical),
    });
    const markdown = formatPlanMarkdown([plan]);
    expect(markdown).toContain(
      '| create | lea-schmidt-martin-weber | new | Tandem: @&#8203;lea-schmidt ↔ @&#8203;martin-weber · Cohort #\u200b2 for @\u200bacme/leadership <\u200bb> |',
    );
    for (const findings of inspectGfm(markdown)) {
      expect(findings.mentions).toEqual([]);
      expect(findings.references).toEqual([]);
      expect(findings.elements.b).toBeUndefined();
    }
  });

  it.each(['en', 'de'] as const)('the closing comment (%s) quotes the program title inert', (language) => {
    const comment = closeComment(exampleProgram({ title: HOSTILE_TITLE, language }));
    expect(comment).toContain('Cohort #&#8203;2 for @&#8203;acme/leadership &lt;b>');
    for (const findings of inspectGfm(comment)) {
      expect(findings).toEqual({ mentions: [], references: [], elements: { p: 1 }, comments: [] });
    }
  });

  it('the duplicate comment refers to the issue that stays, and to nothing else', () => {
    const [findings] = inspectGfm(duplicateComment(exampleProgram({ title: HOSTILE_TITLE }), 12));
    expect(findings!.references).toEqual(['#12']);
    expect(findings!.mentions).toEqual([]);
  });
});

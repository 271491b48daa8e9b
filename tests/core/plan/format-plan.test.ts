import { describe, expect, it } from 'vitest';
import { formatPlanDiffs, formatPlanMarkdown, formatPlanTable } from '../../../src/core/sync/format-plan.js';
import { summarizePlan } from '../../../src/core/sync/summarize-plan.js';
import { tuesdayPlan } from './plan-scenario.js';

describe('the plan of a program change, as a reviewer reads it', () => {
  const plan = tuesdayPlan();

  it('starts with a plain summary computed from the sessions before and after', () => {
    // The sessions with a ticked box are history: they keep their Monday and their ticks.
    expect(summarizePlan(plan)).toEqual([
      '1 new tandem issue, 6 sessions',
      '22 sessions move to Tuesdays',
      '2 agenda items removed',
    ]);
  });

  it('shows no hidden marker or record line, and no [X] → [x] as a change', () => {
    const text = `${formatPlanTable(plan)}\n${formatPlanDiffs(plan)}`;
    expect(text).not.toContain('<!--');
    expect(text).not.toMatch(/^-.*\[X\]/m);
  });

  it('for five tandems stays short: tandems with the same change share one diff', () => {
    const text = `${formatPlanTable(plan)}\n${formatPlanDiffs(plan)}`;
    expect(text.split('\n').length).toBeLessThan(80);
  });

  it('has the text shape of the snapshot', () => {
    expect(`${formatPlanTable(plan)}\n\n${formatPlanDiffs(plan)}\n`).toMatchSnapshot();
  });

  it('has the Markdown shape of the snapshot, each diff collapsed in <details>', () => {
    const markdown = formatPlanMarkdown([plan]);
    expect(markdown).toMatchSnapshot();
    expect(markdown.match(/<details>/g)?.length).toBeGreaterThan(0);
  });
});

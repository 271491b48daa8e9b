import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createMemoryOutput } from '../../src/commands/output.js';
import { runReportCommand } from '../../src/commands/report-command.js';
import { parseChecklist } from '../../src/core/issue-body/checklist.js';
import { renderDesiredIssues } from '../../src/core/sync/desired-issues.js';
import { referenceParseChecklist } from '../core/merge/reference-checklist.js';
import { generateProgramYaml } from '../fixtures/generate-program.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import type { StandIn } from '../stand-in/index.js';
import {
  AGENDA_TEXTS,
  commentsOf,
  FIXTURE_YAML,
  type Fixture,
  LOGINS,
  NOTE_TEXT,
  runReport,
  seedFixture,
  settingsFor,
  writeProgram,
} from './fixture-program.js';

let standIn: StandIn;
let fixture: Fixture;

useStandIn(
  (started) => (standIn = started),
  () => fixture?.cleanUp(),
);

describe('tandem report: figures', () => {
  it('gives the exact figures of the fixture’s ticks, counted as GitHub counts them', async () => {
    fixture = await seedFixture(standIn);
    const lea = standIn.state.issues.find(
      (issue) => issue.number === fixture.issues['lea-schmidt-martin-weber'],
    )!;
    expect(parseChecklist(lea.body!)).toEqual(referenceParseChecklist(lea.body!));

    const { exitCode, json } = await runReport(fixture, '2027-01-27', { isJson: true });
    expect(exitCode).toBe(0);
    expect(json.failures).toEqual([]);
    expect(json.reports[0]).toMatchObject({
      program: 'fixture-program',
      period: '2027-W04',
      today: '2027-01-27',
      status: 'behind',
      statusCounts: { 'not-started': 0, 'on-track': 1, behind: 2, finished: 0, closed: 1 },
      tandemCount: 4,
      withoutIssue: 1,
      itemsDone: 9,
      itemsTotal: 28,
      sessionsCompleted: 4,
      sessionsDue: 9,
      sessionsTotal: 18,
      discussion: { action: 'added', isNewDiscussion: true },
    });
    expect(json.reports[0]!.tandems).toBeUndefined();
  });

  it('lists each tandem’s figures by login with visibility tandems, without item texts or notes', async () => {
    fixture = await seedFixture(
      standIn,
      FIXTURE_YAML.replace('visibility: aggregate', 'visibility: tandems'),
    );
    const { json } = await runReport(fixture, '2027-01-27', { isJson: true });
    const byTandem = Object.fromEntries(json.reports[0]!.tandems!.map((row) => [row.tandem, row]));
    expect(byTandem).toMatchObject({
      'lea-schmidt-martin-weber': {
        status: 'on-track',
        itemsDone: 7,
        itemsTotal: 12,
        sessionsCompleted: 3,
        sessionsDue: 3,
      },
      'jonas-krause-sabine-hoffmann': { status: 'behind', itemsDone: 2, itemsTotal: 8, sessionsCompleted: 1 },
      'aylin-demir-thomas-becker': { status: 'closed', itemsDone: 1, itemsTotal: 11 },
      'noah-fischer-andrea-koch': {
        status: 'behind',
        itemsDone: 0,
        itemsTotal: 8,
        issue: null,
        lastActivity: null,
      },
    });
    const [comment] = commentsOf(standIn.state);
    for (const login of LOGINS) expect(comment).toContain(login);
    expect(comment).toContain('| lea-schmidt | martin-weber | On track | 7 / 12 | 3 / 3 |');
    expect(comment).toContain('| noah-fischer | andrea-koch | Behind | 0 / 8 | 0 / 3 | no issue yet |');
    for (const text of [...AGENDA_TEXTS, NOTE_TEXT, 'Martin publishes one post a month'])
      expect(comment).not.toContain(text);
    expect(comment).not.toMatch(/@[a-z]/);
  });

  it('names nobody and quotes no agenda item or note with visibility aggregate', async () => {
    fixture = await seedFixture(standIn);
    const { output } = await runReport(fixture, '2027-01-27');
    const [comment] = commentsOf(standIn.state);
    const discussion = standIn.state.discussions[0]!;
    for (const text of [
      comment!,
      discussion.body,
      discussion.title,
      output.summaries.join('\n'),
      output.lines.join('\n'),
    ]) {
      for (const login of LOGINS) expect(text).not.toContain(login);
      for (const agenda of [...AGENDA_TEXTS, NOTE_TEXT, 'Martin publishes one post a month']) {
        expect(text).not.toContain(agenda);
      }
    }
    expect(comment).toContain('**9 of 28** agenda items done (32 %)');
    expect(comment).toContain('```mermaid\npie title Tandems by status');
  });

  it('reads 150 tandem issues in two requests, the category’s discussions riding along with the second', async () => {
    const { root, program } = await writeProgram(
      `${generateProgramYaml(150)}report:\n  discussion:\n    category: Mentoring\n  period: week\n`,
    );
    fixture = {
      root,
      program,
      settings: settingsFor(standIn),
      issues: {},
      cleanUp: () => rm(root, { recursive: true, force: true }),
    };
    standIn.seed({
      discussionCategories: [{ name: 'Mentoring' }],
      issues: renderDesiredIssues(program).map((issue) => ({
        title: issue.title,
        body: issue.body,
        labels: [...issue.labels],
      })),
    });
    const output = createMemoryOutput();
    const result = await runReportCommand(
      {
        root,
        patterns: ['programs/fixture.yml'],
        github: fixture.settings,
        today: '2027-01-20',
        isDryRun: false,
        isJson: true,
      },
      output,
    );
    expect(result.json.reports[0]).toMatchObject({ tandemCount: 150, withoutIssue: 0, status: 'behind' });
    expect(standIn.log.map((entry) => entry.operation)).toEqual([
      'TandemIssues',
      'TandemIssues',
      // Not in the category: looked for in every category (a moderator may have moved it).
      'CategoryDiscussions',
      'CreateDiscussion',
      // Another run may have created one at the same moment: the lowest number stays.
      'CategoryDiscussions',
      'AddDiscussionComment',
      'LatestDiscussionComments',
    ]);
  });

  it('prints the report and posts nothing with --dry-run', async () => {
    fixture = await seedFixture(standIn);
    const { exitCode, output, json } = await runReport(fixture, '2027-01-27', { isDryRun: true });
    expect(exitCode).toBe(0);
    expect(json.reports[0]!.discussion.action).toBe('dry-run');
    expect(output.lines.join('\n')).toContain('**9 of 28** agenda items done');
    expect(standIn.counts()).toMatchObject({ writes: 0, total: 1 });
  });
});

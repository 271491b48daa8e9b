import { describe, expect, it } from 'vitest';
import { discussionMarker, reportMarker } from '../../src/core/issue-body/markers.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import type { StandIn } from '../stand-in/index.js';
import {
  commentsOf,
  FIXTURE_YAML,
  type Fixture,
  runReport,
  seedFixture,
  tickSession,
} from './fixture-program.js';

let standIn: StandIn;
let fixture: Fixture;

useStandIn(
  (started) => (standIn = started),
  () => fixture?.cleanUp(),
);

describe('tandem report: the discussion thread', () => {
  it('creates the discussion, edits the period’s comment on a re-run, and adds one in the next period', async () => {
    fixture = await seedFixture(standIn);
    const first = await runReport(fixture, '2027-01-27');
    expect(first.exitCode).toBe(0);
    expect(standIn.state.discussions).toHaveLength(1);
    const [discussion] = standIn.state.discussions;
    expect(discussion!.title).toBe('Fixture Program — progress');
    expect(discussion!.body).toContain(discussionMarker('fixture-program'));
    expect(commentsOf(standIn.state)).toHaveLength(1);
    expect(commentsOf(standIn.state)[0]).toContain(reportMarker('fixture-program', '2027-W04'));
    expect(first.reportUrl).toMatch(
      /^https:\/\/github\.com\/acme\/mentoring\/discussions\/\d+#discussioncomment-\d+$/,
    );

    // Same ISO week, after jonas and sabine ticked their AI-tools session: the same comment, edited.
    const jonas = standIn.state.issues.find(
      (issue) => issue.number === fixture.issues['jonas-krause-sabine-hoffmann'],
    )!;
    jonas.body = tickSession(jonas.body!, 'topic-ai-tools-1', 1);
    standIn.resetLog();
    const second = await runReport(fixture, '2027-01-31');
    expect(second.json.reports[0]!.discussion).toMatchObject({ action: 'updated', isNewDiscussion: false });
    expect(standIn.state.discussions).toHaveLength(1);
    expect(commentsOf(standIn.state)).toHaveLength(1);
    expect(commentsOf(standIn.state)[0]).toContain('**10 of 28** agenda items done');
    expect(commentsOf(standIn.state)[0]).toContain('As of Sunday, 31 January 2027');
    expect(standIn.log.map((entry) => entry.operation)).toEqual([
      'TandemIssues',
      'CategoryDiscussions',
      'UpdateDiscussionComment',
    ]);

    // Nothing changed: nothing written.
    standIn.resetLog();
    const third = await runReport(fixture, '2027-01-31');
    expect(third.json.reports[0]!.discussion.action).toBe('unchanged');
    expect(standIn.counts().writes).toBe(0);

    // The next week: a second comment; the first stays as it was.
    const fourth = await runReport(fixture, '2027-02-01');
    expect(fourth.json.reports[0]!.discussion.action).toBe('added');
    const comments = commentsOf(standIn.state);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toContain(reportMarker('fixture-program', '2027-W04'));
    expect(comments[1]).toContain(reportMarker('fixture-program', '2027-W05'));
  });

  it('finds its thread by the marker, not the title, among other discussions and comments', async () => {
    fixture = await seedFixture(standIn);
    standIn.seed({
      discussions: [
        {
          title: 'Fixture Program — progress',
          body: 'A person’s thread with the same title',
          category: 'Mentoring',
        },
        {
          title: 'Renamed by a maintainer',
          body: `${discussionMarker('fixture-program')}\nProgress of the program.`,
          category: 'Mentoring',
          comments: [
            `${reportMarker('fixture-program', '2027-W04')}\nold figures`,
            { body: 'Great progress!', user: 'nina-berg' },
          ],
        },
      ],
    });
    const { json } = await runReport(fixture, '2027-01-28');
    expect(json.reports[0]!.discussion).toMatchObject({ action: 'updated', isNewDiscussion: false });
    expect(standIn.state.discussions).toHaveLength(2);
    const comments = commentsOf(standIn.state);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toContain('**9 of 28**');
    expect(comments[1]).toBe('Great progress!');
  });

  it('looks further back for the period’s comment when people commented since', async () => {
    fixture = await seedFixture(standIn);
    const chatter = Array.from({ length: 12 }, (_, i) => ({ body: `Comment ${i}`, user: 'nina-berg' }));
    standIn.seed({
      discussions: [
        {
          title: 'Fixture Program — progress',
          body: discussionMarker('fixture-program'),
          category: 'Mentoring',
          comments: [`${reportMarker('fixture-program', '2027-W04')}\nold figures`, ...chatter],
        },
      ],
    });
    standIn.resetLog();
    const { json } = await runReport(fixture, '2027-01-28');
    expect(json.reports[0]!.discussion.action).toBe('updated');
    expect(commentsOf(standIn.state)).toHaveLength(13);
    expect(commentsOf(standIn.state)[0]).toContain('**9 of 28**');
    expect(standIn.log.map((entry) => entry.operation)).toEqual([
      'TandemIssues',
      'CategoryDiscussions',
      'EarlierDiscussionComments',
      'UpdateDiscussionComment',
    ]);
  });

  it('finds its discussion beyond the category’s first 100', async () => {
    fixture = await seedFixture(standIn);
    standIn.seed({
      discussions: [
        // Listed most recently updated first (GitHub's default order): the 105 later questions come first.
        {
          title: 'Fixture Program — progress',
          body: discussionMarker('fixture-program'),
          category: 'Mentoring',
        },
        ...Array.from({ length: 105 }, (_, i) => ({
          title: `Question ${i}`,
          body: 'How?',
          category: 'Mentoring',
        })),
      ],
    });
    standIn.resetLog();
    const { json } = await runReport(fixture, '2027-01-28');
    expect(json.reports[0]!.discussion).toMatchObject({ action: 'added', isNewDiscussion: false });
    expect(standIn.state.discussions).toHaveLength(106);
    expect(standIn.log.map((entry) => entry.operation)).toEqual([
      'TandemIssues',
      'CategoryDiscussions',
      'CategoryDiscussions',
      'AddDiscussionComment',
      // Another run may have added the period's comment at the same moment: the earliest stays.
      'LatestDiscussionComments',
    ]);
  });

  it('fails with one clear error listing the categories there are when the category is missing', async () => {
    fixture = await seedFixture(standIn, FIXTURE_YAML.replace('category: Mentoring', 'category: Mentorship'));
    const { exitCode, output } = await runReport(fixture, '2027-01-27');
    expect(exitCode).toBe(1);
    expect(output.warnings).toHaveLength(1);
    expect(output.warnings[0]).toMatch(
      /^error: fixture-program: The discussion category "Mentorship" \(report\.discussion\.category in programs\/fixture\.yml\) does not exist in acme\/mentoring\. Categories there: "Announcements", "General", "Ideas", .*"Mentoring"/,
    );
    expect(standIn.counts().writes).toBe(0);
    // The report still reaches the job summary.
    expect(output.summaries.join('\n')).toContain('**9 of 28** agenda items done');
  });

  it('fails with one clear error when Discussions are disabled', async () => {
    fixture = await seedFixture(standIn);
    standIn.state.repo.hasDiscussionsEnabled = false;
    const { exitCode, output } = await runReport(fixture, '2027-01-27');
    expect(exitCode).toBe(1);
    expect(output.warnings).toEqual([
      expect.stringMatching(
        /^error: fixture-program: Discussions are disabled in acme\/mentoring, so the report .* cannot be posted: enable them/,
      ),
    ]);
    expect(standIn.counts().writes).toBe(0);
  });
});

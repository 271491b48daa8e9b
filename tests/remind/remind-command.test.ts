import { describe, expect, it } from 'vitest';
import { createMemoryOutput } from '../../src/commands/output.js';
import { runRemindCommand } from '../../src/commands/remind-command.js';
import { reminderMarker } from '../../src/core/issue-body/markers.js';
import { DateTime } from '../../src/core/time/luxon.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import {
  addToSession,
  FIXTURE_YAML,
  type Fixture,
  seedFixture,
  tickSession,
} from '../report/fixture-program.js';
import { addIssueComment, type StandIn } from '../stand-in/index.js';

let standIn: StandIn;
let fixture: Fixture;

useStandIn(
  (started) => (standIn = started),
  () => fixture?.cleanUp(),
);

const remind = async (today: string | { now: string }, isDryRun = false) => {
  const output = createMemoryOutput();
  const result = await runRemindCommand(
    {
      root: fixture.root,
      patterns: ['programs/fixture.yml'],
      github: fixture.settings,
      ...(typeof today === 'string' ? { today } : today),
      isDryRun,
      isJson: false,
    },
    output,
  );
  return { ...result, output };
};

const REMINDER = /<!-- tandem:reminder tandem=(\S+) session=(\S+) date=(\S+) -->/;

describe('tandem remind', () => {
  it('posts exactly one reminder per session and tandem when run every day of the program', async () => {
    fixture = await seedFixture(standIn);
    const postedOn = new Map<string, string>();
    for (
      let day = DateTime.fromISO('2027-01-08');
      day <= DateTime.fromISO('2027-02-16');
      day = day.plus({ days: 1 })
    ) {
      const today = day.toISODate()!;
      const { exitCode } = await remind(today);
      expect(exitCode).toBe(0);
      for (const comment of standIn.state.issueComments) {
        const [, tandem, session, date] = REMINDER.exec(comment.body) ?? [];
        const key = `${tandem} ${session} ${date} #${comment.issue_number}`;
        if (tandem && !postedOn.has(key)) postedOn.set(key, today);
      }
    }
    const lea = fixture.issues['lea-schmidt-martin-weber'];
    const jonas = fixture.issues['jonas-krause-sabine-hoffmann'];
    // Sessions ticked off before their reminder was due get none; the closed tandem and the one
    // without an issue get none; every other session exactly one, the day before it.
    expect(Object.fromEntries(postedOn)).toEqual({
      [`lea-schmidt-martin-weber topic-ai-tools-1 2027-02-01 #${lea}`]: '2027-01-31',
      [`lea-schmidt-martin-weber topic-social-media-2 2027-02-08 #${lea}`]: '2027-02-07',
      [`lea-schmidt-martin-weber retrospective 2027-02-15 #${lea}`]: '2027-02-14',
      [`jonas-krause-sabine-hoffmann topic-ai-tools-1 2027-01-18 #${jonas}`]: '2027-01-17',
      [`jonas-krause-sabine-hoffmann checkin 2027-01-25 #${jonas}`]: '2027-01-24',
      [`jonas-krause-sabine-hoffmann topic-ai-tools-2 2027-02-01 #${jonas}`]: '2027-01-31',
      [`jonas-krause-sabine-hoffmann topic-ai-tools-3 2027-02-08 #${jonas}`]: '2027-02-07',
      [`jonas-krause-sabine-hoffmann retrospective 2027-02-15 #${jonas}`]: '2027-02-14',
    });
    expect(standIn.state.issueComments).toHaveLength(8);
  });

  it('mentions both people and lists that session’s agenda', async () => {
    fixture = await seedFixture(standIn);
    const { json, output } = await remind('2027-01-31');
    expect(json.reminders.filter((reminder) => reminder.action === 'posted')).toHaveLength(2);
    const body = standIn.state.issueComments.find(
      (c) => c.issue_number === fixture.issues['lea-schmidt-martin-weber'],
    )!.body;
    expect(body).toContain(reminderMarker('lea-schmidt-martin-weber', 'topic-ai-tools-1', '2027-02-01'));
    expect(body).toContain('@lea-schmidt');
    expect(body).toContain('@martin-weber');
    expect(body).toContain('- Try an assistant on a real task');
    expect(body).not.toContain('Look at three accounts');
    expect(output.lines).toContain(
      `fixture-program/lea-schmidt-martin-weber: reminded #${fixture.issues['lea-schmidt-martin-weber']} of session 4 “AI tools” on 2027-02-01`,
    );
  });

  it('lists the session’s open items as the issue has them now, the pair’s own included, links to its heading, and names it by title', async () => {
    fixture = await seedFixture(standIn);
    const issue = standIn.state.issues.find(
      (candidate) => candidate.number === fixture.issues['lea-schmidt-martin-weber'],
    )!;
    issue.body = addToSession(
      tickSession(issue.body!, 'topic-social-media-2', 1),
      'topic-social-media-2',
      '- [ ] Ask @boss about #12 and **www.example.com**\n- [x] Book a room',
    );
    const { output, json } = await remind({ now: '2027-02-06T23:07Z' });
    expect(json.reminders.filter((reminder) => reminder.action === 'posted')).toHaveLength(2);
    const body = standIn.state.issueComments.find((comment) => comment.issue_number === issue.number)!.body;
    expect(body).toContain(
      'Still open:\n\n- Draft a first short video\n- Ask @&#8203;boss about #&#8203;12 and www&#8203;.example.com\n',
    );
    expect(body).not.toContain('Look at three accounts');
    expect(body).not.toContain('Book a room');
    expect(body).toMatch(
      /\[Open session 5 in your issue\]\(\S+\/issues\/\d+#5--social-media--monday-8-february-2027\)/,
    );
    expect(output.lines).toContain(
      `fixture-program/lea-schmidt-martin-weber: reminded #${issue.number} of session 5 “Social media” on 2027-02-08`,
    );
    const summary = output.summaries.at(-1)!;
    expect(summary).toContain(`- Reminded #${issue.number} of session 5 “Social media” on 2027-02-08`);
    expect(summary).not.toMatch(/topic-/);
  });

  it('reminds a 16:00 session in Los Angeles with before 2 hours at the 13:07 run, which --today cannot show', async () => {
    fixture = await seedFixture(
      standIn,
      FIXTURE_YAML.replace('timezone: Europe/Berlin', 'timezone: America/Los_Angeles')
        .replace('  length: 45 minutes\n', '  length: 45 minutes\n  time: "16:00"\n')
        .replace('before: 1 day', 'before: 2 hours'),
    );
    // The daily run the README documented before (06:00 UTC) lands at 22:00 the evening before and
    // 22:00 the same evening: neither is in the window.
    expect((await remind({ now: '2027-02-08T06:00Z' })).json.reminders).toEqual([]);
    expect((await remind({ now: '2027-02-09T06:00Z' })).json.reminders).toEqual([]);
    expect((await remind({ now: '2027-02-08T20:07Z' })).json.reminders).toEqual([]);
    const { json } = await remind({ now: '2027-02-08T21:07Z' });
    expect(json.reminders.map((reminder) => [reminder.tandem, reminder.action, reminder.time])).toEqual([
      ['lea-schmidt-martin-weber', 'posted', '16:00'],
      ['jonas-krause-sabine-hoffmann', 'posted', '16:00'],
      ['aylin-demir-thomas-becker', 'skipped', '16:00'],
      ['noah-fischer-andrea-koch', 'skipped', '16:00'],
    ]);
    expect((await remind({ now: '2027-02-08T23:59Z' })).json.reminders.map((r) => r.action)).not.toContain(
      'posted',
    );
  });

  it('reads every issue with its latest comments in one request, and posts nothing with --dry-run', async () => {
    fixture = await seedFixture(standIn);
    const { json } = await remind('2027-01-31', true);
    expect(json.reminders.map((reminder) => [reminder.tandem, reminder.action])).toEqual([
      ['lea-schmidt-martin-weber', 'would-post'],
      ['jonas-krause-sabine-hoffmann', 'would-post'],
      ['aylin-demir-thomas-becker', 'skipped'],
      ['noah-fischer-andrea-koch', 'skipped'],
    ]);
    expect(standIn.counts()).toMatchObject({ total: 1, graphql: 1, writes: 0 });
  });

  it('looks through all comments of an issue with more than 100 before posting', async () => {
    fixture = await seedFixture(standIn);
    const issue = standIn.state.issues.find(
      (candidate) => candidate.number === fixture.issues['jonas-krause-sabine-hoffmann'],
    )!;
    addIssueComment(standIn.state, issue, {
      body: `Reminder\n${reminderMarker('jonas-krause-sabine-hoffmann', 'topic-ai-tools-1', '2027-01-18')}`,
    });
    for (let i = 0; i < 120; i += 1)
      addIssueComment(standIn.state, issue, { body: `Comment ${i}`, user: 'sabine-hoffmann' });
    const { json } = await remind('2027-01-17');
    expect(json.reminders).toContainEqual(
      expect.objectContaining({
        tandem: 'jonas-krause-sabine-hoffmann',
        action: 'skipped',
        reason: 'already-sent',
      }),
    );
    expect(standIn.counts().writes).toBe(0);
    expect(standIn.log.filter((entry) => entry.kind === 'rest').map((entry) => entry.operation)).toEqual([
      'issues/list-comments',
      'issues/list-comments',
    ]);
  });

  it('does nothing for a program without reminders', async () => {
    fixture = await seedFixture(standIn, FIXTURE_YAML.replace('reminders:\n  before: 1 day\n', ''));
    const { json, output } = await remind('2027-01-31');
    expect(json.reminders).toEqual([]);
    expect(output.lines).toEqual([
      'fixture-program: no reminders (set reminders.before in programs/fixture.yml to have them)',
    ]);
    expect(standIn.counts().total).toBe(0);
  });
});

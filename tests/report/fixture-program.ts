import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GitHubSettings } from '../../src/commands/github-settings.js';
import { loadPrograms } from '../../src/commands/load-programs.js';
import { createMemoryOutput } from '../../src/commands/output.js';
import { runReportCommand } from '../../src/commands/report-command.js';
import { sessionMarker } from '../../src/core/issue-body/markers.js';
import type { Program } from '../../src/core/program/program.js';
import { programLabel, renderDesiredIssues } from '../../src/core/sync/desired-issues.js';
import type { StandIn } from '../stand-in/index.js';

/**
 * Four tandems, weekly on Mondays from 2027-01-11 to 2027-02-15 (six sessions each: kickoff, topic,
 * check-in, topic, topic, retrospective), with agenda items short enough to count by hand.
 */
export const FIXTURE_YAML = `version: 1
id: fixture-program
title: Fixture Program
start: 2027-01-11
end: 2027-02-21
cadence: weekly
session:
  length: 45 minutes
timezone: Europe/Berlin
language: en
agenda:
  kickoff: [Agree on roles and confidentiality, Put all session dates in both calendars]
  checkin: [Look back on the first half]
  retrospective: [Review the goals, Agree on what comes next]
topics:
  - id: social-media
    title: Social media
    agenda: [Look at three accounts the team admires, Draft a first short video]
  - id: ai-tools
    title: AI tools
    agenda: [Try an assistant on a real task]
tandems:
  - mentor: lea-schmidt
    mentee: martin-weber
    topics: [social-media, ai-tools]
    goals: [Martin publishes one post a month]
  - mentor: jonas-krause
    mentee: sabine-hoffmann
    topics: [ai-tools]
  - mentor: aylin-demir
    mentee: thomas-becker
    topics: [social-media]
  - mentor: noah-fischer
    mentee: andrea-koch
    topics: [ai-tools]
report:
  discussion:
    category: Mentoring
    title: Fixture Program — progress
  visibility: aggregate
  period: week
reminders:
  before: 1 day
`;

export const LOGINS = [
  'lea-schmidt',
  'martin-weber',
  'jonas-krause',
  'sabine-hoffmann',
  'aylin-demir',
  'thomas-becker',
  'noah-fischer',
  'andrea-koch',
];

export const AGENDA_TEXTS = [
  'Agree on roles and confidentiality',
  'Put all session dates in both calendars',
  'Look back on the first half',
  'Review the goals',
  'Agree on what comes next',
  'Look at three accounts the team admires',
  'Draft a first short video',
  'Try an assistant on a real task',
];

/** The pair's own additions to lea-schmidt-martin-weber's check-in: what GitHub counts and what not. */
export const PAIR_ADDITIONS = [
  '- [X] Our own item, ticked with a capital X',
  '> - [x] A quoted item, ticked',
  '```',
  '- [x] In a code block: not a task',
  '```',
  '<!--',
  '- [x] In an HTML comment: not a task',
  '-->',
  'For example:',
  '',
  '    - [ ] Indented code: not a task',
].join('\n');

export const NOTE_TEXT = 'Martin is nervous about video';

export interface Fixture {
  readonly root: string;
  readonly program: Program;
  readonly settings: GitHubSettings;
  /** Issue numbers by tandem id. */
  readonly issues: Record<string, number>;
  cleanUp(): Promise<void>;
}

export async function writeProgram(yaml: string): Promise<{ root: string; program: Program }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'tandem-report-'));
  await mkdir(path.join(root, 'programs'));
  await writeFile(path.join(root, 'programs', 'fixture.yml'), yaml);
  const loaded = await loadPrograms(['programs/fixture.yml'], root);
  if (!loaded.programs[0]) throw new Error(JSON.stringify(loaded.diagnostics, null, 2));
  return { root, program: loaded.programs[0] };
}

export function settingsFor(standIn: StandIn): GitHubSettings {
  return {
    token: 'test-token',
    repo: { owner: 'acme', repo: 'mentoring' },
    apiUrl: standIn.url,
    graphqlUrl: standIn.graphqlUrl,
    pacing: 0.001,
  };
}

/** Ticks the first `count` open boxes of a session's section. */
export function tickSession(body: string, sessionKey: string, count: number): string {
  const start = body.indexOf(sessionMarker(sessionKey));
  if (start < 0) throw new Error(`no section ${sessionKey}`);
  const next = body.indexOf('<!-- tandem:session ', start + 1);
  const end = next < 0 ? body.length : next;
  let section = body.slice(start, end);
  for (let i = 0; i < count; i += 1) section = section.replace('- [ ] ', '- [x] ');
  return body.slice(0, start) + section + body.slice(end);
}

/** Adds the pair's own lines under a session's checklist (before the blank line that ends it). */
export function addToSession(body: string, sessionKey: string, lines: string): string {
  // After the session's checklist: its first item, then the blank line that ends the list.
  const end = body.indexOf('\n\n', body.indexOf('\n- [', body.indexOf(sessionMarker(sessionKey))));
  return `${body.slice(0, end)}\n\n${lines}${body.slice(end)}`;
}

/**
 * The fixture's issues, as sync would have created them, with known ticks on 2027-01-27 (week W04):
 * - lea-schmidt-martin-weber: kickoff 2/2, topic-social-media-1 2/2, check-in 1/1 plus the pair's own
 *   items (the capital-X one and the quoted one count, ticked): 7 of 12 items, 3 sessions: on track.
 * - jonas-krause-sabine-hoffmann: kickoff 2/2: 2 of 8 items, 1 session of 3 due: behind.
 * - aylin-demir-thomas-becker: kickoff 1/2, issue closed: closed (left out of the program's sums).
 * - noah-fischer-andrea-koch: no issue: 0 of 8, behind.
 */
export async function seedFixture(standIn: StandIn, yaml = FIXTURE_YAML): Promise<Fixture> {
  const { root, program } = await writeProgram(yaml);
  const desired = new Map(renderDesiredIssues(program).map((issue) => [issue.tandemId, issue]));
  const bodyOf = (tandemId: string): string => desired.get(tandemId)!.body;
  let lea = bodyOf('lea-schmidt-martin-weber');
  lea = tickSession(lea, 'kickoff', 2);
  lea = tickSession(lea, 'topic-social-media-1', 2);
  lea = tickSession(lea, 'checkin', 1);
  lea = addToSession(lea, 'checkin', PAIR_ADDITIONS);
  lea = `${lea.trimEnd()}\n\n- [x] ${NOTE_TEXT}\n`;
  const jonas = tickSession(bodyOf('jonas-krause-sabine-hoffmann'), 'kickoff', 2);
  const aylin = tickSession(bodyOf('aylin-demir-thomas-becker'), 'kickoff', 1);

  standIn.seed({
    discussionCategories: [{ name: 'Mentoring' }],
    issues: [
      issueInput('lea-schmidt-martin-weber', lea),
      issueInput('jonas-krause-sabine-hoffmann', jonas),
      { ...issueInput('aylin-demir-thomas-becker', aylin), state: 'closed', state_reason: 'completed' },
      // Not Tandem's: another issue with the label but no marker, and a pull request.
      { title: 'Question about the program', body: 'How do I join?', labels: [programLabel(program.id)] },
    ],
  });
  const issues: Record<string, number> = {};
  for (const issue of standIn.state.issues) {
    const tandemId = /tandem=([^ ]+) -->/.exec(issue.body ?? '')?.[1];
    if (tandemId) issues[tandemId] = issue.number;
  }
  return {
    root,
    program,
    settings: settingsFor(standIn),
    issues,
    cleanUp: () => rm(root, { recursive: true, force: true }),
  };

  function issueInput(tandemId: string, body: string) {
    const issue = desired.get(tandemId)!;
    return { title: issue.title, body, labels: [...issue.labels], assignees: [...issue.assignees] };
  }
}

/** `tandem report` on the fixture, as the CLI runs it, with the output kept for the test. */
export async function runReport(
  fixture: Fixture,
  today: string,
  extra: { readonly isDryRun?: boolean; readonly isJson?: boolean } = {},
) {
  const output = createMemoryOutput();
  const result = await runReportCommand(
    {
      root: fixture.root,
      patterns: ['programs/fixture.yml'],
      github: fixture.settings,
      today,
      isDryRun: extra.isDryRun ?? false,
      isJson: extra.isJson ?? false,
    },
    output,
  );
  return { ...result, output };
}

/** The bodies of every discussion comment, oldest first. */
export const commentsOf = (state: StandIn['state']): string[] =>
  state.discussionComments.map((comment) => comment.body);

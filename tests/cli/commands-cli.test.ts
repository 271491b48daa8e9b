import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runTandem } from '../helpers/run-tandem.js';
import { createWorkspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const example = readFileSync(path.join(root, 'programs/example.yml'), 'utf8');
const exampleIds = (parse(example) as { tandems: { mentor: string; mentee: string }[] }).tandems.map(
  (tandem) => `${tandem.mentor}-${tandem.mentee}`,
);

describe('tandem preview (what npm start runs)', () => {
  it('writes every tandem issue and the report, and prints a summary and the plan, offline', async () => {
    await using workspace = await createWorkspace({ 'programs/example.yml': example });
    const run = await runTandem(['preview', '--today', '2027-02-01'], { root: workspace.root, env: {} });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('6 tandems, 78 sessions, first 2027-01-12, last 2027-06-29');
    expect(run.stdout).toContain('digital-leadership-2027: 6 to create');
    const dir = path.join(workspace.root, 'preview/digital-leadership-2027');
    expect(readdirSync(dir).sort()).toEqual([...exampleIds.map((id) => `${id}.md`), 'report.md'].sort());
    const issue = readFileSync(path.join(dir, 'lea-schmidt-martin-weber.md'), 'utf8');
    expect(issue).toMatch(/^# Tandem: @lea-schmidt ↔ @martin-weber · Reverse Mentoring 2027/);
    expect(issue).toContain('- [ ] Mentor walks through three accounts the team admires and why they work');
    const report = readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(report).toContain('```mermaid');
    for (const login of ['lea-schmidt', 'martin-weber']) expect(report).not.toContain(login);
  });
});

describe('tandem calendar', () => {
  it('writes one event per session of a tandem, readable by an independent parser', async () => {
    await using workspace = await createWorkspace({ 'programs/example.yml': example });
    const run = await runTandem(
      [
        'calendar',
        'programs/example.yml',
        '--tandem',
        'lea-schmidt-martin-weber',
        '-o',
        'lea.ics',
        '--today',
        '2027-01-01',
      ],
      { root: workspace.root },
    );
    expect(run.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(await workspace.read('lea.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events).toHaveLength(13);
    expect(events[0]!.startDate.toString()).toBe('2027-01-12T16:00:00');
    expect(events[0]!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Berlin');
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(new Set(events.map((event) => event.uid)).size).toBe(13);
  });

  it('prints the whole program to standard output, and names the tandems when one is unknown', async () => {
    await using workspace = await createWorkspace({ 'programs/example.yml': example });
    const all = await runTandem(['calendar', 'programs/example.yml'], { root: workspace.root });
    expect(all.code).toBe(0);
    expect(all.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(78);
    const unknown = await runTandem(['calendar', 'programs/example.yml', '--tandem', 'nobody'], {
      root: workspace.root,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('lea-schmidt-martin-weber');
  });
});

describe('tandem match', () => {
  it('prints tandems YAML to paste into a program, and the same as JSON', async () => {
    const yamlRun = await runTandem(['match', 'tests/fixtures/pools/example.yml'], { root });
    expect(yamlRun.code).toBe(0);
    const proposal = parse(yamlRun.stdout) as {
      tandems: { mentor: string; mentee: string; topics: string[] }[];
    };
    expect(proposal.tandems.length).toBeGreaterThan(0);
    expect(yamlRun.stdout).toMatch(/# score \d+: shared /);

    const jsonRun = await runTandem(['match', 'tests/fixtures/pools/example.yml', '--json'], { root });
    const json = JSON.parse(jsonRun.stdout) as {
      tandems: { mentor: string; mentee: string; score: number; shared: string[] }[];
      unmatched: unknown[];
    };
    expect(json.tandems.map(({ mentor, mentee }) => ({ mentor, mentee }))).toEqual(
      proposal.tandems.map(({ mentor, mentee }) => ({ mentor, mentee })),
    );
    expect(json.tandems.every((tandem) => tandem.score > 0 && tandem.shared.length > 0)).toBe(true);
  });

  it('reports problems in the pool file at their line and column', async () => {
    const run = await runTandem(['match', 'tests/fixtures/pools/invalid-schema.yml'], { root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^tests\/fixtures\/pools\/invalid-schema\.yml:\d+:\d+: error: /m);
  });
});

import { describe, expect, it } from 'vitest';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { tandemOf, tick, useSyncFixture } from './sync-stand-in.js';

const t = useSyncFixture(['Lea-Schmidt', 'martin-weber']);

const openIds = () =>
  t
    .issues('open')
    .map(tandemOf)
    .sort((a, b) => String(a).localeCompare(String(b)));
const expectedIds = (n: number) =>
  numberedTandems(n)
    .map((tandem) => `${tandem.mentor}-${tandem.mentee}`)
    .sort();

async function syncThree(): Promise<void> {
  await t.workspace.write('programs/pilot.yml', programYaml({ tandems: numberedTandems(3) }));
  expect((await t.sync()).code).toBe(0);
  expect(t.issues()).toHaveLength(3);
}

describe('sync finds what is its own, whatever happened to labels and markers', () => {
  it('puts back a removed tandem: label instead of opening a second issue, and keeps the ticks', async () => {
    await syncThree();
    const [first] = t.issues();
    tick(first!, 'Walk through three accounts');
    first!.labels = first!.labels.filter((label) => label !== 'tandem:pilot');

    const run = await t.sync();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/#1 found again; label put back/);
    expect(t.issues()).toHaveLength(3);
    expect(first!.labels).toContain('tandem:pilot');
    expect(first!.body).toContain('- [x] Walk through three accounts');
    t.standIn.resetLog();
    await t.sync();
    expect(t.standIn.counts().total).toBe(1);
  });

  it.each([
    ['renamed', { method: 'PATCH', body: { new_name: 'mentoring' } }],
    ['deleted', { method: 'DELETE', body: undefined }],
  ])('opens no second set when the tandem: label is %s', async (_, request) => {
    await syncThree();
    const response = await fetch(`${t.standIn.url}/repos/acme/mentoring/labels/tandem:pilot`, {
      method: request.method,
      headers: { authorization: 'token test-token', 'content-type': 'application/json' },
      ...(request.body && { body: JSON.stringify(request.body) }),
    });
    expect(response.ok).toBe(true);
    expect(t.issues().every((issue) => !issue.labels.includes('tandem:pilot'))).toBe(true);

    const run = await t.sync();
    expect(run.code).toBe(0);
    expect(t.issues()).toHaveLength(3);
    expect(openIds()).toEqual(expectedIds(3));
    for (const issue of t.issues()) expect(issue.labels).toContain('tandem:pilot');
  });

  it.each([
    ['marker was deleted', (body: string) => body.replace(/<!-- tandem:issue [^>]*-->/, '')],
    ['body was cleared', () => ''],
  ])('finds an issue whose %s by its exact title and puts the marker back', async (_, change) => {
    await syncThree();
    const [first] = t.issues();
    first!.body = change(first!.body!);

    const run = await t.sync();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/#1 found again; marker put back/);
    expect(t.issues()).toHaveLength(3);
    expect(tandemOf(first!)).toBe('mentor-1-mentee-1');
  });

  it('does not adopt a marker-less issue whose title was changed too, and says nothing is adopted', async () => {
    await syncThree();
    const [first] = t.issues();
    first!.body = '';
    first!.title = 'Our tandem';
    const run = await t.sync();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 to create/);
    expect(first!.body).toBe('');
  });
});

describe('sync keeps a tandem’s identity', () => {
  it('keeps the pair’s issue when a login is written with another capitalisation', async () => {
    const pair = { mentor: 'lea-schmidt', mentee: 'martin-weber', topics: ['social-media'] };
    await t.workspace.write('programs/pilot.yml', programYaml({ tandems: [pair] }));
    await t.sync();
    const [issue] = t.issues();
    tick(issue!, 'Walk through three accounts');

    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ tandems: [{ ...pair, mentor: 'Lea-Schmidt' }] }),
    );
    const run = await t.sync();
    expect(run.code).toBe(0);
    expect(t.issues()).toHaveLength(1);
    expect(issue!.state).toBe('open');
    expect(issue!.body).toContain('- [x] Walk through three accounts');
  });

  it('keeps the pair’s issue when the tandem gains an explicit id, and rewrites its marker', async () => {
    const pair = { mentor: 'mentor-1', mentee: 'mentee-1', topics: ['social-media'] };
    await t.workspace.write('programs/pilot.yml', programYaml({ tandems: [pair] }));
    await t.sync();
    await t.workspace.write('programs/pilot.yml', programYaml({ tandems: [{ ...pair, id: 'pair-one' }] }));
    const run = await t.sync();
    expect(run.code).toBe(0);
    expect(t.issues()).toHaveLength(1);
    expect(t.issues()[0]!.state).toBe('open');
    expect(tandemOf(t.issues()[0]!)).toBe('pair-one');
  });

  it('carries the issues over to a new program id listed under formerly', async () => {
    await syncThree();
    tick(t.issues()[0]!, 'Walk through three accounts');
    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ id: 'pilot-2027', tandems: numberedTandems(3), extra: { formerly: ['pilot'] } }),
    );
    const run = await t.sync();
    expect(run.code).toBe(0);
    expect(t.issues()).toHaveLength(3);
    for (const issue of t.issues()) {
      expect(issue.state).toBe('open');
      expect(issue.labels).toContain('tandem:pilot-2027');
      expect(issue.body).toContain('<!-- tandem:issue program=pilot-2027 ');
    }
    expect(t.issues()[0]!.body).toContain('- [x] Walk through three accounts');
  });

  it('lists the issues of a program that is in no program file as orphaned', async () => {
    await syncThree();
    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ id: 'pilot-2027', tandems: numberedTandems(3) }),
    );
    const run = await t.run(['plan']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/#1 is orphaned: its program "pilot" is in no program file/);
  });
});

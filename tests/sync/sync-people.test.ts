import { describe, expect, it } from 'vitest';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { tandemOf, tick, useSyncFixture, writeNote } from './sync-stand-in.js';

const t = useSyncFixture();

async function syncTwo(title = 'Pilot program'): Promise<void> {
  await t.workspace.write('programs/pilot.yml', programYaml({ title, tandems: numberedTandems(2) }));
  expect((await t.sync()).code).toBe(0);
}

describe('sync never writes over an edit it has not seen', () => {
  it('keeps a tick and a note the pair made between the listing and the write', async () => {
    await syncTwo();
    const [first, second] = t.issues();
    t.standIn.hooks.after({ operation: 'issues/list-for-repo' }, () => {
      tick(first!, 'Walk through three accounts');
      writeNote(first!, 'Our note, written while the sync ran.');
      tick(second!, 'Draft a first post');
    });
    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ title: 'Renamed', tandems: numberedTandems(2) }),
    );
    const run = await t.sync();
    expect(run.code).toBe(0);
    expect(first!.title).toContain('Renamed');
    expect(first!.body).toContain('- [x] Walk through three accounts');
    expect(first!.body).toContain('Our note, written while the sync ran.');
    expect(second!.body).toContain('- [x] Draft a first post');
  });

  it('reads each issue once, right before its write', async () => {
    await syncTwo();
    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ title: 'Renamed', tandems: numberedTandems(2) }),
    );
    t.standIn.resetLog();
    await t.sync();
    const sequence = t.standIn.log.map((entry) => entry.operation);
    expect(sequence).toEqual([
      'issues/list-for-repo',
      'issues/get',
      'issues/update',
      'issues/get',
      'issues/update',
    ]);
  });
});

describe('sync respects what people did', () => {
  it('leaves an issue the pair closed closed, and the report counts it as closed', async () => {
    await syncTwo();
    const [first] = t.issues();
    Object.assign(first!, { state: 'closed', state_reason: 'completed', assignees: [] });
    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ title: 'Renamed', tandems: numberedTandems(2) }),
    );

    const run = await t.sync();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/#1 was closed by a person and stays closed/);
    expect(first!.state).toBe('closed');
    expect(first!.assignees).toEqual([]);
    expect(t.issues()).toHaveLength(2);

    const report = await t.run(['report', '--dry-run', '--json', '--today', '2027-01-20']);
    const json = JSON.parse(report.stdout) as { reports: { statusCounts: Record<string, number> }[] };
    expect(json.reports[0]!.statusCounts.closed).toBe(1);
  });

  it('leaves closed an issue a person closed as not planned, told apart by who closed it', async () => {
    await syncTwo();
    Object.assign(t.issue(2), { state: 'closed', state_reason: 'not_planned', closed_by: 'mentee-2' });
    const run = await t.sync();
    expect(run.stderr).toMatch(/#2 was closed by mentee-2, not by Tandem, and stays closed/);
    expect(t.issue(2).state).toBe('closed');
    expect(t.issues()).toHaveLength(2);
  });

  it('reopens an issue Tandem closed when its tandem comes back', async () => {
    await syncTwo();
    await t.workspace.write('programs/pilot.yml', programYaml({ tandems: numberedTandems(1) }));
    await t.sync();
    expect(t.issue(2).state).toBe('closed');
    await t.workspace.write('programs/pilot.yml', programYaml({ tandems: numberedTandems(2) }));
    const run = await t.sync();
    expect(run.stdout).toContain('1 to reopen');
    expect(t.issue(2).state).toBe('open');
  });

  it('does not assign again someone who unassigned themselves, but assigns a new person', async () => {
    const named = (mentor: string) =>
      numberedTandems(2).map((tandem, index) =>
        index === 0 ? { ...tandem, id: 'pair-one', mentor } : tandem,
      );
    await t.workspace.write('programs/pilot.yml', programYaml({ tandems: named('mentor-1') }));
    expect((await t.sync()).code).toBe(0);
    t.issue(1).assignees = ['mentee-1'];
    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ title: 'Renamed', tandems: named('mentor-1') }),
    );
    expect((await t.sync()).code).toBe(0);
    expect(t.issue(1).assignees).toEqual(['mentee-1']);

    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ title: 'Renamed', tandems: named('mentor-5') }),
    );
    expect((await t.sync()).code).toBe(0);
    expect(tandemOf(t.issue(1))).toBe('pair-one');
    expect(t.issue(1).assignees.sort()).toEqual(['mentee-1', 'mentor-5']);
  });

  it('keeps a title a person changed until the program changes it', async () => {
    await syncTwo();
    t.issue(1).title = 'Lea and Martin: our tandem';
    t.standIn.resetLog();
    await t.sync();
    expect(t.standIn.counts().writes).toBe(0);
    expect(t.issue(1).title).toBe('Lea and Martin: our tandem');

    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ title: 'Renamed', tandems: numberedTandems(2) }),
    );
    await t.sync();
    expect(t.issue(1).title).toBe('Tandem: @mentor-1 ↔ @mentee-1 · Renamed');
  });

  it('does not rewrite an issue whose label differs from the program’s only in case', async () => {
    await t.workspace.write(
      'programs/pilot.yml',
      programYaml({ tandems: numberedTandems(2), extra: { labels: ['Reverse-Mentoring'] } }),
    );
    t.standIn.seed({ labels: [{ name: 'reverse-mentoring' }] });
    expect((await t.sync()).code).toBe(0);
    t.standIn.resetLog();
    const run = await t.sync();
    expect(run.stdout).toContain('2 unchanged');
    expect(t.standIn.counts().writes).toBe(0);
  });
});

describe('sync with a token whose labels GitHub drops', () => {
  it('stops the program with one message naming the permission, and never creates again', async () => {
    t.standIn.seed({ repo: { permissions: { push: false, triage: false } } });
    await t.workspace.write('programs/pilot.yml', programYaml({ tandems: numberedTandems(3) }));
    const first = await t.sync();
    expect(first.code).toBe(1);
    expect(first.stderr.match(/error: /g)).toHaveLength(1);
    expect(first.stderr).toMatch(/without its labels.*triage.*issues: write/);
    expect(t.issues()).toHaveLength(1);

    const second = await t.sync();
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/refused the label tandem:pilot on #1.*triage/);
    expect(t.issues()).toHaveLength(1);
  });
});

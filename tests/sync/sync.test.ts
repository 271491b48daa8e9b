import { beforeEach, describe, expect, it } from 'vitest';
import { readIssueMarker } from '../../src/core/issue-body/markers.js';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { runTandem, standInEnv } from '../helpers/run-tandem.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import type { StandIn } from '../stand-in/index.js';

let standIn: StandIn;
let workspace: Workspace;

useStandIn(
  (started) => {
    standIn = started;
    standIn.seed({ repo: { collaborators: numberedTandems(12).flatMap((t) => [t.mentor, t.mentee]) } });
  },
  () => workspace[Symbol.asyncDispose](),
);

beforeEach(async () => {
  workspace = await createWorkspace();
});

const sync = (...args: string[]) =>
  runTandem(['sync', ...args], { root: workspace.root, env: standInEnv(standIn) });

function tandemIssues(state: 'open' | 'closed' | 'all' = 'all') {
  return standIn.state.issues.filter(
    (issue) =>
      !issue.isPullRequest && readIssueMarker(issue.body ?? '') && (state === 'all' || issue.state === state),
  );
}

function tick(number: number, itemText: string): void {
  const issue = standIn.state.issues.find((candidate) => candidate.number === number)!;
  const body = issue.body!;
  const line = `- [ ] ${itemText}`;
  expect(body).toContain(line);
  issue.body = body.replace(line, `- [x] ${itemText}`);
}

describe('tandem sync on a fresh repository', () => {
  it('opens one issue per tandem with title, body, labels and assignees', async () => {
    await workspace.write(
      'programs/pilot.yml',
      programYaml({ title: 'Pilot 2027', tandems: numberedTandems(3) }),
    );
    const run = await sync();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const issues = tandemIssues();
    expect(issues).toHaveLength(3);
    for (const [index, issue] of issues.entries()) {
      const n = index + 1;
      expect(issue.title).toBe(`Tandem: @mentor-${n} ↔ @mentee-${n} · Pilot 2027`);
      expect(readIssueMarker(issue.body!)).toEqual({
        programId: 'pilot',
        tandemId: `mentor-${n}-mentee-${n}`,
      });
      expect(issue.body).toContain('- [ ] Walk through three accounts');
      expect(issue.labels.sort()).toEqual(['reverse-mentoring', 'tandem:pilot']);
      expect(issue.assignees.sort()).toEqual([`mentee-${n}`, `mentor-${n}`]);
      expect(issue.state).toBe('open');
    }
    expect(standIn.state.labels.find((label) => label.name === 'tandem:pilot')?.color).toBe('5319e7');
  });

  it('makes no write request on a second run with nothing changed', async () => {
    await workspace.write('programs/pilot.yml', programYaml({ tandems: numberedTandems(5) }));
    expect((await sync()).code).toBe(0);
    standIn.resetLog();

    const second = await sync();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('5 unchanged');
    expect(standIn.counts().writes).toBe(0);
    expect(standIn.counts().total).toBe(1);
  });
});

describe('tandem sync keeps what the pair wrote', () => {
  it('keeps ticked boxes and notes when the program changes', async () => {
    const tandems = numberedTandems(2, ['social-media']);
    await workspace.write('programs/pilot.yml', programYaml({ tandems }));
    await sync();
    const [first] = tandemIssues();
    tick(first!.number, 'Walk through three accounts');
    first!.body = `${first!.body}\nOur own note: try the team account first.\n- [x] our own item\n`;
    const notesBefore = first!.body.slice(first!.body.indexOf('<!-- tandem:notes'));

    // The program gains a topic and a cadence change: sessions move, bodies change.
    await workspace.write(
      'programs/pilot.yml',
      programYaml({
        cadence: 'weekly',
        tandems: tandems.map((t) => ({ ...t, topics: ['social-media', 'ai-tools'] })),
      }),
    );
    const run = await sync();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 to update');

    const after = tandemIssues().find((issue) => issue.number === first!.number)!;
    expect(after.body).toContain('- [x] Walk through three accounts');
    expect(after.body).toContain('- [ ] Try an assistant on a real task');
    expect(after.body!.slice(after.body!.indexOf('<!-- tandem:notes'))).toBe(notesBefore);
    expect(tandemIssues()).toHaveLength(2);
  });

  it('closes a removed tandem as not planned with a comment, and reopens it when it comes back', async () => {
    const tandems = numberedTandems(3);
    await workspace.write('programs/pilot.yml', programYaml({ tandems }));
    await sync();
    const removed = tandemIssues()[2]!;

    await workspace.write('programs/pilot.yml', programYaml({ tandems: tandems.slice(0, 2) }));
    const closing = await sync();
    expect(closing.code).toBe(0);
    expect(closing.stdout).toContain('1 to close');
    expect(removed.state).toBe('closed');
    expect(removed.state_reason).toBe('not_planned');
    const comments = standIn.state.issueComments.filter((comment) => comment.issue_number === removed.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('no longer part of');

    await workspace.write('programs/pilot.yml', programYaml({ tandems }));
    const reopening = await sync();
    expect(reopening.code).toBe(0);
    expect(reopening.stdout).toContain('1 to reopen');
    expect(removed.state).toBe('open');
    expect(tandemIssues()).toHaveLength(3);
  });
});

describe('tandem sync never multiplies issues', () => {
  it('leaves exactly one open issue per tandem after ten reruns and two concurrent syncs', async () => {
    await workspace.write('programs/pilot.yml', programYaml({ tandems: numberedTandems(4) }));
    const expected = numberedTandems(4)
      .map((t) => `${t.mentor}-${t.mentee}`)
      .sort();
    const openIds = () =>
      tandemIssues('open')
        .map((issue) => readIssueMarker(issue.body!)!.tandemId)
        .sort();
    // Both runs create; each looks again after creating and closes the newer issue of a tandem.
    await Promise.all([sync(), sync()]);
    expect(openIds()).toEqual(expected);
    expect(tandemIssues('closed')).toHaveLength(4);
    for (let run = 0; run < 10; run += 1) expect((await sync()).code).toBe(0);

    const open = tandemIssues('open');
    const ids = open.map((issue) => readIssueMarker(issue.body!)!.tandemId).sort();
    expect(ids).toEqual(
      numberedTandems(4)
        .map((t) => `${t.mentor}-${t.mentee}`)
        .sort(),
    );
    for (const closed of tandemIssues('closed')) expect(closed.state_reason).toBe('duplicate');
  });

  it('converges under 20 % failing requests and a secondary rate limit, without duplicates', async () => {
    await workspace.write('programs/pilot.yml', programYaml({ tandems: numberedTandems(8) }));
    standIn.faults.failRate(0.2, ['500', '502', 'reset', 'reset-after-write'], 7);
    standIn.faults.failNext(1, 'secondary-403', { isWrite: true });

    const codes: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const { code, stderr } = await sync();
      codes.push(code);
      // An honest exit code: 0 only when every tandem has its one open issue; 1 names what failed.
      if (code === 0) expect(tandemIssues('open')).toHaveLength(8);
      else expect(stderr).toMatch(/^error: /m);
    }
    standIn.faults.clear();
    const final = await sync();

    expect(final.code).toBe(0);
    expect(tandemIssues('open')).toHaveLength(8);
    expect(tandemIssues('closed')).toHaveLength(0);
    expect(new Set(tandemIssues().map((issue) => readIssueMarker(issue.body!)!.tandemId)).size).toBe(8);
    expect(codes).toContain(0);
  });

  it('closes a removed tandem with one comment, even when the answer to that comment was lost', async () => {
    const tandems = numberedTandems(2);
    await workspace.write('programs/pilot.yml', programYaml({ tandems }));
    await sync();
    const removed = tandemIssues().find((issue) => issue.body!.includes('mentor-2'))!;
    await workspace.write('programs/pilot.yml', programYaml({ tandems: tandems.slice(0, 1) }));
    standIn.faults.failNext(1, 'reset-after-write', { operation: 'issues/create-comment' });
    const comments = () => standIn.state.issueComments.filter((c) => c.issue_number === removed.number);

    const lost = await sync();
    expect(lost.code).toBe(1);
    expect(lost.stderr).toMatch(/error: pilot\/mentor-2-mentee-2: close failed/);
    expect(removed.state).toBe('open');
    expect(comments()).toHaveLength(1);

    expect((await sync()).code).toBe(0);
    expect(removed.state).toBe('closed');
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toMatch(/no longer part of/);
  });

  it('reports a tandem that fails, finishes the others and exits 1', async () => {
    await workspace.write('programs/pilot.yml', programYaml({ tandems: numberedTandems(3) }));
    // Three failed attempts (each followed by a look for a lost create) give up on the first tandem.
    standIn.faults.failNext(3, '500', { operation: 'issues/create' });
    const run = await sync();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: pilot\/mentor-1-mentee-1: create failed/);
    expect(tandemIssues()).toHaveLength(2);
    expect((await sync()).code).toBe(0);
    expect(tandemIssues()).toHaveLength(3);
  });

  it('warns about a login that cannot be assigned and writes the issue all the same', async () => {
    await workspace.write(
      'programs/pilot.yml',
      programYaml({ tandems: [{ mentor: 'mentor-1', mentee: 'not-a-member', topics: ['social-media'] }] }),
    );
    const run = await sync();
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/@not-a-member cannot be assigned/);
    expect(tandemIssues()[0]!.assignees).toEqual(['mentor-1']);
  });
});

describe('tandem plan', () => {
  it('prints create / update / unchanged with a diff and writes nothing', async () => {
    const tandems = numberedTandems(2);
    await workspace.write('programs/pilot.yml', programYaml({ tandems }));
    const planned = await runTandem(['plan'], { root: workspace.root, env: standInEnv(standIn) });
    expect(planned.code).toBe(0);
    expect(planned.stdout).toContain('pilot: 2 to create');
    expect(planned.stdout).toMatch(/^create +mentor-1-mentee-1 +new +Tandem: /m);
    expect(standIn.counts().writes).toBe(0);

    await sync();
    await workspace.write('programs/pilot.yml', programYaml({ title: 'Renamed', tandems }));
    standIn.resetLog();
    const json = await runTandem(['sync', '--dry-run', '--json'], {
      root: workspace.root,
      env: standInEnv(standIn),
    });
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { plans: { actions: { kind: string }[] }[] };
    expect(parsed.plans[0]!.actions.map((action) => action.kind)).toEqual(['update', 'update']);
    expect(standIn.counts().writes).toBe(0);
  });
});

describe('tandem sync and GitHub’s body limit', () => {
  it('leaves an issue whose notes would push it past 65,536 characters alone, and says so', async () => {
    const tandems = numberedTandems(2);
    await workspace.write('programs/pilot.yml', programYaml({ tandems }));
    await sync();
    const [first, second] = tandemIssues();
    first!.body = `${first!.body}\n${'A long note. '.repeat(5_000).slice(0, 65_536 - first!.body!.length - 2)}`;
    const before = first!.body;

    await workspace.write(
      'programs/pilot.yml',
      // Twice the sessions: more than shortening Tandem's own prose can make room for.
      programYaml({ title: 'Pilot program with a much longer name', duration: '40 weeks', tandems }),
    );
    const run = await sync();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/mentor-1-mentee-1: update failed: the issue body would be \d+ characters/);
    expect(first!.body).toBe(before);
    expect(second!.title).toContain('with a much longer name');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { runTandem, standInEnv } from '../helpers/run-tandem.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import type { StandIn } from '../stand-in/index.js';
import { signupBody } from './signup-bodies.js';

let standIn: StandIn;
let workspace: Workspace;

const HAND_POOL = `# Pilot pool: the program managers add people by hand too.
version: 1
mentors:
  # Jonas asked by e-mail
  - login: jonas-krause
    team: sales
    offers: [new-work]
mentees: []
`;

useStandIn(
  (started) => {
    standIn = started;
    standIn.seed({
      issues: [
        {
          title: 'Sign-up: mentor',
          body: signupBody({ team: 'marketing', ticked: ['social-media', 'ai-tools'], capacity: '2' }),
          user: 'lea-schmidt',
        },
        {
          title: 'Sign-up: mentee',
          body: signupBody({ role: 'mentee', team: 'finance', manager: 'ceo-anna' }),
          user: 'martin-weber',
        },
        {
          title: 'Anmeldung: Mentee',
          body: signupBody({ language: 'de', role: 'mentee', ticked: ['new-work'] }),
          user: 'ada-lovelace',
        },
        { title: 'Sign-up with a typo', body: signupBody({ ticked: ['ai-tool'] }), user: 'bo-bad' },
        { title: 'A bug', body: 'It breaks.' },
        { title: 'Old pull request', pullRequest: true, body: signupBody() },
      ],
    });
  },
  () => workspace[Symbol.asyncDispose](),
);

beforeEach(async () => {
  workspace = await createWorkspace({
    'programs/pilot.yml': programYaml({
      tandems: numberedTandems(1),
      extra: { signup: { pool: 'pools/pilot.yml' } },
    }),
    'pools/pilot.yml': HAND_POOL,
  });
});

const signups = (...args: string[]) =>
  runTandem(['signups', ...args], { root: workspace.root, env: standInEnv(standIn) });

describe('tandem signups', () => {
  it('collects the open sign-ups into the pool, follows closes and edits, and keeps hand-written entries and comments', async () => {
    const first = await signups();
    expect(first.stderr).toContain(
      'warning: #4 (bo-bad) is not in a pool: `ai-tool` is not a topic of this program',
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('pools/pilot.yml: added #1, #2, #3');
    expect(
      await workspace.read('pools/pilot.yml'),
    ).toBe(`# Pilot pool: the program managers add people by hand too.
version: 1
mentors:
  # Jonas asked by e-mail
  - login: jonas-krause
    team: sales
    offers: [new-work]
  - login: lea-schmidt # sign-up #1
    team: marketing
    offers: [social-media, ai-tools]
    capacity: 2
mentees:
  - login: martin-weber # sign-up #2
    team: finance
    reports_to: ceo-anna
    wants: [social-media]
    capacity: 1
  - login: ada-lovelace # sign-up #3
    wants: [new-work]
    capacity: 1
`);

    const afterFirst = await workspace.read('pools/pilot.yml');
    standIn.resetLog();
    const second = await signups();
    expect(second.stdout).toContain('pools/pilot.yml: unchanged');
    expect(await workspace.read('pools/pilot.yml')).toBe(afterFirst);
    expect(standIn.counts()).toMatchObject({ total: 1, writes: 0 });

    standIn.state.issues[1]!.state = 'closed';
    standIn.state.issues[0]!.body = signupBody({ team: 'marketing', ticked: ['ai-tools'], capacity: '3' });
    const third = await signups();
    expect(third.stdout).toContain('pools/pilot.yml: updated #1; removed #2');
    const pool = await workspace.read('pools/pilot.yml');
    expect(pool).toContain('  # Jonas asked by e-mail\n  - login: jonas-krause\n');
    expect(pool).toContain(
      '  - login: lea-schmidt # sign-up #1\n    team: marketing\n    offers: [ai-tools]\n    capacity: 3\n',
    );
    expect(pool).not.toContain('martin-weber');
  });

  it('reports a pool made invalid by hand at its line and leaves the file untouched', async () => {
    const broken = HAND_POOL.replace('    offers: [new-work]', '    offers: [new-work\n    capacity: 2');
    await workspace.write('pools/pilot.yml', broken);
    const result = await signups();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^pools\/pilot\.yml:\d+:\d+: error: /m);
    expect(result.stderr).toContain('pools/pilot.yml: fix the pool file first; it was not changed.');
    expect(await workspace.read('pools/pilot.yml')).toBe(broken);
    expect(standIn.counts().total).toBe(0);
  });

  it('reports a pool that breaks the pool format at its line', async () => {
    const invalid = HAND_POOL.replace('team: sales', 'team: sales\n    capacity: 0');
    await workspace.write('pools/pilot.yml', invalid);
    const result = await signups();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^pools\/pilot\.yml:7:\d+: error: mentors\[0\]\.capacity/m);
    expect(await workspace.read('pools/pilot.yml')).toBe(invalid);
  });

  it('reads 250 open issues in 3 requests', async () => {
    standIn.seed({
      issues: Array.from({ length: 244 }, (_, index) => ({
        title: `Issue ${index}`,
        body: 'Nothing to see.',
      })),
    });
    standIn.resetLog();
    const result = await signups();
    expect(result.code).toBe(0);
    expect(standIn.counts()).toMatchObject({ total: 3, writes: 0 });
  });

  it('creates the pool file when there is none, and --dry-run writes nothing', async () => {
    await workspace.write(
      'programs/pilot.yml',
      programYaml({ tandems: numberedTandems(1), extra: { signup: { pool: 'pools/new/pilot.yml' } } }),
    );
    const dry = await signups('--dry-run');
    expect(dry.code).toBe(0);
    await expect(workspace.read('pools/new/pilot.yml')).rejects.toThrow();
    const real = await signups();
    expect(real.stdout).toContain('pools/new/pilot.yml: added #1, #2, #3');
    expect(await workspace.read('pools/new/pilot.yml')).toMatch(/^# The people who could form tandems/);
  });
});

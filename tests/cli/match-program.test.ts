import { afterEach, describe, expect, it } from 'vitest';
import { POOL, PROGRAM } from '../helpers/match-fixtures.js';
import { runTandem } from '../helpers/run-tandem.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';

let workspace: Workspace | undefined;
afterEach(async () => {
  await workspace?.[Symbol.asyncDispose]();
  workspace = undefined;
});

async function setUp(pool = POOL, program = PROGRAM): Promise<Workspace> {
  workspace = await createWorkspace({ 'programs/pilot.yml': program, 'pools/pilot.yml': pool });
  return workspace;
}

const match = (args: string[]) => runTandem(['match', 'pools/pilot.yml', ...args], { root: workspace!.root });

describe('match --program', () => {
  it('names an unknown topic at its line in the pool file, with a suggestion, and exits 1', async () => {
    await setUp(POOL.replace('offers: [ai-tools, new-work]', 'offers: [ai-tool, new-work]'));
    const run = await match(['--program', 'programs/pilot.yml']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(
      /pools\/pilot\.yml:8:\d+: error: mentors\[1\]\.offers\[0\]: "ai-tool" is not a topic of programs\/pilot\.yml .*did you mean "ai-tools"\?/,
    );
  });

  it('keeps the existing tandems: their pair is not proposed again and a person at capacity is not matched again', async () => {
    await setUp();
    const run = await match(['--program', 'programs/pilot.yml', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      tandems: { mentor: string; mentee: string }[];
      unmatched: { login: string }[];
    };
    const pairs = result.tandems.map((tandem) => `${tandem.mentor}/${tandem.mentee}`);
    expect(pairs).not.toContain('lea-schmidt/martin-weber');
    // Lea and Martin have their tandem (capacity 1 each): neither is matched again nor listed as unmatched.
    expect(pairs.some((pair) => pair.includes('lea-schmidt') || pair.includes('martin-weber'))).toBe(false);
    expect(result.unmatched.map((person) => person.login)).not.toContain('lea-schmidt');
    expect(pairs).toEqual(['jonas-krause/peter-neumann', 'jonas-krause/sabine-hoffmann']);
  });

  it('--write adds the new tandems with score and reason as comments and keeps every other line as it was', async () => {
    await setUp();
    const run = await match(['--program', 'programs/pilot.yml', '--write']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('programs/pilot.yml: wrote 2 new tandems into tandems:');
    // The pool lets Jonas take two mentees; the program allows one tandem per person: validate's warning.
    expect(run.stdout).toMatch(
      /programs\/pilot\.yml:\d+:\d+: warning: tandems\[2\]\.mentor: jonas-krause is already in 1 tandem/,
    );
    expect(run.stdout).toContain(
      'not matched: mentee ulrike-vogel: capacity of all suitable mentors is used: lea-schmidt',
    );
    const after = await workspace!.read('programs/pilot.yml');
    const added = after.split('\n').filter((line) => !PROGRAM.split('\n').includes(line));
    expect(added).toEqual([
      '  # tandem match: score 1, shares new-work; not in one team or reporting line',
      '  - mentor: jonas-krause',
      '    mentee: peter-neumann',
      '    topics: [new-work]',
      '  # tandem match: score 1, shares ai-tools; not in one team or reporting line',
      '  - mentor: jonas-krause',
      '    mentee: sabine-hoffmann',
      '    topics: [ai-tools]',
    ]);
    // Every other line, in order and byte for byte: removing the added lines gives the file back.
    const lines = after.split('\n');
    const firstAdded = lines.indexOf(added[0]!);
    expect([...lines.slice(0, firstAdded), ...lines.slice(firstAdded + added.length)].join('\n')).toBe(
      PROGRAM,
    );
  });

  it('the written file validates, and a second --write proposes nothing and leaves it unchanged', async () => {
    await setUp();
    await match(['--program', 'programs/pilot.yml', '--write']);
    const validated = await runTandem(['validate', 'programs/pilot.yml'], { root: workspace!.root });
    expect(validated.code).toBe(0);
    const written = await workspace!.read('programs/pilot.yml');
    const again = await match(['--program', 'programs/pilot.yml', '--write']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('programs/pilot.yml: no new tandem to propose; the file is unchanged');
    expect(await workspace!.read('programs/pilot.yml')).toBe(written);
  });

  it('fills an empty tandems: [] of a new program', async () => {
    await setUp(POOL, PROGRAM.replace(/tandems:\n(?: {2}.*\n)+/, 'tandems: []   # filled by tandem match\n'));
    const run = await match(['--program', 'programs/pilot.yml', '--write']);
    expect(run.code).toBe(0);
    const after = await workspace!.read('programs/pilot.yml');
    expect(after).toContain('tandems:   # filled by tandem match\n  # tandem match: score');
    expect((await runTandem(['validate', 'programs/pilot.yml'], { root: workspace!.root })).code).toBe(0);
  });

  it('--write without --program is a usage error', async () => {
    await setUp();
    const run = await match(['--write']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--write needs --program FILE');
  });

  it('fills the empty tandems of the program tandem init writes, from its pool', async () => {
    workspace = await createWorkspace();
    expect((await runTandem(['init', '.'], { root: workspace.root })).code).toBe(0);
    const pool = await workspace.read('pools/reverse-mentoring.yml');
    await workspace.write(
      'pools/reverse-mentoring.yml',
      pool
        .replace(
          'mentors: []',
          'mentors:\n  - login: lea-schmidt\n    team: marketing\n    offers: [social-media, ai-tools]',
        )
        .replace(
          'mentees: []',
          'mentees:\n  - login: martin-weber\n    team: finance\n    wants: [ai-tools]',
        ),
    );
    const before = await workspace.read('programs/reverse-mentoring.yml');
    const run = await runTandem(
      ['match', 'pools/reverse-mentoring.yml', '--program', 'programs/reverse-mentoring.yml', '--write'],
      { root: workspace.root },
    );
    expect(run.code).toBe(0);
    const after = await workspace.read('programs/reverse-mentoring.yml');
    expect(after).toBe(
      before.replace(
        'tandems: []\n',
        'tandems:\n  # tandem match: score 1, shares ai-tools; not in one team or reporting line\n  - mentor: lea-schmidt\n    mentee: martin-weber\n    topics: [ai-tools]\n',
      ),
    );
    expect((await runTandem(['validate'], { root: workspace.root })).code).toBe(0);
  });
});

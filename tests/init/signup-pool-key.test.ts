import { describe, expect, it } from 'vitest';
import { runTandem } from '../helpers/run-tandem.js';
import { createWorkspace } from '../helpers/workspace.js';

const program = (signup: string) => `version: 1
id: pilot
title: Pilot
start: 2027-01-11
duration: 3 months
cadence: every 2 weeks
session: { length: 45 minutes }
timezone: Europe/Berlin
topics: [{ id: ai-tools, title: AI tools }]
tandems: []
${signup}
`;

describe('signup.pool in a program', () => {
  it('is accepted by validate as the path of the pool file', async () => {
    await using workspace = await createWorkspace({
      'programs/pilot.yml': program('signup: { pool: pools/pilot.yml }'),
    });
    const run = await runTandem(['validate'], { root: workspace.root });
    expect(run.stdout).toBe('1 program file valid\n');
    expect(run.code).toBe(0);
  });

  it('is an error at its line when it leaves the repository or is no YAML file', async () => {
    await using workspace = await createWorkspace({
      'programs/pilot.yml': program('signup:\n  pool: ../pools/pilot.json'),
    });
    const run = await runTandem(['validate'], { root: workspace.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /programs\/pilot\.yml:12:9: error: .*is not a YAML file inside the repository/,
    );
  });
});

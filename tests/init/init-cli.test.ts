import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runTandem } from '../helpers/run-tandem.js';
import { createWorkspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(root, 'src/cli/index.ts');
// tsx resolved from here: the workspace the CLI runs in has no node_modules.
const TSX = import.meta.resolve('tsx');

/** `tandem <args>` as a user runs it: the CLI's entry in its own process. */
function tandem(args: readonly string[], cwd: string) {
  return spawnSync(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TZ: 'America/New_York' },
  });
}

it('`tandem init DIR` through the CLI entry writes a valid repository in the machine’s time zone', async () => {
  await using workspace = await createWorkspace();
  const run = tandem(['init', 'mentoring'], workspace.root);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('created     .github/workflows/tandem-signups.yml');
  expect(run.stdout).toContain('Next steps:');
  expect(await workspace.read('mentoring/programs/reverse-mentoring.yml')).toContain(
    'timezone: America/New_York',
  );
  const validate = await runTandem(['validate'], { root: path.join(workspace.root, 'mentoring') });
  expect(validate.stdout).toBe('1 program file valid\n');
});

it('`tandem --help` lists init, and `tandem init --help` its flags', async () => {
  expect((await runTandem(['--help'], { root })).stdout).toMatch(/^\s+init \[options\] \[dir\]/m);
  const help = tandem(['init', '--help'], root);
  expect(help.status).toBe(0);
  for (const flag of ['--language', '--force', '--timezone', '--today']) expect(help.stdout).toContain(flag);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildBundle, bundles } from '../../scripts/bundle.mjs';
import { schemaUrl } from '../../src/core/init/schema-url.js';
import { runTandem } from '../helpers/run-tandem.js';
import { createWorkspace } from '../helpers/workspace.js';

// The CLI's bin entry, built fresh from the sources exactly as `npm run bundle` builds bin/tandem.js
// (the committed bundle may lag on a branch): what `npx github:tandem-mentoring/tandem#v1 init` runs.
const binDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bin-'));
const bin = path.join(binDir, 'tandem.js');
beforeAll(async () => {
  const options = bundles.find((bundle) => bundle.outdir === 'bin')!;
  const { files } = await buildBundle(options);
  writeFileSync(bin, files.get(path.join('bin', 'tandem.js'))!);
  writeFileSync(path.join(binDir, 'package.json'), '{ "type": "module" }\n');
});
afterAll(() => rmSync(binDir, { recursive: true, force: true }));

function tandem(args: readonly string[], cwd: string) {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TZ: 'America/New_York' },
  });
}

it('the bundled `tandem init DIR` writes a valid repository in the machine’s time zone, merging editor settings', async () => {
  await using workspace = await createWorkspace({
    'mentoring/.vscode/settings.json': '{\n  // ours\n  "a": 1\n}\n',
  });
  const run = tandem(['init', 'mentoring', '--force'], workspace.root);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('created     .github/workflows/tandem-signups.yml');
  expect(run.stdout).toContain('merged      .vscode/settings.json');
  expect(run.stdout).toContain('Next steps:');
  expect(await workspace.read('mentoring/programs/reverse-mentoring.yml')).toContain(
    'timezone: America/New_York',
  );
  const settings = await workspace.read('mentoring/.vscode/settings.json');
  expect(settings).toContain('// ours');
  expect(settings).toContain(schemaUrl('pool'));
  const validate = tandem(['validate'], path.join(workspace.root, 'mentoring'));
  expect(validate.stdout).toBe('1 program file valid\n');
  expect(validate.status).toBe(0);
});

it('`tandem --help` lists init, and `tandem init --help` its flags', async () => {
  expect((await runTandem(['--help'], { root: binDir })).stdout).toMatch(/^\s+init \[options\] \[dir\]/m);
  const help = await runTandem(['init', '--help'], { root: binDir });
  expect(help.code).toBe(0);
  for (const flag of ['--language', '--force', '--timezone', '--today']) expect(help.stdout).toContain(flag);
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaUrl } from '../../src/core/init/schema-url.js';
import { runTandem } from '../helpers/run-tandem.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';

const PROGRAM = 'programs/reverse-mentoring.yml';
const SYNC = '.github/workflows/tandem-sync.yml';
const SETTINGS = '.vscode/settings.json';
const INIT = ['init', '--today', '2026-11-30', '--timezone', 'Europe/Berlin'];

/** Every file of the workspace with its content and modification time. */
function snapshot(workspace: Workspace): Map<string, { content: string; mtime: number }> {
  const files = readdirSync(workspace.root, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return new Map(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [
        path.relative(workspace.root, file),
        { content: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs },
      ];
    }),
  );
}

describe('tandem init run again', () => {
  it('changes nothing the second time and says so', async () => {
    await using workspace = await createWorkspace();
    await runTandem(INIT, { root: workspace.root });
    const before = snapshot(workspace);
    const run = await runTandem(INIT, { root: workspace.root });
    expect(run.code).toBe(0);
    expect(snapshot(workspace)).toEqual(before);
    expect(run.stdout).toContain('Nothing changed: every file tandem init writes is already there');
    expect(run.stdout).not.toContain('created');
    expect(run.stdout).not.toContain('Next steps');
  });

  it('never overwrites an existing file without --force: it lists it as skipped and says how to overwrite', async () => {
    const mine = '# my own program, not yet valid\nid: reverse-mentoring\n';
    await using workspace = await createWorkspace({ [PROGRAM]: mine });
    const run = await runTandem(INIT, { root: workspace.root });
    expect(run.code).toBe(0);
    expect(await workspace.read(PROGRAM)).toBe(mine);
    expect(run.stdout).toContain(`skipped     ${PROGRAM}`);
    expect(run.stdout).toContain('`tandem init --force` rewrites the skipped files, and nothing else');
    // Everything else is written.
    expect(run.stdout).toContain(`created     ${SYNC}`);
  });

  it('with --force rewrites only Tandem’s files: the ones init writes, nothing else in the directory', async () => {
    await using workspace = await createWorkspace({
      'README.md': '# Our mentoring\n',
      'programs/pilot.yml': 'version: 1\n',
      '.github/workflows/ci.yml': 'name: CI\n',
    });
    await runTandem(INIT, { root: workspace.root });
    const original = await workspace.read(SYNC);
    await workspace.write(SYNC, `${original}# changed by hand\n`);
    const others = snapshot(workspace);
    const run = await runTandem([...INIT, '--force'], { root: workspace.root });
    expect(run.code).toBe(0);
    expect(await workspace.read(SYNC)).toBe(original);
    expect(run.stdout).toContain(`overwritten ${SYNC}`);
    const after = snapshot(workspace);
    for (const [file, before] of others) {
      if (file !== SYNC) expect({ file, ...after.get(file)! }).toEqual({ file, ...before });
    }
    expect(after.size).toBe(others.size);
  });

  it('keeps the user’s own editor settings: --force only adds the two yaml.schemas entries', async () => {
    const mine = '{\n  // ours\n  "editor.tabSize": 4,\n  "yaml.schemas": { "my.json": "x.yml" }\n}\n';
    await using workspace = await createWorkspace({ [SETTINGS]: mine });
    const first = await runTandem(INIT, { root: workspace.root });
    expect(first.stdout).toContain(`skipped     ${SETTINGS}`);
    expect(await workspace.read(SETTINGS)).toBe(mine);
    const forced = await runTandem([...INIT, '--force'], { root: workspace.root });
    expect(forced.stdout).toContain(`merged      ${SETTINGS}`);
    const merged = await workspace.read(SETTINGS);
    expect(merged).toContain('// ours');
    expect(merged).toContain('"editor.tabSize": 4');
    expect(merged).toContain('"my.json": "x.yml"');
    expect(merged).toContain(schemaUrl('program'));
    expect(merged).toContain(schemaUrl('pool'));
    const again = await runTandem([...INIT, '--force'], { root: workspace.root });
    expect(again.stdout).toContain(`unchanged   ${SETTINGS}`);
    expect(await workspace.read(SETTINGS)).toBe(merged);
  });

  it('leaves editor settings it cannot read as JSON alone, even with --force, and says why', async () => {
    const broken = '{ "editor.tabSize": 4,, }';
    await using workspace = await createWorkspace({ [SETTINGS]: broken });
    const run = await runTandem([...INIT, '--force'], { root: workspace.root });
    expect(run.code).toBe(0);
    expect(await workspace.read(SETTINGS)).toBe(broken);
    expect(run.stdout).toContain(`skipped     ${SETTINGS} (not readable as JSON`);
  });

  it('writes into DIR, creating it, and refuses a DIR that is a file (exit 2)', async () => {
    await using workspace = await createWorkspace({ 'a-file': 'x' });
    const run = await runTandem([...INIT, 'new/repo'], { root: workspace.root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('tandem init: new/repo');
    expect(await workspace.read(`new/repo/${PROGRAM}`)).toContain('id: reverse-mentoring');
    const refused = await runTandem([...INIT, 'a-file'], { root: workspace.root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/a-file: is a file, not a directory/);
  });

  it('refuses an unknown time zone or language with a usage error (exit 2)', async () => {
    await using workspace = await createWorkspace();
    const zone = await runTandem(['init', '--timezone', 'Mars/Olympus'], { root: workspace.root });
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('"Mars/Olympus" is not an IANA time zone');
    const language = await runTandem(['init', '--language', 'fr'], { root: workspace.root });
    expect(language.code).toBe(2);
    expect(language.stderr).toContain('--language takes en or de, got "fr"');
    expect(readdirSync(workspace.root)).toEqual([]);
  });
});

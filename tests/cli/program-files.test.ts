import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../helpers/run-tandem.js';
import { createWorkspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const example = readFileSync(path.join(root, 'programs/example.yml'), 'utf8');
const second = example.replace('id: digital-leadership-2027', 'id: second-program');

describe('which program files a command reads', () => {
  it('`tandem validate programs/` validates the program files in that directory', async () => {
    await using workspace = await createWorkspace({
      'programs/a.yml': example,
      'programs/b.yaml': second,
      'programs/notes.txt': 'not a program',
    });
    for (const directory of ['programs/', 'programs']) {
      const run = await runTandem(['validate', directory], { root: workspace.root });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('2 program files valid');
    }
  });

  it('without files, reads programs/*.yml and programs/*.yaml', async () => {
    await using workspace = await createWorkspace({ 'programs/a.yml': example, 'programs/b.yaml': second });
    const run = await runTandem(['validate', '--json'], { root: workspace.root });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { files: string[] }).files).toEqual([
      'programs/a.yml',
      'programs/b.yaml',
    ]);
  });

  it('a directory without program files is a usage error that says so', async () => {
    await using workspace = await createWorkspace({ 'empty/notes.txt': '' });
    const run = await runTandem(['validate', 'empty'], { root: workspace.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('empty: no program file (*.yml, *.yaml) in this directory');
  });
});

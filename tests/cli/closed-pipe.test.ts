import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createWorkspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(root, 'src/cli/index.ts');
// tsx resolved from here: the workspace the CLI runs in has no node_modules.
const TSX = import.meta.resolve('tsx');
const example = readFileSync(path.join(root, 'programs/example.yml'), 'utf8');

/** Runs `tandem <args> | <reader>` in a shell; returns the reader's output and the CLI's stderr and exit. */
function runPiped(
  args: string,
  reader: string,
  cwd: string,
): { stdout: string; stderr: string; code: string } {
  const run = spawnSync(
    'bash',
    [
      '-c',
      `"${process.execPath}" --import "${TSX}" "${CLI}" ${args} 2>cli.err | ${reader}; echo "\${PIPESTATUS[0]}"`,
    ],
    { cwd, encoding: 'utf8' },
  );
  const lines = run.stdout.trimEnd().split('\n');
  const code = lines.pop() ?? '';
  return { stdout: lines.join('\n'), stderr: readFileSync(path.join(cwd, 'cli.err'), 'utf8'), code };
}

it('`tandem preview` into a pipe already closed by its reader ends quietly, exit 0', async () => {
  await using workspace = await createWorkspace({ 'programs/example.yml': example });
  // `true` never reads: by the time the CLI writes its first line the pipe is closed.
  const run = runPiped('preview --today 2027-02-01', 'true', workspace.root);
  expect(run.stderr).toBe('');
  expect(run.code).toBe('0');
});

it('`tandem preview | head -1` prints one line and ends quietly, exit 0', async () => {
  await using workspace = await createWorkspace({ 'programs/example.yml': example });
  const run = runPiped('preview --today 2027-02-01', 'head -1', workspace.root);
  expect(run.stdout.split('\n')).toHaveLength(1);
  expect(run.stderr).toBe('');
  expect(run.code).toBe('0');
});

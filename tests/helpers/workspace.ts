import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A temporary repository checkout with the given files; removes itself with `await using`. */
export interface Workspace extends AsyncDisposable {
  readonly root: string;
  write(file: string, content: string | Uint8Array): Promise<void>;
  read(file: string): Promise<string>;
}

export async function createWorkspace(files: Record<string, string | Uint8Array> = {}): Promise<Workspace> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'tandem-test-'));
  const workspace: Workspace = {
    root,
    async write(file, content) {
      const absolute = path.join(root, file);
      await mkdir(path.dirname(absolute), { recursive: true });
      await writeFile(absolute, content);
    },
    read: (file) => readFile(path.join(root, file), 'utf8'),
    [Symbol.asyncDispose]: () => rm(root, { recursive: true, force: true }),
  };
  for (const [file, content] of Object.entries(files)) await workspace.write(file, content);
  return workspace;
}

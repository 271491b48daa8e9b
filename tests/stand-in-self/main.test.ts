import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { SeedData } from '../stand-in/index.js';

const MAIN = fileURLToPath(new URL('../stand-in/main.ts', import.meta.url));

it('runs as its own process: seeded from a file, one JSON line when ready, a summary on SIGTERM', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'stand-in-main-'));
  try {
    const seed: SeedData = { issues: [{ title: 'seeded', labels: ['tandem:x'] }] };
    const seedFile = path.join(dir, 'seed.json');
    await writeFile(seedFile, JSON.stringify(seed));
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, seedFile, '--repo', 'org/program'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const ready = JSON.parse((await lines.next()).value as string) as { url: string; graphqlUrl: string };
    expect(ready.graphqlUrl).toBe(`${ready.url}/graphql`);
    expect(new URL(ready.url).hostname).toBe('127.0.0.1');

    const response = await fetch(`${ready.url}/repos/org/program/issues?labels=tandem:x`, {
      headers: { authorization: 'token t' },
    });
    expect((await response.json()) as unknown[]).toMatchObject([{ number: 1, title: 'seeded' }]);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const summary = JSON.parse((await lines.next()).value as string) as {
      counts: { total: number };
      violations: [];
    };
    expect(summary).toEqual({
      counts: { total: 1, reads: 1, writes: 0, graphql: 0, rest: 1 },
      violations: [],
    });
    expect(await exited).toBe(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

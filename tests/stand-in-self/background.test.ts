import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../stand-in/main.ts', import.meta.url));

it('started in the background (stdin closed at once), keeps serving until SIGINT', async () => {
  // `node … main.ts &` in a script: the shell gives a background job an empty, closed stdin.
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const ready = JSON.parse((await lines.next()).value as string) as { url: string };
  // Long enough for an end of stdin to have been seen.
  await sleep(200);
  expect(child.exitCode).toBeNull();
  const response = await fetch(`${ready.url}/repos/acme/mentoring/issues`, {
    headers: { authorization: 'token t' },
  });
  expect(response.status).toBe(200);
  child.kill('SIGINT');
  expect(await exited).toBe(0);
});

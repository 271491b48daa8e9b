import { spawn } from 'node:child_process';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { numberedTandems, programYaml } from '../tests/helpers/program-yaml.js';
import { createWorkspace } from '../tests/helpers/workspace.js';
import { startStandIn } from '../tests/stand-in/index.js';
import { median, ms, printTable } from './measure.js';

const root = path.resolve(import.meta.dirname, '..');
// The machine is shared and its noise comes in bursts: 31 runs keep the median steady.
const RUNS = 31;

/** From `node action/index.js` starting, as the runner starts it, to its first request to GitHub. */
export async function benchAction(): Promise<void> {
  const standIn = await startStandIn();
  await using workspace = await createWorkspace({
    'programs/pilot.yml': programYaml({ tandems: numberedTandems(3) }),
  });
  const eventPath = path.join(workspace.root, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({ repository: { default_branch: 'main', full_name: 'acme/mentoring' } }),
  );
  const log = standIn.log as unknown as { push: (...entries: unknown[]) => number };
  const push = log.push.bind(log);
  let firstRequestAt: number | undefined;
  log.push = (...entries) => {
    firstRequestAt ??= performance.now();
    return push(...entries);
  };
  const coldStarts: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      firstRequestAt = undefined;
      const started = performance.now();
      const child = spawn(process.execPath, [path.join(root, 'action/index.js')], {
        cwd: workspace.root,
        stdio: 'ignore',
        env: {
          PATH: process.env.PATH,
          INPUT_COMMAND: 'plan',
          INPUT_TOKEN: 'test-token',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REPOSITORY: 'acme/mentoring',
          GITHUB_API_URL: standIn.url,
          GITHUB_GRAPHQL_URL: standIn.graphqlUrl,
        },
      });
      await new Promise((resolve) => child.on('exit', resolve));
      if (firstRequestAt === undefined) throw new Error('the Action made no request');
      coldStarts.push(firstRequestAt - started);
    }
  } finally {
    await standIn.close();
  }
  const size = (await stat(path.join(root, 'action/index.js'))).size;
  printTable(`The Action's bundle (median of ${RUNS} cold starts)`, [
    ['cold start to first request', ms(median(coldStarts)), '≤ 150 ms median'],
    ['bundle size (action/index.js)', `${(size / 1024 / 1024).toFixed(2)} MB`, '≤ 2 MB'],
  ]);
}

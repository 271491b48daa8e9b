import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import type { StandIn } from '../stand-in/index.js';

export interface TandemRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs the real CLI in-process, as `tandem <args>` in `root`, with its output captured. */
export async function runTandem(
  args: readonly string[],
  options: { root: string; env?: Record<string, string | undefined>; isTerminal?: boolean },
): Promise<TandemRun> {
  const stdout = capture();
  const stderr = capture();
  // As a terminal would: the CLI may colour its output.
  if (options.isTerminal) Object.assign(stdout.stream, { isTTY: true });
  if (options.isTerminal) Object.assign(stderr.stream, { isTTY: true });
  const code = await runCli({
    argv: args,
    env: options.env ?? {},
    cwd: options.root,
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The environment that points the CLI at a stand-in, with pacing scaled down (never off). */
export function standInEnv(standIn: StandIn, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_TOKEN: 'test-token',
    GITHUB_REPOSITORY: 'acme/mentoring',
    GITHUB_API_URL: standIn.url,
    GITHUB_GRAPHQL_URL: standIn.graphqlUrl,
    TANDEM_PACING: '0.001',
    ...extra,
  };
}

import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StandIn } from '../stand-in/index.js';
import type { Workspace } from './workspace.js';

const bundle = path.resolve(import.meta.dirname, '../../action/index.js');
const source = path.resolve(import.meta.dirname, '../../src/action/index.ts');

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as @actions/core writes GITHUB_OUTPUT. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/**
 * Runs the committed bundle as the Actions runner does: a child process with `INPUT_*` variables,
 * the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the API URLs of the
 * stand-in.
 */
export async function runAction(options: {
  readonly standIn: StandIn;
  readonly workspace: Workspace;
  readonly eventName: string;
  readonly payload: object;
  readonly ref?: string;
  readonly inputs?: Record<string, string>;
  readonly token?: string;
  /** Run src/action/index.ts through tsx instead of the bundle (a change not yet bundled). */
  readonly isFromSource?: boolean;
}): Promise<ActionRun> {
  const { workspace, standIn } = options;
  const eventPath = path.join(workspace.root, '.runner', 'event.json');
  const outputPath = path.join(workspace.root, '.runner', 'output');
  const summaryPath = path.join(workspace.root, '.runner', 'summary.md');
  await workspace.write('.runner/event.json', JSON.stringify(options.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const inputs = {
    command: 'auto',
    programs: 'programs/*.yml',
    token: options.token ?? 'test-token',
    'dry-run': 'false',
    today: '',
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: options.ref ?? 'refs/heads/master',
    GITHUB_REPOSITORY: `${standIn.state.repo.owner}/${standIn.state.repo.name}`,
    GITHUB_API_URL: standIn.url,
    GITHUB_GRAPHQL_URL: standIn.graphqlUrl,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    TANDEM_PACING: '0.001',
  };
  // The runner upper-cases input names and keeps their dashes.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const entry = options.isFromSource ? ['--import', import.meta.resolve('tsx'), source] : [bundle];
  const child = spawn(process.execPath, entry, { cwd: workspace.root, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve) =>
    child.on('close', (exitCode) => resolve(exitCode ?? -1)),
  );
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
  };
}

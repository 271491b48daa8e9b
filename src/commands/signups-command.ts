import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { loadPool } from '../core/match/load-pool.js';
import type { Program } from '../core/program/program.js';
import { type PoolUpdate, updatePoolText } from '../core/signup/update-pool-text.js';
import { IssuesApi } from '../github/issues-api.js';
import { UsageError } from './error-message.js';
import { connectGitHub, type GitHubSettings } from './github-settings.js';
import { loadPrograms } from './load-programs.js';
import type { Output } from './output.js';
import { readOpenSignups } from './read-signups.js';
import { reportDiagnostics } from './report-diagnostics.js';

export interface SignupsCommandOptions {
  readonly root: string;
  readonly patterns: readonly string[];
  readonly github: GitHubSettings;
  readonly isDryRun: boolean;
  /** The pools go into a pull request (the Action's `command: signups`), not into the working tree. */
  readonly isProposal?: boolean;
}

/** One program's pool file after the run: what the pull request of `command: signups` carries. */
export interface PoolFileResult extends PoolUpdate {
  readonly programId: string;
  /** `signup.pool`, from the repository root. */
  readonly file: string;
}

export interface SignupsCommandResult {
  readonly exitCode: number;
  /** The pools that could be updated (an invalid pool file is reported and left out). */
  readonly pools: readonly PoolFileResult[];
}

/**
 * `tandem signups`: for each program with `signup.pool`, every open, valid sign-up into its pool
 * file. A pool made invalid by hand is reported at its line and not written; nothing else stops.
 */
export async function runSignupsCommand(
  options: SignupsCommandOptions,
  output: Output,
): Promise<SignupsCommandResult> {
  const loaded = await loadPrograms(options.patterns, options.root);
  let hasError = reportDiagnostics(loaded.diagnostics, output);
  const targets = loaded.programs.filter(
    (program): program is Program & { signup: { pool: string } } => program.signup !== undefined,
  );
  if (targets.length === 0) {
    output.line('No program sets signup.pool: there is no pool to collect sign-ups into.');
    return { exitCode: hasError ? 1 : 0, pools: [] };
  }

  const existing = new Map<string, string | undefined>();
  for (const program of targets) {
    const text = await readPoolFile(options.root, program.signup.pool);
    const problems = text === undefined ? [] : loadPool(program.signup.pool, text).diagnostics;
    if (reportDiagnostics(problems, output)) {
      output.warn(`${program.signup.pool}: fix the pool file first; it was not changed.`);
      hasError = true;
    } else existing.set(program.id, text);
  }
  const ready = targets.filter((program) => existing.has(program.id));
  if (ready.length === 0) return { exitCode: 1, pools: [] };

  const api = new IssuesApi(
    connectGitHub(options.github, (message) => output.warn(`warning: ${message}`)),
    options.github.repo,
  );
  const { signups, rejected } = await readOpenSignups(api, loaded.programs);
  for (const signup of rejected)
    output.warn(
      `warning: #${signup.issueNumber} (${signup.login}) is not in a pool: ${signup.problems.join(' ')}`,
    );

  const pools: PoolFileResult[] = [];
  for (const program of ready) {
    const file = program.signup.pool;
    const update = updatePoolText(existing.get(program.id), signups, program);
    for (const skipped of update.skipped)
      output.warn(`warning: #${skipped.issueNumber} is not in ${file}: ${skipped.reason}`);
    // The sign-ups were checked against the program; this only guards the file against a surprise.
    const after = loadPool(file, update.text).diagnostics.filter(isError);
    if (after.length > 0) {
      reportDiagnostics(after, output);
      output.warn(`${file}: the sign-ups would make the pool invalid; it was not changed.`);
      hasError = true;
      continue;
    }
    if (update.isChanged && !options.isDryRun && !options.isProposal) {
      const absolute = path.resolve(options.root, file);
      await mkdir(path.dirname(absolute), { recursive: true });
      await writeFile(absolute, update.text);
    }
    output.line(`${file}: ${describeUpdate(update, options)}`);
    pools.push({ ...update, programId: program.id, file });
  }
  output.summary(formatSummary(pools));
  return { exitCode: hasError ? 1 : 0, pools };
}

const isError = (diagnostic: Diagnostic): boolean => diagnostic.severity === 'error';

async function readPoolFile(root: string, file: string): Promise<string | undefined> {
  try {
    return await readFile(path.resolve(root, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UsageError(`${file}: cannot read the pool file (${code ?? 'unknown error'})`);
  }
}

function describeUpdate(update: PoolUpdate, { isDryRun, isProposal }: SignupsCommandOptions): string {
  const issues = (numbers: readonly number[]) => numbers.map((n) => `#${n}`).join(', ');
  const parts = [
    update.added.length > 0 && `added ${issues(update.added)}`,
    update.updated.length > 0 && `updated ${issues(update.updated)}`,
    update.removed.length > 0 && `removed ${issues(update.removed)}`,
  ].filter(Boolean);
  if (!update.isChanged) return 'unchanged';
  const where = isDryRun ? ' (dry run: not written)' : isProposal ? ' (for the sign-ups pull request)' : '';
  if (parts.length === 0) return isDryRun ? 'would be created' : `created${where}`;
  return `${parts.join('; ')}${where}`;
}

function formatSummary(pools: readonly PoolFileResult[]): string {
  const rows = pools.map(
    (pool) =>
      `| \`${pool.file}\` | ${pool.added.length} | ${pool.updated.length} | ${pool.removed.length} | ${pool.isChanged ? 'changed' : 'unchanged'} |`,
  );
  return [
    '## Tandem sign-ups',
    '',
    '| Pool | Added | Updated | Removed | Pool file |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

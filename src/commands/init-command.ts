import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readFormProgram } from '../core/init/read-form-program.js';
import { type InitFile, renderInitFiles } from '../core/init/render-init-files.js';
import { renderNextSteps } from '../core/init/render-next-steps.js';
import { STARTER_PROGRAM_ID } from '../core/init/starter-program.js';
import type { Language } from '../core/locale/language.js';
import { IANAZone } from '../core/time/luxon.js';
import { UsageError } from './error-message.js';
import type { Output } from './output.js';
import { todayIn } from './today.js';

export interface InitCommandOptions {
  /** The working directory. */
  readonly root: string;
  /** DIR: where the repository is (default: the working directory); created when missing. */
  readonly dir?: string;
  readonly language: Language;
  /** `--force`: rewrite Tandem's files that exist and differ; nothing else is touched either way. */
  readonly isForce: boolean;
  readonly today?: string;
  /** The sessions' time zone (default: this machine's). */
  readonly timezone?: string;
}

/** `merged`: Tandem's part added to a file that holds the user's own settings too. */
export type InitFileStatus = 'created' | 'unchanged' | 'skipped' | 'overwritten' | 'merged';

export interface InitFileResult {
  readonly path: string;
  readonly status: InitFileStatus;
  /** Why a file was skipped, when it was not merely "exists and differs". */
  readonly reason?: string;
}

export interface InitCommandResult {
  readonly exitCode: number;
  readonly files: readonly InitFileResult[];
}

/** `tandem init [DIR]`: writes a working repository, never over an existing file without --force. */
export async function runInitCommand(
  options: InitCommandOptions,
  output: Output,
): Promise<InitCommandResult> {
  const target = path.resolve(options.root, options.dir ?? '.');
  const timezone = options.timezone ?? machineTimezone();
  if (!IANAZone.isValidZone(timezone)) {
    throw new UsageError(
      `--timezone: ${JSON.stringify(timezone)} is not an IANA time zone (e.g. Europe/Berlin)`,
    );
  }
  await ensureDirectory(target);
  // Without --force a program file already there stays, and the forms offer its topics; with --force
  // the starter program replaces it, and the forms offer the starter's.
  const existingProgram = options.isForce
    ? undefined
    : await readExisting(path.join(target, 'programs', `${STARTER_PROGRAM_ID}.yml`));
  const { program, files } = renderInitFiles({
    language: options.language,
    today: todayIn(timezone, options.today),
    timezone,
    ...(typeof existingProgram === 'string' && { existingProgram: readFormProgram(existingProgram) }),
  });
  const results: InitFileResult[] = [];
  for (const file of files) results.push(await writeInitFile(target, file, options.isForce));

  const shown = path.relative(options.root, target) || '.';
  output.line(`tandem init: ${shown}`);
  for (const result of results) {
    output.line(`  ${result.status.padEnd(11)} ${result.path}${result.reason ? ` (${result.reason})` : ''}`);
  }
  const written = results.filter((result) => ['created', 'overwritten', 'merged'].includes(result.status));
  const skipped = results.filter((result) => result.status === 'skipped');
  if (skipped.length > 0) {
    output.line(
      `Skipped ${plural(skipped.length, 'file')} already there and different: ` +
        '`tandem init --force` rewrites the skipped files, and nothing else.',
    );
  }
  if (written.length === 0) {
    output.line(
      skipped.length === 0
        ? 'Nothing changed: every file tandem init writes is already there, as it writes it.'
        : 'Nothing written.',
    );
    return { exitCode: 0, files: results };
  }
  output.line('');
  for (const line of renderNextSteps(
    program,
    written.map((result) => result.path),
  ))
    output.line(line);
  return { exitCode: 0, files: results };
}

async function writeInitFile(root: string, file: InitFile, isForce: boolean): Promise<InitFileResult> {
  const absolute = path.join(root, ...file.path.split('/'));
  const existing = await readExisting(absolute);
  if (existing === undefined) {
    await mkdir(path.dirname(absolute), { recursive: true });
    // `wx`: a file that appeared since the read is never written over.
    await writeFile(absolute, file.content, { flag: 'wx' });
    return { path: file.path, status: 'created' };
  }
  if (existing === null) return { path: file.path, status: 'skipped', reason: 'a directory is in the way' };
  const wanted = file.merge ? file.merge(existing) : file.content;
  if (wanted === undefined) {
    return {
      path: file.path,
      status: 'skipped',
      reason: 'not readable as JSON: add the yaml.schemas entries by hand',
    };
  }
  if (wanted === existing) return { path: file.path, status: 'unchanged' };
  if (!isForce) {
    return file.merge
      ? {
          path: file.path,
          status: 'skipped',
          reason: 'your settings: --force adds the yaml.schemas entries, keeps the rest',
        }
      : { path: file.path, status: 'skipped' };
  }
  await writeFile(absolute, wanted);
  return { path: file.path, status: file.merge ? 'merged' : 'overwritten' };
}

/** The file's text; undefined when there is none, null when a directory has its name. */
async function readExisting(file: string): Promise<string | undefined | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') return null;
    throw new Error(`${file}: cannot read it (${code})`, { cause: error });
  }
}

async function ensureDirectory(dir: string): Promise<void> {
  const found = await stat(dir).catch(() => undefined);
  if (found && !found.isDirectory()) throw new UsageError(`${dir}: is a file, not a directory`);
  await mkdir(dir, { recursive: true });
}

/** This machine's time zone, as the program's default; UTC where it has none. */
function machineTimezone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && IANAZone.isValidZone(zone) ? zone : 'UTC';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

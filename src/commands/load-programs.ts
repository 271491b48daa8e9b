import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { type HolidayCalendar, loadHolidayCalendar } from '../core/program/holiday-calendar.js';
import type { Program } from '../core/program/program.js';
import { checkProgramIds, loadProgram } from '../core/validate/load-program.js';
import { UsageError } from './error-message.js';

export const PROGRAM_EXTENSIONS = '*.{yml,yaml}';
export const DEFAULT_PROGRAMS = `programs/${PROGRAM_EXTENSIONS}`;

export interface LoadedPrograms {
  readonly files: readonly string[];
  /** The programs without an error, in file order. */
  readonly programs: readonly Program[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Files, directories (the program files in them) or globs, relative to `root` (the repository root);
 * a name that matches nothing is a usage error.
 */
export async function findProgramFiles(patterns: readonly string[], root: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : [DEFAULT_PROGRAMS]) {
    const isDirectory = !isDynamicPattern(pattern) && isDirectoryAt(path.resolve(root, pattern));
    const search = isDirectory ? `${pattern.replace(/\/+$/, '')}/${PROGRAM_EXTENSIONS}` : pattern;
    const matches = await glob(search, { cwd: root, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) {
      throw new UsageError(
        isDirectory
          ? `${pattern}: no program file (*.yml, *.yaml) in this directory`
          : isDynamicPattern(pattern)
            ? `no program file matches ${pattern}`
            : `${pattern}: no such file`,
      );
    }
    for (const match of matches.sort()) files.add(match);
  }
  return [...files];
}

export async function loadPrograms(patterns: readonly string[], root: string): Promise<LoadedPrograms> {
  const files = await findProgramFiles(patterns, root);
  const readTemplate = (templatePath: string): string | undefined => {
    try {
      return readFileSync(path.resolve(root, templatePath), 'utf8');
    } catch {
      return undefined;
    }
  };
  const programs: Program[] = [];
  const diagnostics: Diagnostic[] = [];
  const ids: { file: string; id: string; range: Diagnostic['range'] }[] = [];
  let holidays: HolidayCalendar | undefined;
  for (const file of files) {
    const content = await readProgramFile(path.resolve(root, file), file);
    // date-holidays is ~0.8 MB of rules: loaded only for a file that may set `holidays`.
    if (!holidays && Buffer.from(content).includes('holidays')) holidays = await loadHolidayCalendar();
    const loaded = loadProgram(file, content, { readTemplate, ...(holidays && { holidays }) });
    diagnostics.push(...loaded.diagnostics);
    if (loaded.program) {
      programs.push(loaded.program);
      ids.push({ file, id: loaded.program.id, range: loaded.programIdRange });
    }
  }
  diagnostics.push(...checkProgramIds(ids));
  const duplicated = new Set(diagnostics.filter((d) => d.rule === 'duplicate-program-id').map((d) => d.file));
  return { files, programs: programs.filter((program) => !duplicated.has(program.file)), diagnostics };
}

function isDirectoryAt(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

async function readProgramFile(absolute: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read the file (${code ?? 'unknown error'})`);
  }
}

/** A template override's source, or undefined for the built-in one. */
export function readTemplate(root: string, templatePath: string | undefined): string | undefined {
  return templatePath === undefined ? undefined : readFileSync(path.resolve(root, templatePath), 'utf8');
}

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { loadPool } from '../core/match/load-pool.js';
import { matchAroundTandems, proposalReason } from '../core/match/match-around-tandems.js';
import type { MatchResult } from '../core/match/pool.js';
import { writeTandems } from '../core/match/write-tandems.js';
import { loadHolidayCalendar } from '../core/program/holiday-calendar.js';
import type { Program } from '../core/program/program.js';
import { loadProgram } from '../core/validate/load-program.js';
import { UsageError } from './error-message.js';

export interface TandemProposal {
  /** The pool's problems (an unknown topic at its line) and, if it came to that, the written file's. */
  readonly diagnostics: readonly Diagnostic[];
  /** Present when the pool could be matched. */
  readonly result?: MatchResult;
  /** Why each proposed pair, in the order of `result.tandems`. */
  readonly reasons: readonly string[];
  /** The program file as it was. */
  readonly before: string;
  /** The program file with the new tandems; present only when there are some and the file validates. */
  readonly after?: string;
  /** The program as the new file describes it (for the sync plan). */
  readonly program?: Program;
  /** Warnings `validate` gives the new file (a person in more tandems than the program allows). */
  readonly warnings: readonly Diagnostic[];
}

/**
 * `match POOL --program FILE`: the pool checked against the program's topics and matched around the
 * program's tandems, and the program file with the new tandems written in (checked as `validate`
 * would, so a file that would not validate is never written).
 */
export async function proposeTandems(options: {
  readonly root: string;
  readonly program: Program;
  readonly poolFile: string;
}): Promise<TandemProposal> {
  const { root, program, poolFile } = options;
  const before = await readText(root, program.file);
  const loaded = loadPool(poolFile, await readText(root, poolFile), {
    programTopics: { file: program.file, ids: program.topics.map((topic) => topic.id) },
  });
  if (!loaded.pool) return { diagnostics: loaded.diagnostics, reasons: [], before, warnings: [] };
  const { pool } = loaded;
  const result = matchAroundTandems(pool, program.tandems);
  const reasons = result.tandems.map((tandem) => proposalReason(tandem, pool));
  const base = { diagnostics: loaded.diagnostics, result, reasons, before, warnings: [] };
  if (result.tandems.length === 0) return base;
  const written = writeTandems(
    before,
    result.tandems.map((tandem, index) => ({
      mentor: tandem.mentor,
      mentee: tandem.mentee,
      topics: tandem.shared,
      comment: `tandem match: score ${tandem.score}, ${reasons[index]}`,
    })),
  );
  if ('error' in written) throw new UsageError(`${program.file}: ${written.error}`);
  const checked = await validateProgramText(root, program.file, written.text);
  if (!checked.program) return { ...base, diagnostics: [...loaded.diagnostics, ...checked.diagnostics] };
  return { ...base, after: written.text, program: checked.program, warnings: checked.diagnostics };
}

/** A program file's text checked as `validate` checks the file itself. */
export async function validateProgramText(root: string, file: string, text: string) {
  const readTemplate = (templatePath: string): string | undefined => {
    try {
      return readFileSync(path.resolve(root, templatePath), 'utf8');
    } catch {
      return undefined;
    }
  };
  const holidays = text.includes('holidays') ? await loadHolidayCalendar() : undefined;
  return loadProgram(file, text, { readTemplate, ...(holidays && { holidays }) });
}

async function readText(root: string, file: string): Promise<string> {
  try {
    return await readFile(path.resolve(root, file), 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code})`);
  }
}

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPool } from '../core/match/load-pool.js';
import { matchPool } from '../core/match/match-pool.js';
import { renderMatchJson, renderMatchYaml } from '../core/match/render-match.js';
import { UsageError } from './error-message.js';
import { loadPrograms } from './load-programs.js';
import type { Output } from './output.js';
import { proposeTandems } from './propose-tandems.js';
import { reportDiagnostics } from './report-diagnostics.js';

export interface MatchCommandOptions {
  readonly root: string;
  readonly file: string;
  readonly isJson: boolean;
  /** `--program FILE`: check the pool's topics against it and keep its tandems. */
  readonly program?: string;
  /** `--write`: write the new tandems into the program file. */
  readonly isWrite?: boolean;
}

export async function runMatchCommand(
  options: MatchCommandOptions,
  output: Output,
  write: (text: string) => void,
): Promise<number> {
  if (options.isWrite && options.program === undefined) {
    throw new UsageError('--write needs --program FILE: the program file to write the new tandems into');
  }
  if (options.program !== undefined)
    return runWithProgram({ ...options, program: options.program }, output, write);
  let content: Uint8Array;
  try {
    content = await readFile(path.resolve(options.root, options.file));
  } catch (error) {
    throw new UsageError(`${options.file}: cannot read the file (${(error as NodeJS.ErrnoException).code})`);
  }
  const loaded = loadPool(options.file, content);
  if (reportDiagnostics(loaded.diagnostics, output) || !loaded.pool) return 1;
  const result = matchPool(loaded.pool);
  write(options.isJson ? renderMatchJson(result) : renderMatchYaml(result));
  return 0;
}

async function runWithProgram(
  options: MatchCommandOptions & { readonly program: string },
  output: Output,
  write: (text: string) => void,
): Promise<number> {
  const loaded = await loadPrograms([options.program], options.root);
  const [program] = loaded.programs;
  if (reportDiagnostics(loaded.diagnostics, output) || !program) return 1;
  const proposal = await proposeTandems({ root: options.root, program, poolFile: options.file });
  if (reportDiagnostics(proposal.diagnostics, output) || !proposal.result) return 1;
  const { result } = proposal;
  if (options.isJson) write(renderMatchJson(result));
  else if (!options.isWrite) write(renderMatchYaml(result));
  if (!options.isWrite) return 0;
  if (proposal.after === undefined) {
    output.line(`${program.file}: no new tandem to propose; the file is unchanged`);
  } else {
    await writeFile(path.resolve(options.root, program.file), proposal.after);
    for (const warning of proposal.warnings) output.diagnostic(warning);
    const count = result.tandems.length;
    output.line(`${program.file}: wrote ${count} new tandem${count === 1 ? '' : 's'} into tandems:`);
  }
  for (const person of result.unmatched)
    output.line(`not matched: ${person.role} ${person.login}: ${person.reason}`);
  return 0;
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPool } from '../core/match/load-pool.js';
import { matchPool } from '../core/match/match-pool.js';
import { renderMatchJson, renderMatchYaml } from '../core/match/render-match.js';
import { UsageError } from './error-message.js';
import type { Output } from './output.js';
import { reportDiagnostics } from './report-diagnostics.js';

export interface MatchCommandOptions {
  readonly root: string;
  readonly file: string;
  readonly isJson: boolean;
}

export async function runMatchCommand(
  options: MatchCommandOptions,
  output: Output,
  write: (text: string) => void,
): Promise<number> {
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

import type { Diagnostic } from '../diagnostic.js';
import { sortDiagnostics } from '../diagnostic-at.js';
import { parseYamlFile, schemaDiagnostics } from '../yaml-document.js';
import { buildPool } from './build-pool.js';
import { checkPoolMeaning } from './check-pool.js';
import type { Pool } from './pool.js';
import { getPoolValidator } from './pool-validator.js';

export interface LoadPoolResult {
  /** Present only when there is no error (warnings allowed). */
  readonly pool?: Pool;
  /** Every problem found, sorted by position. */
  readonly diagnostics: Diagnostic[];
}

/** Reads a pool file: YAML syntax, the schema and the meaning, every problem reported. Never throws for bad input. */
export function loadPool(file: string, content: string | Uint8Array): LoadPoolResult {
  const parsed = parseYamlFile(file, content);
  const source = parsed.source;
  if (!source) return { diagnostics: sortDiagnostics(parsed.diagnostics, file) };
  const diagnostics = sortDiagnostics(
    [...parsed.diagnostics, ...schemaDiagnostics(source, getPoolValidator()), ...checkPoolMeaning(source)],
    file,
  );
  const hasError = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return hasError ? { diagnostics } : { pool: buildPool(source.data), diagnostics };
}

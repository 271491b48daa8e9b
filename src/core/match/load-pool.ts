import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { schemaDiagnostics } from '../schema/schema-diagnostics.js';
import { type CheckYamlFileOptions, checkYamlFile } from '../yaml/check-yaml-file.js';
import { buildPool } from './build-pool.js';
import { checkPoolMeaning } from './check-pool.js';
import { checkPoolTopics, type ProgramTopics } from './check-pool-topics.js';
import type { Pool } from './pool.js';
import { getPoolValidator } from './pool-validator.js';

export interface LoadPoolResult {
  /** Present only when there is no error (warnings allowed). */
  readonly pool?: Pool;
  /** Every problem found, sorted by position. */
  readonly diagnostics: Diagnostic[];
}

/** Reads a pool file: YAML syntax, the schema and the meaning, every problem reported. Never throws for bad input. */
export function loadPool(
  file: string,
  content: string | Uint8Array,
  options: CheckYamlFileOptions & { readonly programTopics?: ProgramTopics } = {},
): LoadPoolResult {
  const { programTopics } = options;
  const { source, diagnostics } = checkYamlFile(
    file,
    content,
    (checked) => [
      ...schemaDiagnostics(checked, getPoolValidator()),
      ...checkPoolMeaning(checked),
      ...(programTopics ? checkPoolTopics(checked, programTopics) : []),
    ],
    options,
  );
  const hasError = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return source && !hasError ? { pool: buildPool(source.data), diagnostics } : { diagnostics };
}

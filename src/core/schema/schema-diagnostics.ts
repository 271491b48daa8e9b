import type { AnySchema, ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { pathFromPointer } from '../yaml/format-yaml-path.js';
import type { YamlSource } from '../yaml/parse-yaml-file.js';
import { rangeOf, type YamlPath } from '../yaml/range-of.js';
import { describeSchemaError, type SchemaProblem } from './describe-schema-error.js';

/** An ajv validator, compiled at run time or precompiled, with the schema it checks. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
  readonly schema: AnySchema;
}

/**
 * Schema errors as diagnostics on the offending YAML nodes. `validate` must be made with
 * `allErrors: true` and `verbose: true` (the messages use `parentSchema` and `data`).
 * A `oneOf`/`anyOf` that fails gives one message for its node, not one per branch; an unknown key
 * that is a typo of a missing required key gives only the unknown-key message.
 */
export function schemaDiagnostics(source: YamlSource, validate: SchemaValidator): Diagnostic[] {
  if (validate(source.data)) return [];
  const errors = validate.errors ?? [];
  const composites = groupComposites(errors);
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    if (isBranchError(error, composites)) continue;
    const path = pathFromPointer(error.instancePath, source.data);
    problems.push(describeSchemaError(error, path, validate.schema));
  }
  const guessed = guessedKeys(problems);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const problem of problems) {
    if (problem.missingKey !== undefined && guessed.has(keyOf(problem.path, problem.missingKey))) continue;
    const range = rangeOf(source, problem.path, problem.part);
    const identity = `${problem.rule}|${range.line}:${range.col}|${problem.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    diagnostics.push({
      file: source.file,
      severity: 'error',
      rule: problem.rule,
      message: problem.message,
      range,
    });
  }
  return diagnostics;
}

function groupComposites(errors: readonly ErrorObject[]): Map<string, ErrorObject[]> {
  const composites = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') continue;
    const list = composites.get(error.instancePath) ?? [];
    list.push(error);
    composites.set(error.instancePath, list);
  }
  return composites;
}

/** An error from inside a oneOf/anyOf branch that the composite's own message already covers. */
function isBranchError(error: ErrorObject, composites: Map<string, ErrorObject[]>): boolean {
  if (composites.size === 0 || error.keyword === 'oneOf' || error.keyword === 'anyOf') return false;
  let pointer = error.instancePath;
  for (;;) {
    for (const composite of composites.get(pointer) ?? []) {
      if (error.schemaPath.startsWith(`${composite.schemaPath}/`)) return true;
    }
    if (pointer === '') return false;
    pointer = pointer.slice(0, pointer.lastIndexOf('/'));
  }
}

function guessedKeys(problems: readonly SchemaProblem[]): Set<string> {
  const keys = new Set<string>();
  for (const problem of problems) {
    if (problem.suggestedKey !== undefined) keys.add(keyOf(problem.path.slice(0, -1), problem.suggestedKey));
  }
  return keys;
}

function keyOf(path: YamlPath, key: string): string {
  return JSON.stringify([...path, key]);
}

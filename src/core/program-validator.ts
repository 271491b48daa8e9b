import type { ValidateFunction } from 'ajv';
import programSchema from '../../schema/program.schema.json' with { type: 'json' };
import { compileSchema } from './compile-schema.js';

let validator: ValidateFunction | undefined;

/** The program schema's validator, compiled once per process on first use. */
export function getProgramValidator(): ValidateFunction {
  validator ??= compileSchema(programSchema);
  return validator;
}

const patterns = new Map<string, RegExp>();

/** The pattern of a value kind in the schema's `$defs`, so that code and schema agree on one definition. */
export function definitionPattern(name: keyof typeof programSchema.$defs): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    const definition = programSchema.$defs[name] as { pattern?: string };
    pattern = new RegExp(definition.pattern ?? '', 'u');
    patterns.set(name, pattern);
  }
  return pattern;
}

export { programSchema };

import programSchema from '../../../schema/program.schema.json' with { type: 'json' };
import { validate } from '../generated/program-validator.generated.js';
import type { SchemaValidator } from './schema-diagnostics.js';

/** The program schema's validator, precompiled (scripts/build-validators.mjs): nothing to compile at startup. */
const programValidator: SchemaValidator = Object.assign(validate, { schema: programSchema });

export function getProgramValidator(): SchemaValidator {
  return programValidator;
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

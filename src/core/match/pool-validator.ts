import poolSchema from '../../../schema/pool.schema.json' with { type: 'json' };
import { validate } from '../generated/pool-validator.generated.js';
import type { SchemaValidator } from '../schema/schema-diagnostics.js';

/** The pool schema's validator, precompiled (scripts/build-validators.mjs): nothing to compile at startup. */
const poolValidator: SchemaValidator = Object.assign(validate, { schema: poolSchema });

export function getPoolValidator(): SchemaValidator {
  return poolValidator;
}

const loginPattern = new RegExp(poolSchema.$defs.login.pattern, 'u');
const topicPattern = new RegExp(poolSchema.$defs.topic.pattern, 'u');

/** A value the schema accepts as a login, so a check skips what the schema already reports. */
export function isLogin(value: unknown): value is string {
  return typeof value === 'string' && loginPattern.test(value);
}

export function isTopicId(value: unknown): value is string {
  return typeof value === 'string' && topicPattern.test(value);
}

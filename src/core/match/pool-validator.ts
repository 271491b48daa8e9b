import type { ValidateFunction } from 'ajv';
import poolSchema from '../../../schema/pool.schema.json' with { type: 'json' };
import { compileSchema } from '../yaml-document.js';

let validator: ValidateFunction | undefined;

/** The pool schema's validator, compiled once per process on first use. */
export function getPoolValidator(): ValidateFunction {
  validator ??= compileSchema(poolSchema);
  return validator;
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

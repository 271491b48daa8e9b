/**
 * OpenAPI 3.0 schemas → JSON Schema for ajv. `nullable` becomes a `null` type (or an `anyOf` with
 * `null` where there is no `type`), references become ajv references registered on first use (so
 * recursive schemas work), and annotation-only keywords (`example`, `x-*`, `discriminator`) are
 * dropped. Formats are not checked: GitHub's description uses some that ajv does not know.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { type OpenApiDocument, type OpenApiSchema, resolveRef } from './openapi-spec.js';

const ID_BASE = 'https://stand-in.invalid/openapi';
const DROPPED = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not']);

type Json = Record<string, unknown>;

export class SchemaCompiler {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
  private readonly registered = new Set<string>();
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(private readonly document: () => OpenApiDocument) {}

  /** Compiles once per key; the schema thunk is only evaluated on a cache miss. */
  validator(key: string, schema: () => OpenApiSchema): ValidateFunction {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const validate = this.ajv.compile(this.convert(schema()) as Json);
    this.cache.set(key, validate);
    return validate;
  }

  private convert(node: unknown): unknown {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
    const schema = node as Json;
    if (typeof schema.$ref === 'string') return { $ref: this.register(schema.$ref) };
    const out: Json = {};
    for (const [keyword, value] of Object.entries(schema)) {
      if (DROPPED.has(keyword) || keyword.startsWith('x-') || keyword === 'nullable') continue;
      if (SCHEMA_MAPS.has(keyword) && typeof value === 'object' && value !== null) {
        out[keyword] = Object.fromEntries(
          Object.entries(value).map(([name, sub]) => [name, this.convert(sub)]),
        );
      } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
        out[keyword] = value.map((sub) => this.convert(sub));
      } else if (SCHEMA_VALUES.has(keyword)) {
        out[keyword] = this.convert(value);
      } else {
        out[keyword] = value;
      }
    }
    if (schema.nullable !== true) return out;
    if (out.type === undefined) return { anyOf: [out, { type: 'null' }] };
    out.type = [...(Array.isArray(out.type) ? out.type : [out.type]), 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }

  private register(ref: string): string {
    const id = `${ID_BASE}/${ref.slice(2)}`;
    if (!this.registered.has(id)) {
      this.registered.add(id);
      const converted = this.convert(resolveRef(this.document(), ref)) as Json;
      this.ajv.addSchema({ ...converted, $id: id });
    }
    return id;
  }
}

/** "labels must be array; title is required" — ajv errors in words a test failure can show. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, subject: string): string {
  if (!errors?.length) return `${subject} is invalid`;
  const messages = errors
    // anyOf/oneOf summaries repeat what their branches already said.
    .filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
    .map((error) => {
      const where = error.instancePath ? `${subject}${error.instancePath.replaceAll('/', '.')}` : subject;
      if (error.keyword === 'additionalProperties') {
        return `${where} has an unknown property "${String(error.params.additionalProperty)}"`;
      }
      if (error.keyword === 'enum') {
        return `${where} must be one of ${JSON.stringify(error.params.allowedValues)}`;
      }
      return `${where} ${error.message ?? 'is invalid'}`;
    });
  return [...new Set(messages.length ? messages : [`${subject} is invalid`])].join('; ');
}

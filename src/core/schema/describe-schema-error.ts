import type { AnySchema, ErrorObject } from 'ajv';
import { didYouMean, suggestClosest } from '../diagnostics/suggest.js';
import { pathPrefix, quoteValue } from '../yaml/format-yaml-path.js';
import { isRecord } from '../yaml/is-record.js';
import type { YamlPath } from '../yaml/range-of.js';
import { explainImpossibleDate } from './explain-impossible-date.js';

/** One schema error, said for people, with the node it belongs to. */
export interface SchemaProblem {
  readonly rule: string;
  readonly message: string;
  readonly path: YamlPath;
  readonly part: 'key' | 'value';
  /** `required`: the key that is missing. */
  readonly missingKey?: string;
  /** `additionalProperties`: the known key the unknown one probably meant. */
  readonly suggestedKey?: string;
}

type SchemaObject = Record<string, unknown>;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
  null: 'nothing',
};

/**
 * Rules are named after the schema's `$defs` entry the failing value belongs to (`login` → `invalid-login`),
 * so the schema is the one place that names kinds of values; structural problems have fixed names.
 */
export function describeSchemaError(
  error: ErrorObject,
  path: YamlPath,
  rootSchema: AnySchema,
): SchemaProblem {
  const parent: SchemaObject = isRecord(error.parentSchema) ? error.parentSchema : {};
  const prefix = pathPrefix(path);
  const value: unknown = error.data;
  const params = error.params as Record<string, unknown>;
  const custom = (key: string): string | undefined =>
    typeof parent[key] === 'string' ? (parent[key] as string) : undefined;
  const valueRule = (): string => ruleOfDefinition(parent, rootSchema) ?? 'invalid-value';
  const problem = (rule: string, message: string, part: 'key' | 'value' = 'value'): SchemaProblem => ({
    rule,
    message,
    path,
    part,
  });

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      // A key forbidden on purpose (a tandem's own `end`) says why; it is not offered to editors.
      const forbidden = isRecord(parent.keyErrorMessages) ? parent.keyErrorMessages[key] : undefined;
      if (typeof forbidden === 'string') {
        return {
          ...problem('not-allowed', `${pathPrefix([...path, key])}${forbidden}`, 'key'),
          path: [...path, key],
        };
      }
      const present = isRecord(value) ? value : {};
      const known = Object.entries(propertiesOf(parent))
        .filter(([name]) => !Object.hasOwn(present, name))
        .map(([name]) => name);
      const suggestion = suggestClosest(key, known);
      const hint =
        suggestion !== undefined
          ? `; did you mean "${suggestion}"?`
          : known.length > 0 && known.length <= 12
            ? ` (expected one of: ${known.join(', ')})`
            : '';
      return {
        ...problem('unknown-key', `${prefix}unknown key "${key}"${hint}`, 'key'),
        path: [...path, key],
        suggestedKey: suggestion,
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      return {
        ...problem('missing-key', `${prefix}missing key "${key}"${exampleOf(parent, key)}`, 'key'),
        missingKey: key,
      };
    }
    case 'oneOf':
    case 'anyOf':
      return describeComposite(error, path, parent, value);
    case 'type': {
      const expected = [params.type].flat().map((type) => TYPE_NAMES[String(type)] ?? String(type));
      const quoteHint =
        expected.includes('text') && (typeof value === 'number' || typeof value === 'boolean');
      const example = firstExample(parent);
      return problem(
        'wrong-type',
        `${prefix}expected ${expected.join(' or ')}${example ? ` such as ${example}` : ''}, found ${typeNameOf(value)}` +
          (quoteHint ? ' (put the value in quotes)' : ''),
      );
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const message =
        custom('errorMessage') ?? `is not one of ${allowed.join(', ')}${didYouMean(String(value), allowed)}`;
      return problem(valueRule(), `${prefix}${quoteValue(value)} ${message}`);
    }
    case 'const':
      return problem(valueRule(), `${prefix}must be ${JSON.stringify(params.allowedValue)}`);
    case 'pattern':
    case 'format': {
      // A date in the right shape that the calendar lacks is told why; any other is told the shape.
      const impossible = params.format === 'date' ? explainImpossibleDate(String(value)) : undefined;
      if (impossible) return problem(valueRule(), `${prefix}${String(value)} is not a date: ${impossible}`);
      const message =
        custom(`${error.keyword}ErrorMessage`) ?? custom('errorMessage') ?? `is not a valid ${error.keyword}`;
      return problem(valueRule(), `${prefix}${quoteValue(value)} ${message}`);
    }
    case 'minItems':
      return problem('empty-list', `${prefix}needs at least ${plural(Number(params.limit), 'item')}`);
    case 'minLength':
      return problem(
        'empty-value',
        Number(params.limit) === 1
          ? `${prefix}must not be empty`
          : `${prefix}needs at least ${params.limit} characters`,
      );
    case 'maxLength':
      return problem(valueRule(), `${prefix}${quoteValue(value)} is longer than ${params.limit} characters`);
    case 'minimum':
    case 'maximum':
      return problem(
        valueRule(),
        `${prefix}must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}`,
      );
    case 'uniqueItems': {
      // ajv names the pair in either order, depending on the item type.
      const [earlier, later] = [Number(params.i), Number(params.j)].sort((a, b) => a - b) as [number, number];
      const item = Array.isArray(value) ? value[later] : undefined;
      return {
        ...problem(
          'duplicate-item',
          `${pathPrefix([...path, later])}${quoteValue(item)} is listed twice (also at position ${earlier + 1})`,
        ),
        path: [...path, later],
      };
    }
    case 'not':
    case 'false schema':
      return problem('not-allowed', `${prefix}${custom('errorMessage') ?? 'is not allowed here'}`, 'key');
    default:
      return problem(valueRule(), `${prefix}${custom('errorMessage') ?? error.message ?? 'is not valid'}`);
  }
}

function describeComposite(
  error: ErrorObject,
  path: YamlPath,
  parent: SchemaObject,
  value: unknown,
): SchemaProblem {
  const prefix = pathPrefix(path);
  const branches = Array.isArray(error.schema) ? error.schema : [];
  // Branches `{ required: [key] }` (with the key's `properties` entry, which strict ajv asks for).
  const keys = branches.map((branch) =>
    isRecord(branch) && Array.isArray(branch.required) && branch.required.length === 1
      ? String(branch.required[0])
      : undefined,
  );
  const custom = typeof parent.errorMessage === 'string' ? parent.errorMessage : undefined;
  if (keys.length === 0 || keys.some((key) => key === undefined) || !isRecord(value)) {
    return {
      rule: 'invalid-value',
      message: `${prefix}${custom ?? 'does not match any of the allowed forms'}`,
      path,
      part: 'value',
    };
  }
  const names = keys as string[];
  const present = Object.keys(value).filter((key) => names.includes(key));
  if (present.length === 0) {
    const options = names.map((key) => `"${key}"${exampleOf(parent, key)}`).join(' or ');
    return {
      rule: 'missing-key',
      message: `${prefix}${custom ?? `missing key: give ${options}`}`,
      path,
      part: 'key',
    };
  }
  const last = present[present.length - 1]!;
  return {
    rule: 'conflicting-keys',
    message: `${prefix}${custom ?? `give either ${present.map((key) => `"${key}"`).join(' or ')}, not both`}`,
    path: [...path, last],
    part: 'key',
  };
}

function propertiesOf(schema: SchemaObject): Record<string, unknown> {
  return isRecord(schema.properties) ? schema.properties : {};
}

function firstExample(schema: unknown): string | undefined {
  const example = isRecord(schema) && Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  return typeof example === 'string' || typeof example === 'number' ? JSON.stringify(example) : undefined;
}

/** ` (e.g. "timezone: Europe/Berlin")` from the property's first example, when it is a plain value. */
function exampleOf(schema: SchemaObject, key: string): string {
  const example = isRecord(schema) ? firstExample(propertiesOf(schema)[key]) : undefined;
  return example === undefined ? '' : ` (e.g. "${key}: ${JSON.parse(example)}")`;
}

function typeNameOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${quoteValue(value)}`;
  if (typeof value === 'boolean') return String(value);
  return `the number ${String(value)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const definitionNames = new WeakMap<object, Map<unknown, string>>();

function ruleOfDefinition(schema: SchemaObject, rootSchema: AnySchema): string | undefined {
  if (!isRecord(rootSchema)) return undefined;
  let names = definitionNames.get(rootSchema);
  if (!names) {
    names = new Map(
      Object.entries(isRecord(rootSchema.$defs) ? rootSchema.$defs : {}).map(([name, def]) => [def, name]),
    );
    definitionNames.set(rootSchema, names);
  }
  const name =
    names.get(schema) ??
    (typeof schema.$ref === 'string' ? /^#\/\$defs\/([^/]+)$/.exec(schema.$ref)?.[1] : undefined);
  return name === undefined ? undefined : `invalid-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { WEEKDAYS } from '../../../src/core/program/program.js';
import { programSchema } from '../../../src/core/schema/program-validator.js';

type Schema = Record<string, unknown>;

/** Every schema under `properties`, with its JSON pointer, however deep. */
function listProperties(schema: Schema, pointer: string): [string, Schema][] {
  const found: [string, Schema][] = [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [name, property] of Object.entries(properties)) {
    const at = `${pointer}/properties/${name}`;
    found.push([at, property], ...listProperties(property, at));
  }
  return found;
}

const root = programSchema as unknown as Schema;
const properties = [
  ...listProperties(root, ''),
  ...Object.entries(root.$defs as Record<string, Schema>).flatMap(([name, def]) =>
    listProperties(def, `/$defs/${name}`),
  ),
];

describe('the program schema', () => {
  test('is JSON Schema 2020-12 with an $id, a title and a description', () => {
    expect(programSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(programSchema.$id).toBeTruthy();
    expect(programSchema.title).toBeTruthy();
    expect(programSchema.description).toBeTruthy();
    expect(properties.length).toBeGreaterThan(40);
  });

  // A property that only refers to another property (`{ $ref: "#/$defs/session/properties/length" }`)
  // is documented there.
  const documented = properties.filter(([, schema]) => !/\/properties\//.test(String(schema.$ref ?? '')));
  test.each(documented.map(([pointer, schema]) => [pointer, schema] as const))(
    '%s has a title, a description and examples',
    (_, schema) => {
      expect(schema.title).toEqual(expect.any(String));
      expect(schema.description).toEqual(expect.any(String));
      expect(Array.isArray(schema.examples)).toBe(true);
      if (!('not' in schema)) expect((schema.examples as unknown[]).length).toBeGreaterThan(0);
    },
  );

  test('every example is valid for its property, and every object rejects unknown keys', () => {
    const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
    addFormatsModule.default(ajv, ['date']);
    ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
    ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
    ajv.addKeyword({ keyword: 'keyErrorMessages', schemaType: 'object' });
    ajv.addSchema(programSchema);
    for (const [pointer, schema] of documented) {
      const validate = ajv.compile({ $ref: `${programSchema.$id}#${pointer}` });
      for (const example of schema.examples as unknown[])
        expect(validate(example), `${pointer} ${JSON.stringify(example)}`).toBe(true);
    }
    const objects = [
      root,
      ...Object.values(root.$defs as Record<string, Schema>),
      ...properties.map(([, s]) => s),
    ].filter((schema) => schema.type === 'object');
    for (const schema of objects) expect(schema.additionalProperties).toBe(false);
  });

  test('weekdays are the ones the program model knows', () => {
    expect(programSchema.$defs.weekday.enum).toEqual([...WEEKDAYS]);
  });

  test('every pattern comes with a message for people', () => {
    for (const def of Object.values(root.$defs as Record<string, Schema>)) {
      if ('pattern' in def) expect(def.patternErrorMessage).toEqual(expect.any(String));
    }
  });
});

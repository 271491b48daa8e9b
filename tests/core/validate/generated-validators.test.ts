import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  generatedDeclaration,
  generateValidatorCode,
  validators,
} from '../../../scripts/build-validators.mjs';
import { getPoolValidator } from '../../../src/core/match/pool-validator.js';
import { compileSchema, createSchemaAjv } from '../../../src/core/schema/compile-schema.js';
import { getProgramValidator } from '../../../src/core/schema/program-validator.js';
import { generateProgramYaml } from '../../fixtures/generate-program.js';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

const yamlFiles = (folder: string) =>
  readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => path.join(folder, name));

/** Whatever a file holds, as the schema sees it (unreadable files are skipped: they never reach a schema). */
function dataOf(file: string): unknown[] {
  try {
    return [parse(read(file), { uniqueKeys: false })];
  } catch {
    return [];
  }
}

describe('the precompiled schema validators', () => {
  it.each(validators.map((entry) => [entry.outfile, entry] as const))(
    '%s matches a fresh generation from the schema (run `npm run build:validators` when this fails)',
    (outfile, { schema }) => {
      const fresh = generateValidatorCode(createSchemaAjv, JSON.parse(read(schema)), schema, outfile);
      expect(read(outfile) === `${fresh}\n`).toBe(true);
      expect(read(outfile.replace(/\.js$/, '.d.ts'))).toBe(generatedDeclaration);
    },
  );

  const cases = [
    {
      name: 'program',
      validate: getProgramValidator(),
      schema: 'schema/program.schema.json',
      inputs: [
        ...yamlFiles('tests/fixtures/programs/valid'),
        ...yamlFiles('tests/fixtures/programs/invalid'),
        'programs/example.yml',
      ].flatMap(dataOf),
    },
    {
      name: 'pool',
      validate: getPoolValidator(),
      schema: 'schema/pool.schema.json',
      inputs: yamlFiles('tests/fixtures/pools').flatMap(dataOf),
    },
  ];

  it.each(cases.map((entry) => [entry.name, entry] as const))(
    'the %s validator reports exactly what a validator compiled at run time reports',
    (_, { validate, schema, inputs }) => {
      const compiled = compileSchema(JSON.parse(read(schema)));
      expect(inputs.length).toBeGreaterThan(2);
      for (const data of [...inputs, parse(generateProgramYaml(20, { errors: 5 })), {}, [], 'text', null]) {
        expect(validate(data)).toBe(compiled(data));
        expect(validate.errors ?? null).toEqual(compiled.errors ?? null);
      }
    },
  );

  it("errors carry the imported schema's own objects, as a validator compiled from it does", () => {
    const validate = getProgramValidator();
    expect(validate({ id: 'UPPER' })).toBe(false);
    const idError = validate.errors?.find((error) => error.instancePath === '/id');
    const schema = validate.schema as { $defs: Record<string, unknown> };
    expect(idError?.parentSchema).toBe(schema.$defs.id);
  });
});

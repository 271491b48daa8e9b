import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadProgram } from '../../../src/core/validate/load-program.js';
import { numberedTandems, programYaml } from '../../helpers/program-yaml.js';

type Schema = Record<string, unknown>;
const readSchema = (name: string): Schema =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../schema', name), 'utf8')) as Schema;
const programSchema = readSchema('program.schema.json');
const poolSchema = readSchema('pool.schema.json');

/** ajv as strict as it gets, with only Tandem's message keywords registered (as an editor would know them). */
function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormatsModule.default(ajv, ['date']);
  for (const keyword of ['errorMessage', 'patternErrorMessage'])
    ajv.addKeyword({ keyword, schemaType: 'string' });
  ajv.addKeyword({ keyword: 'keyErrorMessages', schemaType: 'object' });
  return ajv;
}

/** Every property an editor proposes (every `properties` entry, however deep), with its schema. */
function proposals(schema: unknown, pointer = ''): [string, Schema | boolean][] {
  if (typeof schema !== 'object' || schema === null) return [];
  const found: [string, Schema | boolean][] = [];
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, property] of Object.entries(value as Record<string, Schema | boolean>)) {
        found.push([`${pointer}/properties/${name}`, property]);
      }
    }
    found.push(...proposals(value, `${pointer}/${key}`));
  }
  return found;
}

describe('the schemas for editors and strict validators', () => {
  it.each([
    ['program', programSchema],
    ['pool', poolSchema],
  ])('the %s schema compiles with ajv in strict mode', (_, schema) => {
    expect(() => strictAjv().compile(schema as object)).not.toThrow();
  });

  it('no property an editor proposes is one the schema forbids', () => {
    const forbidden = proposals(programSchema)
      .filter(([, property]) => property === false || (typeof property === 'object' && 'not' in property))
      .map(([pointer]) => pointer);
    expect(forbidden).toEqual([]);
  });

  it('`end` or `duration` in a tandem still gets the clear message', () => {
    const text = programYaml({ tandems: numberedTandems(1) }).replace(
      '  - mentor: mentor-1\n',
      '  - mentor: mentor-1\n    end: 2027-03-01\n',
    );
    expect(loadProgram('programs/p.yml', text).diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual([
      'not-allowed: tandems[0].end: a tandem cannot end on its own: set `end` or `duration` for the whole program',
    ]);
  });
});

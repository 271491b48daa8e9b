import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { isPlainYaml } from '../../../src/core/yaml/is-plain-yaml.js';
import { YAML_CORE_SCHEMA } from '../../../src/core/yaml/yaml-core-schema.js';
import { propertyRuns } from '../../helpers/property-runs.js';

const root = path.resolve(import.meta.dirname, '../../..');
const corpus = [
  'tests/fixtures/programs/valid',
  'tests/fixtures/programs/invalid',
  'tests/fixtures/pools',
].flatMap((folder) =>
  readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => readFileSync(path.join(root, folder, name), 'utf8')),
);

/** What each parser makes of a text: its data, or undefined when it reports a problem. */
function readBoth(text: string): { js?: unknown; yaml?: unknown; isJsOk: boolean; isYamlOk: boolean } {
  const document = parseDocument(text, { uniqueKeys: true, logLevel: 'error' });
  const isYamlOk = document.errors.length === 0 && document.warnings.length === 0;
  try {
    const js = load(text, { schema: YAML_CORE_SCHEMA });
    return { js, yaml: isYamlOk ? document.toJS() : undefined, isJsOk: true, isYamlOk };
  } catch {
    return { isJsOk: false, isYamlOk };
  }
}

describe('YAML_CORE_SCHEMA', () => {
  test.each([
    '~',
    'null',
    'Null',
    'NULL',
    'nULL',
    'true',
    'True',
    'TRUE',
    'tRUE',
    'false',
    'yes',
    'no',
    'on',
    'off',
    '0',
    '-0',
    '+12',
    '007',
    '0o17',
    '0O17',
    '0o8',
    '0x1F',
    '0X1F',
    '-0x1F',
    '0b101',
    '1_000',
    '1,000',
    '1.5',
    '1.50',
    '.5',
    '5.',
    '-.5',
    '+.5',
    '1e3',
    '1E-3',
    '.5e1',
    '1.e2',
    '1e',
    'e3',
    '.inf',
    '-.Inf',
    '+.INF',
    '.nan',
    '.NaN',
    '.NAN',
    '-.nan',
    '12345678901234567890',
    '2027-01-11',
    '16:00',
    '1:30:00',
  ])('reads the plain scalar %s as the yaml package does', (scalar) => {
    const both = readBoth(`value: ${scalar}\n`);
    expect(both.isJsOk && both.isYamlOk).toBe(true);
    expect(both.js).toStrictEqual(both.yaml);
  });
});

describe('isPlainYaml', () => {
  test.each([
    ['block mappings, lists and comments', 'a: 1\nb:\n  - x  # c\n  - y: 2\n    z: [3, {k: v}]\n# end\n'],
    ['quoted and block scalars', "a: \"x \\\" y\"\nb: 'it''s'\nc: |\n  text\n\n  more\nd: >-\n  folded\n"],
    ['a document start and CRLF line ends', '---\r\na: 1\r\nb: x\r\n'],
    ['indicators inside plain scalars', 'a: R&D *now*, 50% off! a:b #1\n'],
  ])('accepts %s', (_, text) => {
    expect(isPlainYaml(text)).toBe(true);
  });

  test.each([
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a null key', '~: 1\n'],
    ['a list as a key', '[a]: 1\n'],
    ['a tab', 'a:\t1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a flow list over two lines', 'a: [1,\n  2]\n'],
    ['a quoted scalar over two lines', 'a: "x\n  y"\n'],
    ['an empty list entry', 'a:\n  -\n  - b\n'],
    ['a kept block scalar', 'a: |+\n  x\n'],
    ['a block scalar with an all-space line', 'a: |\n  x\n  \n  y\n'],
    ['a comment glued to a flow list', 'a: [1]#c\n'],
    ['a document end marker', 'a: 1\n...\n'],
  ])('leaves %s to the yaml package', (_, text) => {
    expect(isPlainYaml(text)).toBe(false);
  });

  test('on every text it accepts, js-yaml and the yaml package agree (edited fixtures)', () => {
    const piece = fc.constantFrom(
      ...[' ', '  ', ':', ': ', '- ', '-', '[', ']', '{', '}', ', ', '"', "'", '#', ' #', '#c', '|', '>-'],
      ...[
        '\n',
        '\n  ',
        '\n#c\n',
        '\n \n',
        '~: ',
        '? ',
        '\\',
        '0x1',
        '.5',
        'null',
        '---',
        '\r\n',
        '|+',
        '\\U0',
      ],
    );
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: piece });
    const runs = propertyRuns(400);
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.nat(corpus.length - 1),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (index, edits) => {
          let text = corpus[index]!;
          for (const { at, remove, insert } of edits) {
            const where = at % (text.length + 1);
            text = text.slice(0, where) + insert + text.slice(where + remove);
          }
          if (!isPlainYaml(text)) return;
          accepted += 1;
          const both = readBoth(text);
          if (!both.isJsOk) return;
          expect(both.isYamlOk, text).toBe(true);
          expect(isDeepStrictEqual(both.js, both.yaml), text).toBe(true);
        },
      ),
      { numRuns: runs },
    );
    expect(accepted).toBeGreaterThan(runs / 3);
  });
});

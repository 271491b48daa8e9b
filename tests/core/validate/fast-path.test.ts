import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { loadPool } from '../../../src/core/match/load-pool.js';
import { type LoadProgramOptions, loadProgram } from '../../../src/core/validate/load-program.js';
import { checkYamlFile } from '../../../src/core/yaml/check-yaml-file.js';
import { PlainYamlSource } from '../../../src/core/yaml/read-plain-yaml.js';
import { generateProgramYaml } from '../../fixtures/generate-program.js';
import { DEFAULT_TOPICS } from '../../helpers/program-yaml.js';
import { propertyRuns } from '../../helpers/property-runs.js';

const root = path.resolve(import.meta.dirname, '../../..');
const folder = (relative: string) =>
  readdirSync(path.join(root, relative))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => path.join(relative, name));

const programFiles = [
  ...folder('tests/fixtures/programs/valid'),
  ...folder('tests/fixtures/programs/invalid'),
  'programs/example.yml',
];
const poolFiles = folder('tests/fixtures/pools');

/** Templates are read from the fixture's folder (as the fixture tests do), and missing ones are missing. */
const readTemplateNear =
  (file: string) =>
  (templatePath: string): string | undefined => {
    try {
      return readFileSync(path.join(root, path.dirname(file), templatePath), 'utf8');
    } catch {
      return undefined;
    }
  };

function expectSameProgram(file: string, content: string | Uint8Array, options: LoadProgramOptions = {}) {
  const fast = loadProgram(file, content, { ...options, fastPath: true });
  const slow = loadProgram(file, content, { ...options, fastPath: false });
  expect(fast, file).toStrictEqual(slow);
  return fast;
}

function expectSamePool(file: string, content: string | Uint8Array) {
  expect(loadPool(file, content, { fastPath: true }), file).toStrictEqual(
    loadPool(file, content, { fastPath: false }),
  );
}

/** The same text in the other ways people save files. */
const variants = (text: string): [string, string | Uint8Array][] => [
  ['as read', text],
  ['as bytes', new TextEncoder().encode(text)],
  ['with CRLF line ends', text.replace(/\n/g, '\r\n')],
  ['with a byte-order mark', `\uFEFF${text}`],
  ['without the last line end', text.replace(/\n$/, '')],
];

describe('the fast path (js-yaml) gives exactly what the yaml package gives', () => {
  test.each(programFiles)('program %s, in every variant', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, content] of variants(text))
      expectSameProgram(file, content, { readTemplate: readTemplateNear(file) });
  });

  test.each(poolFiles)('pool %s, in every variant', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, content] of variants(text)) expectSamePool(file, content);
  });

  test.each([
    ['an empty file', ''],
    ['only whitespace and comments', '\n  \n# nothing\n'],
    ['NUL bytes', 'version: 1\0\n'],
    ['a tab in the indentation', 'version: 1\nsession:\n\tlength: 45 minutes\n'],
    ['a duplicate key', 'version: 1\nid: a\nid: b\n'],
    ['a top-level list', '- version: 1\n'],
    ['a top-level scalar', 'version\n'],
    ['an alias', 'version: &v 1\nid: *v\n'],
    ['a tag', 'version: !!str 1\n'],
    ['a complex key', '? [a, b]\n: c\n'],
    ['a null key', '~: x\nversion: 1\n'],
    ['a flow collection over two lines', 'labels: [a,\n  b]\nversion: 1\n'],
    ['a quoted value over two lines', 'title: "a\n  b"\nversion: 1\n'],
    ['several documents', 'version: 1\n---\nversion: 2\n'],
    ['a carriage return alone', 'version: 1\rid: x\n'],
  ])('%s', (name, text) => {
    expectSameProgram(`${name}.yml`, text);
    expectSamePool(`${name}.yml`, text);
  });

  // Each is read differently by js-yaml and the yaml package (a different value, or an error in one
  // only) in an otherwise valid file: the fast path must leave them to the yaml package.
  const program = generateProgramYaml(3);
  test.each([
    [
      'a value after a less indented comment',
      program.replace('title: Generated program', 'title:\n#note\n Generated program'),
    ],
    [
      'a comment right after a flow list',
      program.replace('agenda: [First item, Second item]', 'agenda: [First item, Second item]#x'),
    ],
    [
      'a code point past U+10FFFF',
      program.replace('title: Generated program', 'title: "Generated \\U00110000"'),
    ],
    [
      'a flow list continued at the margin',
      program.replace('agenda: [First item, Second item]', 'agenda: [First item,\nSecond item]'),
    ],
    [
      'a quoted value continued at the margin',
      program.replace('title: Generated program', 'title: "Generated\nprogram"'),
    ],
    ['a number with an underscore', program.replace('version: 1', 'max_tandems_per_person: 1_0\nversion: 1')],
    [
      'a hexadecimal number with a sign',
      program.replace('version: 1', 'max_tandems_per_person: +0x1\nversion: 1'),
    ],
    ['kept trailing lines at the end of the file', `${program}description: |+\n   text\n  `],
    ['a tab after a list dash', program.replace('  - mentor: mentor-0', '  -\tmentor: mentor-0')],
  ])('a program with %s', (_, text) => {
    expectSameProgram('programs/trap.yml', text);
  });

  const pool = readFileSync(path.join(root, 'tests/fixtures/pools/example.yml'), 'utf8');
  test.each([
    ['a null key', pool.replace('org:', 'org:\n  ~: nina-berg')],
    ['a list as a key', pool.replace('org:', 'org:\n  ? [lea-schmidt]\n  : nina-berg')],
    [
      'a list as a key of a flow mapping',
      pool.replace(/org:[\s\S]*?\n(?=\S)/, 'org: {[lea-schmidt]: nina-berg}\n'),
    ],
  ])('a pool with %s', (_, text) => {
    expect(text).not.toBe(pool);
    expectSamePool('pools/trap.yml', text);
  });

  test('invalid UTF-8 bytes', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('version: 1\ntitle: '), 0xff, 0xfe, 10]);
    expectSameProgram('latin1.yml', bytes);
    expectSamePool('latin1.yml', bytes);
  });

  test.each([
    ['plain', 'id: pilot-2027'],
    ['double-quoted', 'id: "pilot-2027"'],
    ['single-quoted', "id: 'pilot-2027'"],
    ['with a comment', 'id: pilot-2027   # the label is tandem:pilot-2027'],
    ['with a quoted key', '"id": pilot-2027'],
    ['with a space before the colon', 'id : pilot-2027'],
    ['on the next line', 'id:\n  pilot-2027'],
    ['as a block scalar', 'id: |-\n  pilot-2027'],
    ['as a folded scalar', 'id: >-\n  pilot-2027'],
  ])('the program id %s: the same program and the same id position', (_, idLine) => {
    const text = generateProgramYaml(3).replace('id: generated-program', idLine);
    const result = expectSameProgram('programs/pilot.yml', text);
    expect(result.program?.id).toBe('pilot-2027');
    expect(result.programIdRange.line).toBeGreaterThan(1);
  });

  test('a valid plain program is read without building a yaml document', () => {
    const text = generateProgramYaml(1000);
    const checked = checkYamlFile('programs/big.yml', text, () => []);
    expect(checked.source).toBeInstanceOf(PlainYamlSource);
    expect((checked.source as PlainYamlSource).composed).toBeUndefined();
    expect(loadProgram('programs/big.yml', text).program?.tandems).toHaveLength(1000);
  });

  test('a generated program with mistakes gives the same diagnostics both ways', () => {
    const result = expectSameProgram('programs/big.yml', generateProgramYaml(200, { errors: 25 }));
    expect(result.diagnostics).toHaveLength(25);
  });

  test('generated programs, written in any YAML style and possibly broken, load the same both ways', () => {
    const login = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?$/);
    const text = fc.oneof(
      fc.constantFrom(
        'Goals',
        "Mentor's view",
        'A: B',
        'R&D *now*',
        '50% #1',
        'yes',
        '1.0',
        'null',
        '- x',
        '',
      ),
      fc.string({ maxLength: 20 }),
    );
    const program = fc.record({
      version: fc.constantFrom(1, 1, 2, '1'),
      id: fc.constantFrom('pilot', 'pilot-2027', 'Pilot', '1'),
      title: text,
      start: fc.constantFrom('2027-01-11', '2027-02-30', '11.01.2027'),
      duration: fc.constantFrom('6 months', '0 weeks', 'P6M', 'soon'),
      cadence: fc.constantFrom('weekly', 'every 2 weeks', 'daily'),
      session: fc.record({ length: fc.constantFrom('45 minutes', '45', '2000 minutes') }),
      timezone: fc.constantFrom('Europe/Berlin', 'Berlin', 'UTC'),
      topics: fc.constant(DEFAULT_TOPICS),
      tandems: fc.array(
        fc.record(
          {
            mentor: login,
            mentee: login,
            topics: fc.subarray(['social-media', 'ai-tools', 'new-work', 'no-such-topic'], { minLength: 1 }),
            goals: fc.array(text, { maxLength: 2 }),
          },
          { requiredKeys: ['mentor', 'mentee', 'topics'] },
        ),
        { maxLength: 6 },
      ),
    });
    const style = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
      defaultStringType: fc.constantFrom(
        'PLAIN',
        'QUOTE_DOUBLE',
        'QUOTE_SINGLE',
        'BLOCK_LITERAL',
      ) as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL'>,
      indent: fc.integer({ min: 1, max: 4 }),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
    });
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.constantFrom(
        '',
        ' ',
        ':',
        '- ',
        '[',
        ']',
        '"',
        "'",
        '#',
        '\n',
        '\n  ',
        '|',
        '~: ',
        '  # c\n',
      ),
    });
    fc.assert(
      fc.property(program, style, fc.array(edit, { maxLength: 2 }), (data, options, edits) => {
        let yaml = stringify(data, options);
        for (const { at, remove, insert } of edits) {
          const where = at % (yaml.length + 1);
          yaml = yaml.slice(0, where) + insert + yaml.slice(where + remove);
        }
        expectSameProgram('programs/generated.yml', yaml, { readTemplate: () => undefined });
      }),
      { numRuns: propertyRuns(75) },
    );
  });
});

import { describe, expect, test, vi } from 'vitest';
import {
  compileSchema,
  parseYamlFile,
  rangeOf,
  schemaDiagnostics,
  type YamlSource,
} from '../../../src/core/schema/yaml-document.js';

function parse(text: string): YamlSource {
  const { source, diagnostics } = parseYamlFile('file.yml', text);
  expect(diagnostics).toEqual([]);
  return source!;
}

const TEXT = [
  'owner: ana',
  'members:',
  '  - login: bo',
  '    teams: [red, blue]',
  '  - login: cy',
  'empty:',
  '',
].join('\n');

describe('rangeOf', () => {
  const source = parse(TEXT);

  test('points at a value, or at its key', () => {
    expect(rangeOf(source, ['owner'])).toEqual({ line: 1, col: 8, endLine: 1, endCol: 11 });
    expect(rangeOf(source, ['owner'], 'key')).toEqual({ line: 1, col: 1, endLine: 1, endCol: 6 });
    expect(rangeOf(source, ['members', 0, 'teams', 1])).toEqual({ line: 4, col: 18, endLine: 4, endCol: 22 });
  });

  test('a list item has no key: its key range is its first line', () => {
    expect(rangeOf(source, ['members', 0], 'key')).toEqual({ line: 3, col: 5, endLine: 3, endCol: 14 });
    expect(rangeOf(source, ['members', 0])).toEqual({ line: 3, col: 5, endLine: 4, endCol: 23 });
  });

  test('a key without a value points at the key', () => {
    expect(rangeOf(source, ['empty'])).toEqual({ line: 6, col: 1, endLine: 6, endCol: 6 });
  });

  test('a path that does not exist falls back to the nearest existing ancestor', () => {
    expect(rangeOf(source, ['members', 1, 'teams', 0])).toEqual({ line: 5, col: 5, endLine: 5, endCol: 14 });
    expect(rangeOf(source, ['members', 7])).toEqual({ line: 2, col: 1, endLine: 2, endCol: 8 });
    expect(rangeOf(source, ['nothing'])).toEqual({ line: 1, col: 1, endLine: 1, endCol: 11 });
  });
});

describe('parseYamlFile', () => {
  test('reports every syntax error with its position, not only the first', () => {
    const { source, diagnostics } = parseYamlFile('f.yml', 'a: [1, 2\nb: {x: 1\nc: "open\n');
    expect(source).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    expect(new Set(diagnostics.map((d) => d.range.line)).size).toBeGreaterThanOrEqual(3);
    for (const d of diagnostics)
      expect(d).toMatchObject({ file: 'f.yml', severity: 'error', rule: 'yaml-syntax' });
  });

  test('a duplicate key is reported at the second key and the data is still returned', () => {
    const { source, diagnostics } = parseYamlFile('f.yml', 'a: 1\nb: 2\na: 3\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: 'duplicate-key', range: { line: 3, col: 1, endLine: 3, endCol: 2 } }),
    ]);
    expect(source?.data).toEqual({ a: 3, b: 2 });
  });

  test('YAML warnings become warning diagnostics, and nothing is printed', () => {
    const emitWarning = vi.spyOn(process, 'emitWarning');
    const { source, diagnostics } = parseYamlFile('f.yml', 'a: !custom 1\n? [b, c]\n: d\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'yaml-syntax',
        range: { line: 1, col: 4, endLine: 1, endCol: 11 },
      }),
    ]);
    expect(source?.data).toEqual({ a: '1', '[ b, c ]': 'd' });
    expect(emitWarning).not.toHaveBeenCalled();
    emitWarning.mockRestore();
  });

  test('dates stay text (YAML 1.2), so a schema sees what was written', () => {
    expect(parse('start: 2027-01-11\ntime: 16:00\n').data).toEqual({ start: '2027-01-11', time: '16:00' });
  });
});

describe('schemaDiagnostics', () => {
  const validate = compileSchema({
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    oneOf: [{ required: ['size'] }, { required: ['weight'] }],
    properties: {
      name: { type: 'string', examples: ['box'] },
      size: { type: 'integer', minimum: 1 },
      weight: { type: 'number' },
      color: { $ref: '#/$defs/color' },
      tags: { type: 'array', uniqueItems: true, items: { type: 'string' } },
    },
    $defs: { color: { enum: ['red', 'green'] } },
  });

  test('an unknown key that is a typo of a missing key gives one message, at the key, with a suggestion', () => {
    const source = parse('nmae: box\nsize: 2\n');
    expect(schemaDiagnostics(source, validate)).toEqual([
      {
        file: 'file.yml',
        severity: 'error',
        rule: 'unknown-key',
        message: 'unknown key "nmae"; did you mean "name"?',
        range: { line: 1, col: 1, endLine: 1, endCol: 5 },
      },
    ]);
  });

  test('a oneOf of required keys gives one message: missing, or both given', () => {
    expect(schemaDiagnostics(parse('name: box\n'), validate)).toEqual([
      expect.objectContaining({ rule: 'missing-key', message: 'missing key: give "size" or "weight"' }),
    ]);
    expect(schemaDiagnostics(parse('name: box\nsize: 1\nweight: 2\n'), validate)).toEqual([
      expect.objectContaining({
        rule: 'conflicting-keys',
        range: { line: 3, col: 1, endLine: 3, endCol: 7 },
      }),
    ]);
  });

  test('value rules are named after the $defs entry, and enums suggest the closest value', () => {
    expect(schemaDiagnostics(parse('name: box\nsize: 1\ncolor: Red\n'), validate)).toEqual([
      expect.objectContaining({
        rule: 'invalid-color',
        message: 'color: "Red" is not one of red, green; did you mean "red"?',
        range: { line: 3, col: 8, endLine: 3, endCol: 11 },
      }),
    ]);
  });

  test('a repeated list item is reported at the repetition', () => {
    expect(schemaDiagnostics(parse('name: box\nsize: 1\ntags: [a, b, a]\n'), validate)).toEqual([
      expect.objectContaining({
        rule: 'duplicate-item',
        range: { line: 3, col: 14, endLine: 3, endCol: 15 },
      }),
    ]);
  });

  test('every error is reported, each on its own node', () => {
    const diagnostics = schemaDiagnostics(parse('name: 7\nsize: 0\nextra: 1\n'), validate);
    expect(diagnostics.map((d) => [d.rule, d.range.line])).toEqual([
      ['unknown-key', 3],
      ['wrong-type', 1],
      ['invalid-value', 2],
    ]);
  });
});

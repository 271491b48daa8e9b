import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadProgram } from '../../../src/core/validate/load-program.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/programs/invalid/', import.meta.url));
const EXPECT_LINE = /^# expect: (?:(\S+) )?(\d+):(\d+)-(\d+):(\d+) (error|warning) ([a-z-]+) "(.*)"$/;

interface Expectation {
  readonly file: string;
  readonly position: string;
  readonly severity: string;
  readonly rule: string;
  readonly text: string;
}

function readExpectations(name: string, content: string): Expectation[] {
  return content
    .split('\n')
    .filter((line) => line.startsWith('# expect:'))
    .map((line) => {
      const match = EXPECT_LINE.exec(line);
      if (!match) throw new Error(`${name}: malformed expectation: ${line}`);
      const [, file, line1, col, endLine, endCol, severity, rule, text] = match;
      return {
        file: file ?? name,
        position: `${line1}:${col}-${endLine}:${endCol}`,
        severity,
        rule,
        text,
      } as Expectation;
    });
}

const readTemplate = (templatePath: string): string | undefined => {
  try {
    return readFileSync(path.join(FIXTURES, templatePath), 'utf8');
  } catch {
    return undefined;
  }
};

const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.yml'));

describe('invalid program fixtures', () => {
  test('the corpus has at least 40 files, each with expectations', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    for (const name of fixtures) {
      expect(
        readExpectations(name, readFileSync(path.join(FIXTURES, name), 'utf8')).length,
        name,
      ).toBeGreaterThan(0);
    }
  });

  test.each(fixtures)('%s reports exactly the expected problems, at their positions', (name) => {
    const content = readFileSync(path.join(FIXTURES, name), 'utf8');
    const expected = readExpectations(name, content);
    let result: ReturnType<typeof loadProgram> | undefined;
    expect(() => {
      result = loadProgram(name, content, { readTemplate });
    }).not.toThrow();
    const actual = result!.diagnostics;
    expect(
      actual.map(
        (d) =>
          `${d.file} ${d.range.line}:${d.range.col}-${d.range.endLine}:${d.range.endCol} ${d.severity} ${d.rule}`,
      ),
    ).toEqual(expected.map((e) => `${e.file} ${e.position} ${e.severity} ${e.rule}`));
    for (const [index, diagnostic] of actual.entries())
      expect(diagnostic.message).toContain(expected[index]!.text);
    expect(result!.program === undefined).toBe(expected.some((e) => e.severity === 'error'));
  });

  test('every fixture also loads from raw bytes with the same result', () => {
    for (const name of fixtures) {
      const bytes = readFileSync(path.join(FIXTURES, name));
      const fromText = loadProgram(name, bytes.toString('utf8'), { readTemplate });
      expect(loadProgram(name, bytes, { readTemplate }).diagnostics, name).toEqual(fromText.diagnostics);
    }
  });
});

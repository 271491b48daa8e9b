import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadProgram } from '../../../src/core/validate/load-program.js';

const EXAMPLE = readFileSync(
  fileURLToPath(new URL('../../../programs/example.yml', import.meta.url)),
  'utf8',
);
const START = { line: 1, col: 1, endLine: 1, endCol: 1 };

function onlyProblem(content: string | Uint8Array) {
  const result = loadProgram('programs/bad.yml', content);
  expect(result.program).toBeUndefined();
  expect(result.diagnostics).toHaveLength(1);
  return result.diagnostics[0]!;
}

describe('bad input gives one clear message, never an exception', () => {
  test.each([
    ['an empty file', ''],
    ['only whitespace', '  \n\n\t\n'],
    ['only comments', '# nothing here yet\n# still nothing\n'],
  ])('%s is reported as empty', (_, content) => {
    expect(onlyProblem(content)).toMatchObject({ rule: 'empty-file', severity: 'error', range: START });
  });

  test('a binary file (NUL bytes) is reported as binary', () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(onlyProblem(bytes)).toMatchObject({
      rule: 'binary-file',
      message: expect.stringContaining('binary'),
    });
  });

  test('text with a NUL character is reported as binary', () => {
    expect(onlyProblem(`version: 1\0\nid: x\n`).rule).toBe('binary-file');
  });

  test('bytes that are not UTF-8 are reported as binary', () => {
    const latin1 = Uint8Array.from([...Buffer.from('title: F'), 0xfc, ...Buffer.from('hrung\n')]);
    expect(onlyProblem(latin1)).toMatchObject({
      rule: 'binary-file',
      message: expect.stringContaining('UTF-8'),
    });
  });

  test('a 10 MB file is refused with its size, before it is parsed', () => {
    const line = 'description: lorem ipsum dolor sit amet, consectetur adipiscing elit\n';
    const huge = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const problem = onlyProblem(huge);
    expect(problem).toMatchObject({ rule: 'file-too-large', range: START });
    expect(problem.message).toContain('10 MB');
    expect(problem.message).toContain('1 MB');
    expect(onlyProblem(Buffer.from(huge)).rule).toBe('file-too-large');
  });

  test('a byte-order mark does not shift positions', () => {
    const text = EXAMPLE.replace('cadence: every 2 weeks', 'cadence: every two weeks');
    const plain = loadProgram('a.yml', text).diagnostics;
    const withBom = loadProgram(
      'a.yml',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ).diagnostics;
    expect(plain).toHaveLength(1);
    expect(withBom).toEqual(plain);
  });

  test('Windows line endings give the same positions as Unix ones', () => {
    const text = EXAMPLE.replace(
      'topics: [social-media, ai-tools, new-work]',
      'topics: [social-media, ai-tool, new-work]',
    );
    const unix = loadProgram('a.yml', text).diagnostics;
    const windows = loadProgram('a.yml', text.replace(/\n/g, '\r\n')).diagnostics;
    expect(unix).toHaveLength(1);
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes('ai-tool,')) + 1;
    const col = lines[line - 1]!.indexOf('ai-tool,') + 1;
    expect(unix[0]).toMatchObject({
      rule: 'unknown-topic',
      range: { line, col, endLine: line, endCol: col + 7 },
    });
    expect(windows).toEqual(unix);
  });

  test('an alias bomb is stopped and reported once', () => {
    const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 12; i += 1)
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const problem = onlyProblem(`${levels.join('\n')}\n`);
    expect(problem).toMatchObject({ rule: 'yaml-alias', range: { line: 2 } });
  });

  test('a few aliases are fine', () => {
    const text = EXAMPLE.replace(
      'goals:\n      - Martin publishes one post a month on his own\n      - Martin uses an AI assistant for his weekly summary',
      'goals: &goals [Martin publishes one post a month on his own]',
    ).replace(
      "goals:\n      - Sabine's leadership meeting runs on a shared document instead of slides",
      'goals: *goals',
    );
    expect(text).toContain('*goals');
    expect(loadProgram('a.yml', text).diagnostics).toEqual([]);
  });
});

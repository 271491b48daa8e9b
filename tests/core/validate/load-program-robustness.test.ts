import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadProgram } from '../../../src/core/validate/load-program.js';
import { propertyRuns } from '../../helpers/property-runs.js';

const EXAMPLE = readFileSync(
  fileURLToPath(new URL('../../../programs/example.yml', import.meta.url)),
  'utf8',
);
const LINE_COUNT = EXAMPLE.split('\n').length;

/** No exception, and every position lies inside the text that was checked. */
function expectWellFormed(file: string, content: string, lineCount: number): void {
  const result = loadProgram(file, content, { readTemplate: () => undefined });
  for (const { range, message, rule } of result.diagnostics) {
    expect(message.length).toBeGreaterThan(0);
    expect(rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(range.line).toBeGreaterThanOrEqual(1);
    expect(range.endLine).toBeGreaterThanOrEqual(range.line);
    expect(range.endLine).toBeLessThanOrEqual(lineCount + 1);
    expect(range.col).toBeGreaterThanOrEqual(1);
    if (range.endLine === range.line) expect(range.endCol).toBeGreaterThanOrEqual(range.col);
  }
}

describe('loadProgram on damaged input', () => {
  test('the example with random edits never throws and keeps positions inside the file', () => {
    const edit = fc.record({
      at: fc.nat({ max: EXAMPLE.length }),
      remove: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.constantFrom(':', '- ', '[', '{', '"', "'", '&a', '*a', '\n', '\t', '  ', '#', '!!x', '?'),
        fc.string(),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = EXAMPLE;
        for (const { at, remove, insert } of edits)
          text = text.slice(0, at) + insert + text.slice(at + remove);
        expectWellFormed('programs/fuzzed.yml', text, text.split('\n').length);
      }),
      { numRuns: propertyRuns(25) },
    );
    expect(LINE_COUNT).toBeGreaterThan(50);
  });

  test('arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed('programs/random.yml', text, text.split(/\r\n|\r|\n/).length);
      }),
      { numRuns: propertyRuns(50) },
    );
  });
});

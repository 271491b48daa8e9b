import { describe, expect, test } from 'vitest';
import { loadProgram } from '../../../src/core/validate/load-program.js';
import { generateProgramYaml } from '../../fixtures/generate-program.js';

const errorsIn = (text: string) =>
  loadProgram('programs/generated.yml', text).diagnostics.filter((d) => d.severity === 'error');

// How long these take, and that 1,000 errors cost linear time, is measured by `npm run bench -- load`.
describe('loading large programs', () => {
  test('a program of 1,000 tandems loads with no problem', () => {
    const { program, diagnostics } = loadProgram('programs/generated.yml', generateProgramYaml(1000));
    expect(diagnostics).toEqual([]);
    expect(program?.tandems).toHaveLength(1000);
  });

  test('1,000 errors are each reported, once', () => {
    expect(errorsIn(generateProgramYaml(1000, { errors: 250 }))).toHaveLength(250);
    const errors = errorsIn(generateProgramYaml(1000, { errors: 1000 }));
    expect(errors).toHaveLength(1000);
    expect(new Set(errors.map((error) => `${error.range.line}:${error.range.col}`)).size).toBe(1000);
  });
});

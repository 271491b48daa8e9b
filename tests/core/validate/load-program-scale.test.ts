import { describe, expect, test } from 'vitest';
import { loadProgram } from '../../../src/core/load-program.js';
import { generateProgramYaml } from '../../fixtures/generate-program.js';

function timeLoad(text: string): { milliseconds: number; errors: number } {
  const started = performance.now();
  const { diagnostics } = loadProgram('programs/generated.yml', text);
  return {
    milliseconds: performance.now() - started,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}

describe('loading large programs', () => {
  test('a program of 1,000 tandems loads with no problem, well within a second', () => {
    const text = generateProgramYaml(1000);
    timeLoad(text);
    const { milliseconds, errors } = timeLoad(text);
    expect(errors).toBe(0);
    expect(milliseconds).toBeLessThan(1000);
  });

  test('1,000 errors are each reported, and cost about linear time', () => {
    const small = generateProgramYaml(1000, { errors: 250 });
    const large = generateProgramYaml(1000, { errors: 1000 });
    timeLoad(small);
    timeLoad(large);
    const smallRun = timeLoad(small);
    const largeRun = timeLoad(large);
    expect(smallRun.errors).toBe(250);
    expect(largeRun.errors).toBe(1000);
    expect(largeRun.milliseconds).toBeLessThan(1000);
    // Four times the errors; quadratic work would cost sixteen times as much.
    expect(largeRun.milliseconds).toBeLessThan(Math.max(8 * smallRun.milliseconds, 50));
  });
});

import { describe, expect, test } from 'vitest';
import { checkProgramIds, loadProgram } from '../../../src/core/validate/load-program.js';
import { generateProgramYaml } from '../../fixtures/generate-program.js';

describe('checkProgramIds', () => {
  test('a program id used by two files is an error at each, naming the other file', () => {
    const text = generateProgramYaml(2);
    const first = loadProgram('programs/a.yml', text);
    const second = loadProgram('programs/b.yml', text);
    const other = loadProgram('programs/c.yml', text.replace('id: generated-program', 'id: another-program'));
    const diagnostics = checkProgramIds(
      [first, second, other].map((loaded) => ({
        file: loaded.program!.file,
        id: loaded.program!.id,
        range: loaded.programIdRange,
      })),
    );
    expect(diagnostics).toEqual([
      {
        file: 'programs/a.yml',
        severity: 'error',
        rule: 'duplicate-program-id',
        message: 'id: "generated-program" is also the id of programs/b.yml; every program needs its own id',
        range: { line: 2, col: 5, endLine: 2, endCol: 22 },
      },
      expect.objectContaining({ file: 'programs/b.yml', message: expect.stringContaining('programs/a.yml') }),
    ]);
  });

  test('distinct ids give nothing', () => {
    expect(checkProgramIds([])).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { findCompileError } from '../../../src/core/validate/check-templates.js';

describe('findCompileError', () => {
  test('a template that compiles has no error', () => {
    expect(findCompileError('# {{title}}\n{{#each sessions}}\n- [ ] {{this}}\n{{/each}}\n')).toBeUndefined();
  });

  test('a broken mustache points at the offending token', () => {
    expect(findCompileError('line one\nline {{#each items}\n')).toEqual({
      message: expect.stringMatching(/^unexpected "}" \(Handlebars expected .*\)$/),
      range: { line: 2, col: 19, endLine: 2, endCol: 20 },
    });
  });

  test('a block that is never closed is reported at the end of the template', () => {
    expect(findCompileError('{{#if done}}\nyes\n')).toMatchObject({
      message: expect.stringContaining('unexpected the end of the template'),
      range: { line: 3 },
    });
  });

  test('a block closed by another name says which', () => {
    expect(findCompileError('{{#if a}}\nx\n{{/each}}\n')).toMatchObject({
      message: '{{#if}} is closed with {{/each}}',
      range: { line: 1 },
    });
  });
});

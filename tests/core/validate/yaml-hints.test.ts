import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/diagnostics/format-diagnostic.js';
import { loadProgram } from '../../../src/core/validate/load-program.js';
import { numberedTandems, programYaml } from '../../helpers/program-yaml.js';

const valid = programYaml({ tandems: numberedTandems(2) });
const problems = (text: string): string[] =>
  loadProgram('programs/p.yml', text).diagnostics.map(formatDiagnostic);
const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('YAML syntax problems get one clear error with a hint', () => {
  it('a tab used for indentation: one error that says to use spaces, no follow-on errors', () => {
    const text = valid.replace('\n    mentee: mentee-1', '\n\tmentee: mentee-1');
    expect(problems(text)).toEqual([
      `programs/p.yml:${lineOf(text, '\tmentee')}:1: error: YAML does not allow tabs for indentation: use spaces [yaml-syntax]`,
    ]);
  });

  it('a key indented deeper than its siblings: one error at that line, with a hint', () => {
    const text = valid.replace(
      '\n    topics:\n      - social-media',
      '\n      topics:\n      - social-media',
    );
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(
        `^programs/p\\.yml:${lineOf(text, '      topics:')}:\\d+: error: this line is indented deeper than the key above it`,
      ),
    );
  });

  it('an unclosed list says which bracket to add, an unclosed quote which quote', () => {
    expect(
      problems(valid.replace('labels:\n  - reverse-mentoring', 'labels: [reverse-mentoring'))[0],
    ).toContain('a list in [ ] is not closed: add the closing ]');
    expect(problems(valid.replace('title: Pilot program', 'title: "Pilot program'))[0]).toContain(
      'a value in double quotes is not closed: add the closing "',
    );
  });

  it('never shows the parser’s own words', () => {
    const text = valid.replace('\n    mentee: mentee-1', '\n\tmentee: mentee-1');
    expect(problems(text).join('\n')).not.toMatch(/Nested mappings|Implicit keys|compact mappings/);
  });
});

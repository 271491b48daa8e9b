import { buildProgram } from './build-program.js';
import type { ReadTemplate } from './check-templates.js';
import { type Diagnostic, type SourceRange, START_OF_FILE } from './diagnostic.js';
import { sortDiagnostics } from './diagnostic-at.js';
import { parseYamlFile } from './parse-yaml-file.js';
import type { Program } from './program.js';
import { getProgramValidator } from './program-validator.js';
import { rangeOf } from './range-of.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { checkProgramMeaning } from './semantic-checks.js';

export interface LoadProgramOptions {
  /** Reads a template named under `templates:` (path from the repository root); without it, templates are not checked. */
  readonly readTemplate?: ReadTemplate;
}

export interface LoadProgramResult {
  /** Present only when there is no error (warnings allowed). */
  readonly program?: Program;
  /** Every problem found, sorted by position (a template's problems after the program file's). */
  readonly diagnostics: Diagnostic[];
  /** Where the program's `id` is written, for `checkProgramIds`. */
  readonly programIdRange: SourceRange;
}

/**
 * Reads one program file: YAML syntax, the schema and the meaning, all in one pass, every problem reported.
 * Never throws for bad input.
 */
export function loadProgram(
  file: string,
  content: string | Uint8Array,
  options: LoadProgramOptions = {},
): LoadProgramResult {
  const parsed = parseYamlFile(file, content);
  const source = parsed.source;
  if (!source)
    return { diagnostics: sortDiagnostics(parsed.diagnostics, file), programIdRange: START_OF_FILE };
  const diagnostics = sortDiagnostics(
    [
      ...parsed.diagnostics,
      ...schemaDiagnostics(source, getProgramValidator()),
      ...checkProgramMeaning(source, options.readTemplate),
    ],
    file,
  );
  const hasError = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return {
    ...(hasError ? {} : { program: buildProgram(file, source.data) }),
    diagnostics,
    programIdRange: rangeOf(source, ['id']),
  };
}

/** A program id used by more than one file: an error at each of them, naming the others. */
export function checkProgramIds(
  programs: readonly { readonly file: string; readonly id: string; readonly range: SourceRange }[],
): Diagnostic[] {
  const files = new Map<string, string[]>();
  for (const { file, id } of programs) files.set(id, [...(files.get(id) ?? []), file]);
  return programs.flatMap(({ file, id, range }): Diagnostic[] => {
    const others = (files.get(id) ?? []).filter((other) => other !== file);
    if (others.length === 0) return [];
    const message = `id: "${id}" is also the id of ${others.join(', ')}; every program needs its own id`;
    return [{ file, severity: 'error', rule: 'duplicate-program-id', message, range }];
  });
}

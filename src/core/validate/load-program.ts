import { type Diagnostic, type SourceRange, START_OF_FILE } from '../diagnostics/diagnostic.js';
import { buildProgram } from '../program/build-program.js';
import type { HolidayCalendar } from '../program/holiday-calendar.js';
import type { Program } from '../program/program.js';
import { getProgramValidator } from '../schema/program-validator.js';
import { schemaDiagnostics } from '../schema/schema-diagnostics.js';
import { type CheckYamlFileOptions, checkYamlFile } from '../yaml/check-yaml-file.js';
import { findTopLevelValue } from '../yaml/find-top-level-value.js';
import type { YamlSource } from '../yaml/parse-yaml-file.js';
import { rangeOf } from '../yaml/range-of.js';
import { PlainYamlSource } from '../yaml/read-plain-yaml.js';
import { checkCalendar } from './check-calendar.js';
import type { ReadTemplate } from './check-templates.js';
import { checkProgramMeaning } from './semantic-checks.js';

export interface LoadProgramOptions extends CheckYamlFileOptions {
  /** Reads a template named under `templates:` (path from the repository root); without it, templates are not checked. */
  readonly readTemplate?: ReadTemplate;
  /** Needed for a program that sets `holidays` (`loadHolidayCalendar`); without it, that is an error. */
  readonly holidays?: HolidayCalendar;
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
  const readTemplate = options.readTemplate && rememberTemplates(options.readTemplate);
  const { holidays } = options;
  // The schedule's checks (moves, weekends, daylight saving) need the built program: it is built once
  // the file has no other error, and kept for the answer.
  let program: Program | undefined;
  const { source, diagnostics } = checkYamlFile(
    file,
    content,
    (checked) => {
      const found = [
        ...schemaDiagnostics(checked, getProgramValidator()),
        ...checkProgramMeaning(checked, readTemplate, holidays),
      ];
      if (found.some((diagnostic) => diagnostic.severity === 'error')) return found;
      program ??= buildProgram(file, checked.data, holidays);
      return [...found, ...checkCalendar(checked, program)];
    },
    options,
  );
  if (!source) return { diagnostics, programIdRange: START_OF_FILE };
  const hasError = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return {
    ...(hasError || !program ? {} : { program }),
    diagnostics,
    programIdRange: findIdRange(source),
  };
}

/** Where the id is: on the fast path usually found in the text, so that no `yaml` document is built. */
function findIdRange(source: YamlSource): SourceRange {
  const id = (source.data as { id?: unknown }).id;
  const found =
    source instanceof PlainYamlSource && typeof id === 'string'
      ? findTopLevelValue(source.text, 'id', id)
      : undefined;
  return found ?? rangeOf(source, ['id']);
}

/** Each template is read once, even when the checks run twice (see `checkYamlFile`). */
function rememberTemplates(readTemplate: ReadTemplate): ReadTemplate {
  const texts = new Map<string, string | undefined>();
  return (path) => {
    if (!texts.has(path)) texts.set(path, readTemplate(path));
    return texts.get(path);
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

import Handlebars from 'handlebars';
import { type Diagnostic, type SourceRange, START_OF_FILE } from '../diagnostics/diagnostic.js';
import { definitionPattern } from '../schema/program-validator.js';
import { diagnosticAt } from '../yaml/diagnostic-at.js';
import { isRecord } from '../yaml/is-record.js';
import type { YamlSource } from '../yaml/parse-yaml-file.js';

/** Reads a template by its path from the repository root; undefined when there is no such file. */
export type ReadTemplate = (path: string) => string | undefined;

const TEMPLATE_KINDS = ['issue', 'report', 'reminder'] as const;

/** Every template named under `templates:` exists and compiles; a compile error points into the template. */
export function checkTemplates(source: YamlSource, readTemplate: ReadTemplate | undefined): Diagnostic[] {
  const data = isRecord(source.data) ? source.data : {};
  const templates = isRecord(data.templates) ? data.templates : {};
  const diagnostics: Diagnostic[] = [];
  for (const kind of TEMPLATE_KINDS) {
    const path = templates[kind];
    if (
      readTemplate === undefined ||
      typeof path !== 'string' ||
      !definitionPattern('templatePath').test(path)
    )
      continue;
    let text: string | undefined;
    try {
      text = readTemplate(path);
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      const message = `templates.${kind}: ${path} does not exist (paths start at the repository root)`;
      diagnostics.push(diagnosticAt(source, 'missing-template', message, ['templates', kind]));
      continue;
    }
    const problem = findCompileError(text);
    if (problem) {
      const message = `the ${kind} template (named in ${source.file}) does not compile: ${problem.message}`;
      diagnostics.push({
        file: path,
        severity: 'error',
        rule: 'template-syntax',
        message,
        range: problem.range,
      });
    }
  }
  return diagnostics;
}

interface CompileProblem {
  readonly message: string;
  readonly range: SourceRange;
}

interface HandlebarsErrorFields {
  readonly lineNumber?: number;
  readonly column?: number;
  readonly endLineNumber?: number;
  readonly endColumn?: number;
}

interface JisonLocation {
  readonly first_line: number;
  readonly first_column: number;
  readonly last_line: number;
  readonly last_column: number;
}

/** Where and why a Handlebars template does not compile, or undefined when it does. */
export function findCompileError(text: string): CompileProblem | undefined {
  try {
    Handlebars.precompile(Handlebars.parse(text));
    return undefined;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const fields = (error ?? {}) as HandlebarsErrorFields;
    return fields.lineNumber !== undefined && fields.column !== undefined
      ? describeException(raw, fields.lineNumber, fields.column, fields)
      : describeParseError(raw, text);
  }
}

/** Handlebars' own exceptions (a block closed by the wrong name, …) carry 1-based lines and 0-based columns. */
function describeException(
  raw: string,
  line: number,
  column: number,
  fields: HandlebarsErrorFields,
): CompileProblem {
  const range = {
    line,
    col: column + 1,
    endLine: fields.endLineNumber ?? line,
    endCol: (fields.endColumn ?? column) + 1,
  };
  const detail = raw.replace(/ - \d+:\d+$/, '');
  const mismatch = /^(\S+) doesn't match (\S+)$/.exec(detail);
  return { message: mismatch ? `{{#${mismatch[1]}}} is closed with {{/${mismatch[2]}}}` : detail, range };
}

/**
 * Parse errors come from the generated (jison) parser, whose message names only the line; its lexer
 * still holds the exact location of the offending token right after the throw.
 */
function describeParseError(raw: string, text: string): CompileProblem {
  const location = (Handlebars as unknown as { Parser?: { lexer?: { yylloc?: JisonLocation } } }).Parser
    ?.lexer?.yylloc;
  const line = Number(/Parse error on line (\d+)/.exec(raw)?.[1] ?? Number.NaN);
  const expected = /^Expecting (.*), got '(\w+)'$/m.exec(raw);
  const isAtLocation = location !== undefined && location.first_line === line;
  const found =
    expected?.[2] === 'EOF'
      ? 'the end of the template'
      : isAtLocation
        ? JSON.stringify(tokenText(text, location))
        : `'${expected?.[2]}'`;
  const message = expected
    ? `unexpected ${found} (Handlebars expected ${shorten(expected[1]!)})`
    : (raw.split('\n')[0] ?? raw);
  if (isAtLocation) {
    const range = {
      line,
      col: location.first_column + 1,
      endLine: location.last_line,
      endCol: location.last_column + 1,
    };
    return { message, range };
  }
  return { message, range: Number.isNaN(line) ? START_OF_FILE : { line, col: 1, endLine: line, endCol: 1 } };
}

function tokenText(text: string, location: JisonLocation): string {
  const line = text.split('\n')[location.first_line - 1] ?? '';
  return line.slice(location.first_column, Math.max(location.first_column + 1, location.last_column));
}

/** Handlebars lists every token it could accept; the first few say enough. */
function shorten(tokens: string): string {
  const list = tokens.split(', ');
  return list.length > 4 ? `${list.slice(0, 4).join(', ')}, …` : list.join(', ');
}

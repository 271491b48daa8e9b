import { escapeTableCell } from '../markdown/escape-markdown.js';
import type { Diagnostic } from './diagnostic.js';

/** `path:line:col: error: message [rule]`, the form compilers print and editors link. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, range, severity, message, rule } = diagnostic;
  return `${file}:${range.line}:${range.col}: ${severity}: ${message} [${rule}]`;
}

/**
 * A GitHub Actions workflow command that shows the problem on the pull request's diff line:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 */
export function formatAnnotation(diagnostic: Diagnostic): string {
  const { file, range, severity, message, rule } = diagnostic;
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${range.line}`,
    `col=${range.col}`,
    `endLine=${range.endLine}`,
    `endColumn=${range.endCol}`,
    `title=${escapeProperty(`Tandem: ${rule}`)}`,
  ].join(',');
  return `::${severity} ${properties}::${escapeData(message)}`;
}

/** A Markdown table of the problems for the job summary; an empty string when there are none. */
export function formatSummaryTable(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const rows = diagnostics.map((d) =>
    [d.severity, `${d.file}:${d.range.line}:${d.range.col}`, d.rule, d.message].map(escapeCell).join(' | '),
  );
  return [
    '| Severity | Where | Rule | Problem |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ]
    .join('\n')
    .concat('\n');
}

// Escapes as @actions/core's command.ts does: data loses %, CR and LF; properties also : and ,.
/** A notice annotation: a workflow command with no file position. */
export function formatNotice(message: string): string {
  return `::notice::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Table cells: one line each, and the program's text never mentions, links or turns into HTML. */
const escapeCell = escapeTableCell;

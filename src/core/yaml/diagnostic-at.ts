import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { YamlSource } from './parse-yaml-file.js';
import { rangeOf, type YamlPath } from './range-of.js';

/** A diagnostic on the node at `path` of a parsed file. */
export function diagnosticAt(
  source: YamlSource,
  rule: string,
  message: string,
  path: YamlPath,
  options: { readonly part?: 'key' | 'value'; readonly severity?: Severity } = {},
): Diagnostic {
  return {
    file: source.file,
    severity: options.severity ?? 'error',
    rule,
    message,
    range: rangeOf(source, path, options.part ?? 'value'),
  };
}

/** The given file's diagnostics first, then other files' (templates), each file's by position. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], firstFile: string): Diagnostic[] {
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (a, b) =>
        Number(a.diagnostic.file !== firstFile) - Number(b.diagnostic.file !== firstFile) ||
        a.diagnostic.file.localeCompare(b.diagnostic.file) ||
        a.diagnostic.range.line - b.diagnostic.range.line ||
        a.diagnostic.range.col - b.diagnostic.range.col ||
        a.index - b.index,
    )
    .map(({ diagnostic }) => diagnostic);
}

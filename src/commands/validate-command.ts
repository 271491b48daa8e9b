import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { loadPrograms } from './load-programs.js';
import type { Output } from './output.js';
import { reportDiagnostics } from './report-diagnostics.js';

export interface ValidateCommandOptions {
  readonly root: string;
  readonly patterns: readonly string[];
  readonly isJson: boolean;
}

export interface ValidateCommandResult {
  readonly exitCode: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly json: { readonly files: readonly string[]; readonly problems: readonly Diagnostic[] };
}

export async function runValidateCommand(
  options: ValidateCommandOptions,
  output: Output,
): Promise<ValidateCommandResult> {
  const loaded = await loadPrograms(options.patterns, options.root);
  const hasError = options.isJson
    ? loaded.diagnostics.some((diagnostic) => diagnostic.severity === 'error')
    : reportDiagnostics(loaded.diagnostics, output);
  const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = loaded.diagnostics.length - errors;
  const files = loaded.files.length;
  if (!options.isJson) {
    output.line(
      errors === 0
        ? `${files} program file${files === 1 ? '' : 's'} valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`
        : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
    );
  }
  if (errors === 0) output.summary(`## Tandem validation\n\n✅ ${files} program file(s) valid.`);
  return {
    exitCode: hasError ? 1 : 0,
    diagnostics: loaded.diagnostics,
    json: { files: loaded.files, problems: loaded.diagnostics },
  };
}

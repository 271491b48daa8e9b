import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatSummaryTable } from '../core/diagnostics/format-diagnostic.js';
import type { Output } from './output.js';

/** Prints every problem and adds the job-summary table; true when any is an error. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], output: Output): boolean {
  for (const diagnostic of diagnostics) output.diagnostic(diagnostic);
  if (diagnostics.length > 0) output.summary(`## Tandem validation\n\n${formatSummaryTable(diagnostics)}`);
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

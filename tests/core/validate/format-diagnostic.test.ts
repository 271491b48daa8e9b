import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.js';
import {
  formatAnnotation,
  formatDiagnostic,
  formatSummaryTable,
} from '../../../src/core/diagnostics/format-diagnostic.js';

const diagnostic: Diagnostic = {
  file: 'programs/a,b:c.yml',
  severity: 'error',
  rule: 'unknown-topic',
  message: 'tandems[0].topics[1]: unknown topic "ai-tool"; did you mean "ai-tools"?',
  range: { line: 14, col: 14, endLine: 14, endCol: 21 },
};

describe('formatting diagnostics', () => {
  test('the compiler form is path:line:col: severity: message', () => {
    expect(formatDiagnostic({ ...diagnostic, file: 'programs/a.yml', severity: 'warning' })).toBe(
      'programs/a.yml:14:14: warning: tandems[0].topics[1]: unknown topic "ai-tool"; did you mean "ai-tools"? [unknown-topic]',
    );
  });

  test('an annotation escapes properties and data as GitHub workflow commands require', () => {
    const annotation = formatAnnotation({ ...diagnostic, message: '100% sure\r\nsecond line' });
    expect(annotation).toBe(
      '::error file=programs/a%2Cb%3Ac.yml,line=14,col=14,endLine=14,endColumn=21,title=Tandem%3A unknown-topic::100%25 sure%0D%0Asecond line',
    );
  });

  test('a warning annotation uses the warning command', () => {
    expect(formatAnnotation({ ...diagnostic, severity: 'warning' })).toMatch(/^::warning file=/);
  });

  test('the summary table escapes cells so user text cannot break the table or inject HTML', () => {
    const table = formatSummaryTable([
      diagnostic,
      { ...diagnostic, severity: 'warning', message: 'a | b <script>\nnext `code`' },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('| Severity | Where | Rule | Problem |');
    expect(lines[2]).toBe(
      '| error | programs/a,b:c.yml:14:14 | unknown-topic | tandems\\[0].topics\\[1]: unknown topic "ai-tool"; did you mean "ai-tools"? |',
    );
    expect(lines[3]).toBe(
      '| warning | programs/a,b:c.yml:14:14 | unknown-topic | a \\| b &lt;script> next \\`code\\` |',
    );
  });

  test('no problems give no table', () => {
    expect(formatSummaryTable([])).toBe('');
  });
});

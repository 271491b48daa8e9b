export type Severity = 'error' | 'warning';

/** 1-based, end inclusive of the last character's column + 1 (as editors and GitHub annotations count). */
export interface SourceRange {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export interface Diagnostic {
  readonly file: string;
  readonly severity: Severity;
  /** Short, stable name of the check, e.g. `unknown-topic`; the annotation title. */
  readonly rule: string;
  readonly message: string;
  readonly range: SourceRange;
}

export const START_OF_FILE: SourceRange = { line: 1, col: 1, endLine: 1, endCol: 1 };

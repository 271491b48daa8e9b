import { appendFileSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { formatAnnotation, formatDiagnostic, formatNotice } from '../core/diagnostics/format-diagnostic.js';

/** Where a command's words go: the terminal or CI log, annotations, and the job summary. */
export interface Output {
  /** A line for people, on standard output. */
  line(text: string): void;
  /** A warning or failure that is not tied to a file position, on standard error. */
  warn(text: string): void;
  /** Something a person should know that is not a problem: a notice annotation under GitHub Actions. */
  notice(text: string): void;
  /** A problem at a file position: `path:line:col: …`, and an annotation under GitHub Actions. */
  diagnostic(diagnostic: Diagnostic): void;
  /** One step of a long run: a self-updating line on a terminal, one line per step in CI logs. */
  progress(label: string, done: number, total: number): void;
  /** Markdown for the job summary (ignored outside GitHub Actions). */
  summary(markdown: string): void;
}

export interface OutputOptions {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  /** Under GitHub Actions: emit workflow-command annotations. */
  readonly isGitHubActions: boolean;
  /** GITHUB_STEP_SUMMARY, when set. */
  readonly summaryFile?: string;
  /** `--json`: people's lines go to standard error so standard output stays machine-readable. */
  readonly isJson?: boolean;
  /** Colour errors red and warnings yellow (a terminal that wants colour; decided by the caller). */
  readonly isColour?: boolean;
}

const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const RESET = '\x1b[39m';

/** `error:` in red, `warning:` in yellow, wherever they start the severity of a line. */
function colourSeverity(text: string): string {
  return text.replace(
    /(^|: )(error|warning)(?=:)/,
    (_, before: string, word: string) => `${before}${word === 'error' ? RED : YELLOW}${word}${RESET}`,
  );
}

export function createOutput(options: OutputOptions): Output {
  const humanStream = options.isJson ? options.stderr : options.stdout;
  const paint = options.isColour ? colourSeverity : (text: string) => text;
  const isTerminal = Boolean(options.stdout.isTTY) && !options.isJson;
  let hasOpenProgressLine = false;
  const endProgressLine = (): void => {
    if (hasOpenProgressLine) humanStream.write('\n');
    hasOpenProgressLine = false;
  };
  return {
    line(text) {
      endProgressLine();
      humanStream.write(`${text}\n`);
    },
    warn(text) {
      endProgressLine();
      options.stderr.write(`${paint(text)}\n`);
    },
    notice(text) {
      endProgressLine();
      if (options.isGitHubActions) options.stdout.write(`${formatNotice(text)}\n`);
      else humanStream.write(`note: ${text}\n`);
    },
    diagnostic(diagnostic) {
      endProgressLine();
      humanStream.write(`${paint(formatDiagnostic(diagnostic))}\n`);
      if (options.isGitHubActions) options.stdout.write(`${formatAnnotation(diagnostic)}\n`);
    },
    progress(label, done, total) {
      if (isTerminal) {
        humanStream.write(`\r\x1b[2K[${done}/${total}] ${label}`);
        hasOpenProgressLine = done < total;
        if (!hasOpenProgressLine) humanStream.write('\n');
      } else {
        humanStream.write(`[${done}/${total}] ${label}\n`);
      }
    },
    summary(markdown) {
      if (options.summaryFile) appendFileSync(options.summaryFile, `${markdown}\n`);
    },
  };
}

/** Collects everything, for tests and for the Action's sticky comment. */
export function createMemoryOutput(): Output & {
  readonly lines: string[];
  readonly warnings: string[];
  readonly diagnostics: Diagnostic[];
  readonly summaries: string[];
} {
  const lines: string[] = [];
  const warnings: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const summaries: string[] = [];
  return {
    lines,
    warnings,
    diagnostics,
    summaries,
    line: (text) => void lines.push(text),
    warn: (text) => void warnings.push(text),
    notice: (text) => void lines.push(`note: ${text}`),
    diagnostic: (diagnostic) => void diagnostics.push(diagnostic),
    progress: () => {},
    summary: (markdown) => void summaries.push(markdown),
  };
}

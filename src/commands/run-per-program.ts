import type { Program } from '../core/program/program.js';
import type { GitHubClient } from '../github/create-github-client.js';
import { getErrorMessage } from './error-message.js';
import { connectGitHub, type GitHubSettings } from './github-settings.js';
import { type LoadedPrograms, loadPrograms } from './load-programs.js';
import type { Output } from './output.js';
import { reportDiagnostics } from './report-diagnostics.js';

export interface PerProgramOptions {
  readonly root: string;
  readonly patterns: readonly string[];
  readonly github: GitHubSettings;
}

export interface ProgramStep<T> {
  /** One program's work; a thrown error fails that program only. */
  readonly run: (program: Program) => Promise<T | undefined>;
  /** The failure line for an error `run` threw; default `<program>: <message>`. */
  readonly describeError?: (program: Program, error: unknown) => string;
}

export interface PerProgramRun<T> {
  readonly loaded: LoadedPrograms;
  /** What `run` returned, in program order, for the programs that finished. */
  readonly results: readonly T[];
  readonly failures: readonly string[];
  /** 1 when a program file is invalid or anything failed. */
  readonly exitCode: number;
}

/**
 * The skeleton every GitHub command shares: load the programs, print their problems, connect, run
 * each valid program on its own so that one failure does not stop the others, print the failures.
 * `prepare` sees the client and the loaded programs once and returns the per-program step; `fail`
 * records a failure that did not throw (one tandem of a program, say).
 */
export async function runPerProgram<T>(
  options: PerProgramOptions,
  output: Output,
  prepare: (context: {
    client: GitHubClient;
    loaded: LoadedPrograms;
    fail: (message: string) => void;
  }) => ProgramStep<T>,
): Promise<PerProgramRun<T>> {
  const loaded = await loadPrograms(options.patterns, options.root);
  const hasInvalid = reportDiagnostics(loaded.diagnostics, output);
  const client = connectGitHub(options.github, (message) => output.warn(`warning: ${message}`));
  const failures: string[] = [];
  const fail = (message: string): void => void failures.push(message);
  const step = prepare({ client, loaded, fail });
  const results: T[] = [];
  for (const program of loaded.programs) {
    try {
      const result = await step.run(program);
      if (result !== undefined) results.push(result);
    } catch (error) {
      failures.push(step.describeError?.(program, error) ?? `${program.id}: ${getErrorMessage(error)}`);
    }
  }
  for (const failure of failures) output.warn(`error: ${failure}`);
  return { loaded, results, failures, exitCode: hasInvalid || failures.length > 0 ? 1 : 0 };
}

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from './diagnostic-at.js';
import { parseYamlText, readYamlText, type YamlSource } from './parse-yaml-file.js';
import { readPlainYaml } from './read-plain-yaml.js';

export interface CheckYamlFileOptions {
  /**
   * Read plain files with js-yaml first (default true). Off, every file goes through the `yaml` package:
   * the result is the same, only slower in a fresh process; tests compare the two.
   */
  readonly fastPath?: boolean;
}

export interface CheckYamlFileResult {
  /** Present when the file could be read as a mapping. */
  readonly source?: YamlSource;
  /** Syntax problems and what `check` found, sorted by position. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads a YAML file and checks its content. A plain file is read with js-yaml and, when `check` finds
 * nothing, that is the answer. Otherwise the `yaml` package reads the file (reusing the document that
 * a position may already have needed) and `check` runs again: it is the authority for syntax problems,
 * messages and positions.
 */
export function checkYamlFile(
  file: string,
  content: string | Uint8Array,
  check: (source: YamlSource) => Diagnostic[],
  options: CheckYamlFileOptions = {},
): CheckYamlFileResult {
  const read = readYamlText(file, content);
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  const plain = options.fastPath === false ? undefined : readPlainYaml(file, read.text);
  if (plain) {
    const diagnostics = check(plain);
    if (diagnostics.length === 0 && plain.composed === undefined) return { source: plain, diagnostics };
  }
  const parsed = parseYamlText(file, read.text, plain?.composed);
  const source = parsed.source;
  if (!source) return { diagnostics: sortDiagnostics(parsed.diagnostics, file) };
  return { source, diagnostics: sortDiagnostics([...parsed.diagnostics, ...check(source)], file) };
}

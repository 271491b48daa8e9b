import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Scalar,
  visit,
  type YAMLError,
} from 'yaml';
import { type Diagnostic, type Severity, START_OF_FILE } from '../diagnostics/diagnostic.js';
import { explainYamlError } from './explain-yaml-error.js';
import { rangeAt } from './range-of.js';

/** A parsed YAML file: its text, its document with positions, and the plain data. */
export interface YamlSource {
  readonly file: string;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** The document as plain JSON-like data (what a schema validates). */
  readonly data: unknown;
}

export interface ParseYamlResult {
  /** Present when the document could be read as a mapping; diagnostics may still hold warnings or duplicate keys. */
  readonly source?: YamlSource;
  readonly diagnostics: Diagnostic[];
}

export const MAX_YAML_BYTES = 1024 * 1024;
/** Anchors and aliases are fine in moderation; this stops "billion laughs" expansions early. */
const MAX_ALIAS_COUNT = 50;
/** Errors after which the document is still what the author wrote, so checking its content is worthwhile. */
const RECOVERABLE_ERRORS = new Set(['DUPLICATE_KEY']);

/** A file's text, or why it cannot be YAML text (too large, binary). */
export type ReadYamlTextResult =
  | { readonly text: string; readonly diagnostics?: undefined }
  | { readonly text?: undefined; readonly diagnostics: Diagnostic[] };

/** The `yaml` document of a text, with its line counter for positions. */
export interface ComposedYaml {
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

export function parseYamlFile(file: string, content: string | Uint8Array): ParseYamlResult {
  const read = readYamlText(file, content);
  return read.text === undefined ? { diagnostics: read.diagnostics } : parseYamlText(file, read.text);
}

export function readYamlText(file: string, content: string | Uint8Array): ReadYamlTextResult {
  const fail = (rule: string, message: string): ReadYamlTextResult => ({
    diagnostics: [{ file, severity: 'error', rule, message, range: START_OF_FILE }],
  });
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (size > MAX_YAML_BYTES) {
    return fail(
      'file-too-large',
      `the file is ${formatBytes(size)}; a file may be at most ${formatBytes(MAX_YAML_BYTES)}`,
    );
  }
  const text = decodeText(content);
  if (text === undefined)
    return fail('binary-file', 'the file is binary (NUL bytes or invalid UTF-8), not YAML text');
  return { text };
}

export function composeYaml(text: string): ComposedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    // The core prints nothing: problems become diagnostics, not process warnings.
    logLevel: 'error',
  });
  return { document, lineCounter };
}

/** Parses a text with the `yaml` package; `composed` is its document when it was already built. */
export function parseYamlText(
  file: string,
  text: string,
  composed: ComposedYaml = composeYaml(text),
): ParseYamlResult {
  const fail = (rule: string, message: string): ParseYamlResult => ({
    diagnostics: [{ file, severity: 'error', rule, message, range: START_OF_FILE }],
  });
  const { document, lineCounter } = composed;
  const partial = { file, text, document, lineCounter, data: undefined };
  const diagnostics = oneSyntaxErrorPerLine([
    ...document.errors.map((error) => yamlDiagnostic(partial, error, 'error')),
    ...document.warnings.map((error) => yamlDiagnostic(partial, error, 'warning')),
  ]);
  if (document.errors.some((error) => !RECOVERABLE_ERRORS.has(error.code))) return { diagnostics };
  if (document.contents === null)
    return fail('empty-file', 'the file is empty (nothing but whitespace or comments)');
  if (!isMap(document.contents)) {
    const found = isSeq(document.contents) ? 'a list' : 'a single value';
    diagnostics.push({
      file,
      severity: 'error',
      rule: 'not-a-mapping',
      message: `expected a mapping (key: value lines) at the top level, found ${found}`,
      range: rangeAt(partial, document.contents.range?.[0] ?? 0, document.contents.range?.[1] ?? 0),
    });
    return { diagnostics };
  }
  try {
    const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    return { source: { ...partial, data }, diagnostics };
  } catch (error) {
    diagnostics.push(aliasDiagnostic(partial, error));
    return { diagnostics };
  }
}

function decodeText(content: string | Uint8Array): string | undefined {
  if (typeof content === 'string') return content.includes('\0') ? undefined : content.replace(/^\uFEFF/, '');
  if (content.includes(0)) return undefined;
  try {
    // A fatal decoder rejects invalid UTF-8; it drops a byte-order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return undefined;
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

type PartialSource = Omit<YamlSource, 'data'>;

const FRIENDLY_YAML_MESSAGES: Record<string, string> = {
  MULTIPLE_DOCS:
    'the file holds more than one YAML document; remove the "---" line and what follows, or merge them',
};

function yamlDiagnostic(source: PartialSource, error: YAMLError, severity: Severity): Diagnostic {
  const at = (rule: string, message: string, start: number, end: number): Diagnostic => ({
    file: source.file,
    severity,
    rule,
    message,
    range: rangeAt(source, start, end),
  });
  if (error.code === 'DUPLICATE_KEY') {
    const key = findKeyAt(source.document, error.pos[0]);
    if (key?.range) {
      const message = `the key ${JSON.stringify(String(key.value))} appears twice in this mapping`;
      return at('duplicate-key', message, key.range[0], key.range[1]);
    }
  }
  const explained = explainYamlError(error, source.text);
  const message = FRIENDLY_YAML_MESSAGES[error.code] ?? explained.message;
  // An error's span can run over the rest of the file; its first line is where to look.
  const lineEnd = source.text.indexOf('\n', explained.start);
  return at(
    'yaml-syntax',
    message,
    explained.start,
    lineEnd === -1 ? explained.end : Math.min(explained.end, lineEnd),
  );
}

/**
 * One mistake (a tab, a line indented too deep) makes the parser report several errors on its
 * line, and often on the lines after it: the first one of a line is the one to fix, the rest follow
 * from it. A tab for indentation leaves the rest of the document unreadable, so it is reported alone.
 */
function oneSyntaxErrorPerLine(diagnostics: Diagnostic[]): Diagnostic[] {
  const syntax = (d: Diagnostic) => d.rule === 'yaml-syntax';
  const tab = diagnostics.find((d) => syntax(d) && d.message.startsWith('YAML does not allow tabs'));
  const seenLines = new Set<number>();
  return diagnostics.filter((diagnostic) => {
    if (!syntax(diagnostic)) return true;
    if (tab) return diagnostic === tab;
    if (seenLines.has(diagnostic.range.line)) return false;
    seenLines.add(diagnostic.range.line);
    return true;
  });
}

function findKeyAt(document: Document.Parsed, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      found = pair.key;
      return visit.BREAK;
    },
  });
  return found;
}

function aliasDiagnostic(source: PartialSource, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  const unresolved = /^Unresolved alias.*: (.+)$/.exec(reason)?.[1];
  let at: readonly [number, number] = [0, 0];
  visit(source.document, {
    Alias(_, alias) {
      if (unresolved !== undefined && alias.source !== unresolved) return undefined;
      at = [alias.range?.[0] ?? 0, alias.range?.[1] ?? 0];
      return visit.BREAK;
    },
  });
  const message =
    unresolved !== undefined
      ? `the alias *${unresolved} refers to no anchor &${unresolved} above it`
      : `aliases expand too much (more than ${MAX_ALIAS_COUNT} times); write the values out instead`;
  return {
    file: source.file,
    severity: 'error',
    rule: 'yaml-alias',
    message,
    range: rangeAt(source, at[0], at[1]),
  };
}

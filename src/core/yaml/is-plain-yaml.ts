/**
 * Whether a text keeps to the everyday subset of YAML on which js-yaml and the `yaml` package agree
 * (same data, same verdict): block mappings and sequences, one-line flow collections and quoted
 * scalars, plain scalars, block scalars, comments. Anything else (anchors, aliases, tags, directives,
 * complex or null keys, tabs, a flow collection or quoted scalar over several lines, …) is left to the
 * `yaml` package, so this may say no to valid YAML but must not say yes to text the two read differently.
 */
export function isPlainYaml(text: string): boolean {
  if (UNUSUAL_CHARACTERS.test(text)) return false;
  let blockScalar: { parent: number; indent: number } | undefined;
  let commentIndent = Number.POSITIVE_INFINITY;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.charCodeAt(end - 1) === CR ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (line.length > MAX_LINE_LENGTH) return false;
    const indent = countSpaces(line);
    if (blockScalar) {
      if (line.length === 0) continue;
      // The parsers differ on all-space lines in block scalars (and at the end of the file).
      if (indent === line.length) return false;
      if (blockScalar.indent === 0 && indent > blockScalar.parent) blockScalar.indent = indent;
      if (indent >= blockScalar.indent && blockScalar.indent > 0) continue;
      if (indent > blockScalar.parent) return false;
      blockScalar = undefined;
    }
    if (indent === line.length) continue;
    if (line[indent] === '#') {
      commentIndent = Math.min(commentIndent, indent);
      continue;
    }
    const scan = scanLine(line, indent);
    if (scan === false) return false;
    // After a comment less indented than it, `yaml` does not take a plain value as a continuation; js-yaml does.
    if (indent > commentIndent && !scan.isEntryOrKey) return false;
    commentIndent = Number.POSITIVE_INFINITY;
    if (scan.blockParent !== undefined) blockScalar = { parent: scan.blockParent, indent: 0 };
  }
  return true;
}

/** Tabs, carriage returns not before a line feed, controls, byte-order marks and Unicode line separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
const UNUSUAL_CHARACTERS = /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)/;
/** `yaml` rejects implicit keys over 1024 characters; js-yaml does not. */
const MAX_LINE_LENGTH = 1000;
const CR = 13;
const NULL_KEY = /^(?:~|null|Null|NULL)$/;
/** Without `+`: the parsers keep different trailing lines at the end of the file. */
const BLOCK_SCALAR_HEADER = /^[|>]-? *(?:#.*)?$/;
/** Characters that start something other than a plain scalar or a quoted one. */
const INDICATORS = new Set(['?', ':', ',', '&', '*', '!', '%', '@', '`', '|', '>', '#']);
const FLOW_INDICATORS = new Set([',', '[', ']', '{', '}']);

interface LineScan {
  /** The line starts with a sequence entry (`- `) or a key. */
  readonly isEntryOrKey: boolean;
  /** Where a block scalar whose header ends the line belongs (its parent's column). */
  readonly blockParent?: number;
}

/** One line with content, outside block scalars: false when it leaves the plain subset. */
function scanLine(line: string, indent: number): LineScan | false {
  if (line.startsWith('---') || line.startsWith('...')) return line === '---' && { isEntryOrKey: true };
  let depth = 0;
  let parent = indent;
  let nodeStart = -1;
  let isAtNodeStart = true;
  let wasFlowCollection = false;
  let isEntryOrKey = false;
  let isValueSlot = false;
  const openers: string[] = [];
  let i = indent;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ') {
      i += 1;
      continue;
    }
    if (ch === '#') return line[i - 1] === ' ' && depth === 0 && { isEntryOrKey };
    if (!isAtNodeStart) {
      if (ch === ',' && depth > 0) {
        isAtNodeStart = true;
        isValueSlot = false;
      } else if ((ch === ']' || ch === '}') && depth > 0) {
        depth -= 1;
        wasFlowCollection = true;
      } else if (ch === ':' && !wasFlowCollection && isValueIndicator(line, i, depth)) {
        if (depth === 0) parent = nodeStart;
        if (depth === 0 && nodeStart === indent) isEntryOrKey = true;
        isAtNodeStart = true;
        isValueSlot = true;
      } else return false;
      i += 1;
      continue;
    }
    wasFlowCollection = false;
    nodeStart = i;
    if (ch === '"' || ch === "'") {
      const close = findClosingQuote(line, i);
      if (close === -1) return false;
      i = close + 1;
      isAtNodeStart = false;
    } else if (ch === '[' || ch === '{') {
      // A collection as a key of a flow mapping: `yaml` writes it out as "[ a, b ]", js-yaml as "a,b".
      if (openers[depth - 1] === '{' && !isValueSlot) return false;
      openers[depth] = ch;
      depth += 1;
      isValueSlot = false;
      i += 1;
    } else if ((ch === ']' || ch === '}') && depth > 0) {
      depth -= 1;
      wasFlowCollection = true;
      isAtNodeStart = false;
      i += 1;
    } else if (ch === '-' && (i + 1 === line.length || line[i + 1] === ' ')) {
      // An empty entry: js-yaml may take the next, less indented entry as its value.
      if (depth > 0 || isRestEmpty(line, i + 1)) return false;
      if (i === indent) isEntryOrKey = true;
      parent = i;
      i += 1;
    } else if (ch === '|' || ch === '>') {
      return depth === 0 && BLOCK_SCALAR_HEADER.test(line.slice(i)) && { isEntryOrKey, blockParent: parent };
    } else if (INDICATORS.has(ch) || FLOW_INDICATORS.has(ch)) {
      return false;
    } else {
      i = endOfPlain(line, i, depth);
      isAtNodeStart = false;
      // `yaml` reads a null key as "", js-yaml as "null".
      if (
        i - nodeStart <= 4 &&
        NULL_KEY.test(line.slice(nodeStart, i)) &&
        line.slice(i).trimStart()[0] === ':'
      )
        return false;
    }
  }
  return depth === 0 && { isEntryOrKey };
}

/** A `:` that separates a key from its value: followed by a space or the line's end (or, in flow, a comma or closer). */
function isValueIndicator(line: string, at: number, depth: number): boolean {
  const next = line[at + 1];
  return next === undefined || next === ' ' || (depth > 0 && FLOW_INDICATORS.has(next));
}

/** Where a plain scalar starting at `from` ends: before ": ", " #", the line's end, or (in flow) a flow indicator. */
function endOfPlain(line: string, from: number, depth: number): number {
  let i = from + 1;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ':' && isValueIndicator(line, i, depth)) break;
    if (ch === '#' && line[i - 1] === ' ') break;
    if (depth > 0 && FLOW_INDICATORS.has(ch)) break;
    i += 1;
  }
  while (line[i - 1] === ' ') i -= 1;
  return i;
}

/** The index of the quote that closes the one at `from` on the same line, or -1 (also for a `\U` escape). */
function findClosingQuote(line: string, from: number): number {
  const quote = line[from];
  for (let i = from + 1; i < line.length; i += 1) {
    if (quote === '"' && line[i] === '\\') {
      // js-yaml accepts code points past U+10FFFF; `yaml` does not.
      if (line[i + 1] === 'U') return -1;
      i += 1;
    } else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i += 1;
      else return i;
    }
  }
  return -1;
}

/** Nothing but spaces, maybe then a comment, from `from` to the end of the line. */
function isRestEmpty(line: string, from: number): boolean {
  const next = from + countSpaces(line.slice(from));
  return next === line.length || line[next] === '#';
}

function countSpaces(line: string): number {
  let count = 0;
  while (line.charCodeAt(count) === 32) count += 1;
  return count;
}

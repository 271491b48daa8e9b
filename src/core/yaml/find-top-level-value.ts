import type { SourceRange } from '../diagnostics/diagnostic.js';

/**
 * Where the value of a top-level `key: value` line is (`id: pilot`, `id: "pilot"`, `id: 'pilot'`), as
 * `rangeOf` would say, found without building a `yaml` document; undefined when the pair is written any
 * other way (the caller then asks the document). Only for text that `isPlainYaml` accepts and that
 * js-yaml read as a mapping holding `value` under `key`: there, a line starting with `key:` is that pair.
 */
export function findTopLevelValue(text: string, key: string, value: string): SourceRange | undefined {
  if (!SIMPLE_VALUE.test(value)) return undefined;
  const prefix = `${key}:`;
  let found: SourceRange | undefined;
  let line = 1;
  for (let start = 0; start < text.length; line += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.startsWith(prefix, start)) {
      const written = /^( +)(["']?)([^\s"'#]+)\2(?: +#.*| *)\r?$/.exec(
        text.slice(start + prefix.length, end),
      );
      if (found || written?.[3] !== value) return undefined;
      const col = prefix.length + written[1]!.length + 1;
      found = { line, col, endLine: line, endCol: col + value.length + 2 * written[2]!.length };
    }
    start = end + 1;
  }
  return found;
}

/** Values that read the same plain and quoted: no escapes, no spaces, no indicators. */
const SIMPLE_VALUE = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;

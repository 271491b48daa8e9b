import { Document, isCollection, isMap, isScalar, type Node, type Pair, type ToStringOptions } from 'yaml';

/** How init writes YAML: block style, `[a, b]` for short lists, no folding of long lines. */
export const INIT_YAML_OPTIONS: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

/** A YAML document from plain data, with a comment block at its top (each line gets `# `). */
export function createCommentedDocument(value: unknown, header: readonly string[]): Document {
  const document = new Document(value);
  document.commentBefore = header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  return document;
}

function pairAt(document: Document, path: readonly (string | number)[]): Pair<Node, Node | null> {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const key = path.at(-1);
  if (!isMap(parent)) throw new Error(`init: no map at ${path.slice(0, -1).join('.')}`);
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (!pair) throw new Error(`init: no key ${path.join('.')}`);
  return pair as Pair<Node, Node | null>;
}

/** Comment lines above a key; with `isSpaced` a blank line before them too. */
export function commentAbove(
  document: Document,
  path: readonly (string | number)[],
  lines: readonly string[],
  isSpaced = false,
): void {
  const { key } = pairAt(document, path);
  if (lines.length > 0) key.commentBefore = lines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  if (isSpaced) key.spaceBefore = true;
}

/** A comment at the end of a key's line. */
export function commentAfter(document: Document, path: readonly (string | number)[], text: string): void {
  const { value } = pairAt(document, path);
  if (value) value.comment = ` ${text}`;
}

/** Writes a list or map at `path` in flow style: `[a, b]`, `{ pool: … }`. */
export function useFlowStyle(document: Document, path: readonly (string | number)[]): void {
  const node = document.getIn(path, true);
  if (isCollection(node)) node.flow = true;
}

/** A string that YAML 1.1 readers would take for a number (`16:00`) is written quoted. */
export function useQuotes(document: Document, path: readonly (string | number)[]): void {
  const node = document.getIn(path, true);
  if (isScalar(node)) node.type = 'QUOTE_DOUBLE';
}

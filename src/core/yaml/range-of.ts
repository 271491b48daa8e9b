import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { type SourceRange, START_OF_FILE } from '../diagnostics/diagnostic.js';

/** A path into YAML data: map keys and list indexes, as ajv and the checks name them. */
export type YamlPath = readonly (string | number)[];

/** The part of a parsed file that positions need; a `YamlSource` is one. */
export interface PositionedText {
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/**
 * The range of the node at `path`: its value (default) or its key. A list item has no key, so its
 * 'key' is its first line. A path that does not exist falls back to the nearest existing ancestor's key.
 * O(depth × keys per mapping): no index to build, no re-scan of the document.
 */
export function rangeOf(
  source: PositionedText,
  path: YamlPath,
  part: 'key' | 'value' = 'value',
): SourceRange {
  const { node, key, isComplete } = findNode(source.document, path);
  const range = node?.range;
  if (isComplete && part === 'value' && key !== undefined && range && range[1] > range[0]) {
    return rangeAt(source, range[0], range[1]);
  }
  if (key?.range) return rangeAt(source, key.range[0], key.range[1]);
  if (!range) return START_OF_FILE;
  if (isComplete && part === 'value' && range[1] > range[0]) return rangeAt(source, range[0], range[1]);
  return headRangeOf(source, range[0], range[1]);
}

/** From `start` to `end` (exclusive offsets), without trailing whitespace or line breaks. */
export function rangeAt(
  source: Pick<PositionedText, 'text' | 'lineCounter'>,
  start: number,
  end: number,
): SourceRange {
  let stop = Math.max(start, end);
  while (stop > start && isSpace(source.text.charCodeAt(stop - 1))) stop -= 1;
  const from = source.lineCounter.linePos(start);
  const to = source.lineCounter.linePos(stop);
  return { line: from.line, col: from.col, endLine: to.line, endCol: to.col };
}

function headRangeOf(source: PositionedText, start: number, end: number): SourceRange {
  const lineEnd = source.text.indexOf('\n', start);
  return rangeAt(source, start, lineEnd === -1 ? end : Math.min(end, lineEnd));
}

function findNode(
  document: Document.Parsed,
  path: YamlPath,
): { node?: Node; key?: Node; isComplete: boolean } {
  let node: Node | undefined = document.contents ?? undefined;
  let key: Node | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const wanted = String(segment);
      // The last one, as when duplicate keys are read into data.
      const pair = node.items.findLast((item) => isScalar(item.key) && String(item.key.value) === wanted);
      if (!pair) break;
      key = pair.key as Node;
      node = (pair.value as Node | null) ?? undefined;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item === undefined) break;
      key = undefined;
      node = item;
    } else {
      break;
    }
    depth += 1;
  }
  return { node, key, isComplete: depth === path.length };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

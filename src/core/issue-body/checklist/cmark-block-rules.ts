import MarkdownIt from 'markdown-it';
import { HTML_OPEN_CLOSE_TAG_RE } from 'markdown-it/lib/common/html_re.mjs';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/**
 * markdown-it's block rules, changed where GitHub's parser (cmark-gfm) builds other blocks, so that
 * Tandem counts the task boxes GitHub shows. tests/core/merge/checklist-differential.test.ts holds
 * the scanner to cmark-gfm's answers.
 */

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** markdown-it's own rule `name` of `chain`, found by what disabling it removes from the chain. */
export function findRule<Rule>(chain: 'block' | 'inline', name: string): Rule {
  const probe = new MarkdownIt('default', { html: true });
  const ruler = probe[chain].ruler as unknown as {
    getRules(chainName: string): Rule[];
    disable(names: string): void;
  };
  const all = ruler.getRules('');
  ruler.disable(name);
  const others = new Set(ruler.getRules(''));
  const rule = all.find((candidate) => !others.has(candidate));
  if (!rule) throw new Error(`markdown-it has no ${chain} rule ${name}`);
  return rule;
}

const htmlBlock = findRule<BlockRule>('block', 'html_block');
const blockquote = findRule<BlockRule>('block', 'blockquote');
const table = findRule<BlockRule>('block', 'table');

/** CommonMark's HTML block of kind 7: one complete open or closing tag alone on its line. */
const HTML_BLOCK_7 = new RegExp(`^(?:${HTML_OPEN_CLOSE_TAG_RE.source})[ \\t]*$`);
const GREATER_THAN = 0x3e;

const lineText = (state: StateBlock, line: number): string =>
  state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!);

/**
 * A tag alone on its line cannot interrupt a paragraph, but cmark lets it start an HTML block on any
 * line that does not continue one: a lazy line under a list item or a quote (the item and the list
 * end there), a line after a table row. markdown-it never lets it end anything.
 */
const htmlBlockRule: BlockRule = (state, startLine, endLine, silent) => {
  const isBlock = htmlBlock(state, startLine, endLine, silent);
  if (isBlock || !silent) return isBlock;
  const isParagraphLine = state.parentType === 'paragraph' && state.sCount[startLine]! >= state.blkIndent;
  if (isParagraphLine || state.sCount[startLine]! >= 4) return false;
  return HTML_BLOCK_7.test(lineText(state, startLine));
};

/**
 * A `>` indented four columns or more past the quote's container is no quote marker (cmark: the line
 * is a lazy continuation, or code); markdown-it takes it for one on the lines after the first. And
 * in a quote in a quote, markdown-it judged lazy lines again without their indentation.
 */
const blockquoteRule: BlockRule = (state, startLine, endLine, silent) => {
  if (silent) return blockquote(state, startLine, endLine, silent);
  const hidden: [line: number, shift: number][] = [];
  for (let line = startLine + 1; line < endLine && !state.isEmpty(line); line += 1) {
    const start = state.bMarks[line]! + state.tShift[line]!;
    const isDeepMarker =
      state.sCount[line]! - state.blkIndent >= 4 && state.src.charCodeAt(start) === GREATER_THAN;
    // A line an outer quote took as lazy is lazy in this one too (its indentation is lost by now).
    const isLazy = state.sCount[line]! < 0 && state.tShift[line]! > 0;
    if (isDeepMarker || isLazy) {
      hidden.push([line, state.tShift[line]!]);
      // Seen from the line's start, the `>` is out of every rule's sight: a lazy line.
      state.tShift[line] = 0;
    }
  }
  try {
    return blockquote(state, startLine, endLine, silent);
  } finally {
    for (const [line, shift] of hidden) state.tShift[line] = shift;
  }
};

/**
 * GFM's table header is a paragraph's last line: a line that starts another block (a list item, a
 * quote, a heading) never is one, though markdown-it tries tables first.
 */
function createTableRule(otherBlockStarts: () => readonly BlockRule[]): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (!table(state, startLine, endLine, true)) return false;
    for (const rule of otherBlockStarts()) if (rule(state, startLine, endLine, true)) return false;
    return table(state, startLine, endLine, silent);
  };
}

const list = findRule<BlockRule>('block', 'list');

const boxLineCache = new WeakMap<object, readonly number[]>();

/**
 * Lines (markdown-it's source has `\n` line ends only) that may be a box-only item (a box, then
 * blanks) or an empty one (a marker): the rule below tests them.
 */
function linesEndingInBoxOrMarker(state: StateBlock): readonly number[] {
  const cached = boxLineCache.get(state.env as object);
  if (cached) return cached;
  const { src } = state;
  const found: number[] = [];
  let lineStart = 0;
  for (let line = 0; lineStart <= src.length; line += 1) {
    let lineEnd = src.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = src.length;
    let last = lineEnd - 1;
    while (last >= lineStart && (src[last] === ' ' || src[last] === '\t')) last -= 1;
    const char = src[last];
    const isBoxEnd = char === ']' && last < lineEnd - 1 && src[last - 2] === '[';
    const isMarkerEnd = char === '-' || char === '*' || char === '+' || char === '.' || char === ')';
    if (last >= lineStart && (isBoxEnd || isMarkerEnd)) found.push(line);
    lineStart = lineEnd + 1;
  }
  boxLineCache.set(state.env as object, found);
  return found;
}

/** A list item's first line that holds nothing but a box and blanks after its marker. */
const BOX_ONLY_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?: {1,4}|\t)\[[ xX]\][ \t]+$/;
const EMPTY_ITEM = /^(?:[-+*]|\d{1,9}[.)])[ \t]*$/;

/** The line after `line` holds only blanks, as wide as a content indented by `indent` or wider. */
const isIndentedBlank = (state: StateBlock, line: number, endLine: number, indent: number): boolean =>
  line + 1 < endLine && state.isEmpty(line + 1) && state.sCount[line + 1]! >= state.sCount[line]! + indent;

/**
 * cmark-gfm reads a box that ends its item's line, blanks aside, as the whole first line: the item
 * has no paragraph yet, so, like an empty item, it ends at a blank line and has no lazy lines
 * (`- [ ] ` then a blank line and `    code` is code), unless that blank line is indented as far as
 * the item's content. markdown-it is shown such a line as an empty item, and the box's paragraph put
 * back into the item afterwards.
 */
function createListRule(
  onBoxParagraph: (state: StateBlock, line: number, column: number) => void,
): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (silent) return list(state, startLine, endLine, silent);
    const hidden: [line: number, end: number, box: number][] = [];
    // cmark continues an empty item over a blank line indented as far as its content; markdown-it
    // ends it there unless that line looks like content to it.
    const continued = new Set<number>();
    for (const line of linesEndingInBoxOrMarker(state)) {
      if (line < startLine || line >= endLine) continue;
      const text = lineText(state, line);
      if (EMPTY_ITEM.test(text)) {
        if (isIndentedBlank(state, line, endLine, text.trimEnd().length + 1)) continued.add(line + 1);
        continue;
      }
      if (!BOX_ONLY_ITEM.test(text)) continue;
      const start = state.bMarks[line]! + state.tShift[line]!;
      const box = state.src.indexOf('[', start);
      if (isIndentedBlank(state, line, endLine, box - start)) continue;
      hidden.push([line, state.eMarks[line]!, box]);
      state.eMarks[line] = box;
    }
    const isEmpty = state.isEmpty;
    if (continued.size > 0) state.isEmpty = (line) => !continued.has(line) && isEmpty.call(state, line);
    const tokenCount = state.tokens.length;
    let isList: boolean;
    try {
      isList = list(state, startLine, endLine, silent);
    } finally {
      for (const [line, end] of hidden) state.eMarks[line] = end;
      state.isEmpty = isEmpty;
    }
    for (const [line, end, box] of hidden) {
      const index = state.tokens.findIndex(
        (token, at) => at >= tokenCount && token.type === 'list_item_open' && token.map?.[0] === line,
      );
      if (index < 0) continue;
      const paragraph = [new state.Token('paragraph_open', 'p', 1), new state.Token('inline', '', 0)];
      paragraph.push(new state.Token('paragraph_close', 'p', -1));
      for (const token of paragraph) {
        token.map = [line, line + 1];
        token.block = true;
      }
      paragraph[1]!.content = state.src.slice(box, end).trim();
      paragraph[1]!.children = [];
      state.tokens.splice(index + 1, 0, ...paragraph);
      onBoxParagraph(state, line, box - (state.src.lastIndexOf('\n', box - 1) + 1));
    }
    return isList;
  };
}

const lheading = findRule<BlockRule>('block', 'lheading');
const hr = findRule<BlockRule>('block', 'hr');
const reference = findRule<BlockRule>('block', 'reference');

/** Underlines read as paragraph text, per parse. */
const textUnderlines = new WeakMap<object, Set<number>>();

/** Lines `start` to `end` are link reference definitions, nothing else. */
function isOnlyReferenceDefinitions(state: StateBlock, start: number, end: number): boolean {
  const { line: savedLine, lineMax } = state;
  state.lineMax = end;
  let line = start;
  while (line < end && reference(state, line, end, false)) line = state.line;
  state.line = savedLine;
  state.lineMax = lineMax;
  return line === end;
}

/**
 * cmark reads the reference definitions of a paragraph when a setext underline comes; when they are
 * all there is, the underline is no heading's but text, and the paragraph goes on (`[a]: /u` then
 * `---` then `</span>` is one paragraph).
 */
const lheadingRule: BlockRule = (state, startLine, endLine, silent) => {
  const tokenCount = state.tokens.length;
  if (!lheading(state, startLine, endLine, silent)) return false;
  const underline = state.line - 1;
  if (!isOnlyReferenceDefinitions(state, startLine, underline)) return true;
  state.tokens.length = tokenCount;
  state.line = startLine;
  const underlines = textUnderlines.get(state.env as object) ?? new Set();
  underlines.add(underline);
  textUnderlines.set(state.env as object, underlines);
  return false;
};

/** A `---` underline read as text (see lheadingRule) does not end its paragraph. */
const hrRule: BlockRule = (state, startLine, endLine, silent) => {
  if (silent && textUnderlines.get(state.env as object)?.has(startLine)) return false;
  return hr(state, startLine, endLine, silent);
};

/**
 * Puts the rules above in place of markdown-it's own; `onBoxParagraph` learns where the paragraph of
 * a box-only item starts (see createListRule).
 */
export function useCmarkBlockRules(
  parser: MarkdownIt,
  onBoxParagraph: (state: StateBlock, line: number, column: number) => void,
): void {
  const { ruler } = parser.block;
  // cmark reads a reference definition only when its paragraph ends: a line after it that would
  // continue a paragraph does (`[a]: /u` then `2. [x] b` is one paragraph, no list).
  ruler.disable('reference');
  ruler.at('lheading', lheadingRule);
  ruler.at('hr', hrRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  ruler.at('html_block', htmlBlockRule, { alt: ['paragraph', 'reference', 'blockquote'] });
  ruler.at('blockquote', blockquoteRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  const tableRule = createTableRule(() => ruler.getRules('paragraph').filter((rule) => rule !== tableRule));
  ruler.at('table', tableRule, { alt: ['paragraph', 'reference'] });
  ruler.at('list', createListRule(onBoxParagraph), { alt: ['paragraph', 'reference', 'blockquote'] });
}

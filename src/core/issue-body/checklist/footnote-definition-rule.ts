import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';

const BACKSLASH = 0x5c;
const BRACKET_OPEN = 0x5b;
const BRACKET_CLOSE = 0x5d;
const CARET = 0x5e;
const COLON = 0x3a;
const isSpaceOrTab = (code: number): boolean => code === 0x20 || code === 0x09;

/** Where the label of `[^label]:` ends (after the colon), or -1: micromark's rules for the label. */
function skipFootnoteLabel(src: string, start: number, max: number): number {
  if (src.charCodeAt(start) !== BRACKET_OPEN || src.charCodeAt(start + 1) !== CARET) return -1;
  let pos = start + 2;
  let size = 0;
  while (pos < max) {
    const code = src.charCodeAt(pos);
    if (size > 999 || code === BRACKET_OPEN || isSpaceOrTab(code)) return -1;
    if (code === BRACKET_CLOSE) {
      if (size === 0 || src.charCodeAt(pos + 1) !== COLON) return -1;
      return pos + 2;
    }
    size += 1;
    pos += 1;
    const next = src.charCodeAt(pos);
    if (code === BACKSLASH && (next === BRACKET_OPEN || next === BACKSLASH || next === BRACKET_CLOSE)) {
      size += 1;
      pos += 1;
    }
  }
  return -1;
}

/**
 * GitHub's footnote definitions (`[^1]: text`, continued by lines indented four spaces) as a
 * container, the way micromark-extension-gfm-footnote reads them: lists in a footnote are lists and
 * their task items count. markdown-it has no such rule of its own.
 */
export function footnoteDefinitionRule(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  const afterColon = skipFootnoteLabel(state.src, start, max);
  if (afterColon < 0) return false;
  if (silent) return true;

  let contentStart = afterColon;
  while (contentStart < max && isSpaceOrTab(state.src.charCodeAt(contentStart))) contentStart += 1;
  const saved = {
    bMark: state.bMarks[startLine]!,
    tShift: state.tShift[startLine]!,
    sCount: state.sCount[startLine]!,
    parentType: state.parentType,
  };
  state.bMarks[startLine] = afterColon;
  state.tShift[startLine] = contentStart - afterColon;
  state.blkIndent += 4;
  // All whitespace after the colon is eaten: the first line is never indented code.
  state.sCount[startLine] = state.blkIndent;
  // Only 'paragraph' changes what markdown-it's rules do (lists interrupting it); a footnote is none.
  state.parentType = 'root';

  const open = state.push('footnote_definition_open', '', 1);
  open.map = [startLine, 0];
  open.meta = state.src.slice(start + 2, afterColon - 2).toLowerCase();
  state.md.block.tokenize(state, startLine, endLine);
  open.map[1] = state.line;
  state.push('footnote_definition_close', '', -1);

  state.parentType = saved.parentType;
  state.blkIndent -= 4;
  state.bMarks[startLine] = saved.bMark;
  state.tShift[startLine] = saved.tShift;
  state.sCount[startLine] = saved.sCount;
  return true;
}

/**
 * The tokens without the footnotes GitHub does not show: those the text never refers to (`[^label]`
 * in a paragraph, a heading or a table cell; one in a code span counts too, an approximation) and
 * all but the first definition of a label. Their boxes and markers are not on the page.
 */
export function dropUnshownFootnotes(tokens: Token[]): Token[] {
  if (!tokens.some((token) => token.type === 'footnote_definition_open')) return tokens;
  const referenced = new Set<string>();
  for (const token of tokens) {
    if (token.type !== 'inline') continue;
    for (const match of token.content.matchAll(/\[\^([^\]\s]+)\]/g)) referenced.add(match[1]!.toLowerCase());
  }
  const defined = new Set<string>();
  const shown: Token[] = [];
  let hiddenDepth = 0;
  for (const token of tokens) {
    if (token.type === 'footnote_definition_open') {
      const label = token.meta as string;
      if (hiddenDepth > 0 || defined.has(label) || !referenced.has(label)) hiddenDepth += 1;
      defined.add(label);
    }
    if (hiddenDepth === 0) shown.push(token);
    if (token.type === 'footnote_definition_close' && hiddenDepth > 0) hiddenDepth -= 1;
  }
  return shown;
}

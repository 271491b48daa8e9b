import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { findRule, useCmarkBlockRules } from './cmark-block-rules.js';
import { dropUnshownFootnotes, footnoteDefinitionRule } from './footnote-definition-rule.js';

interface BlockEnv {
  /** Line of each paragraph's first line → column of its first character (tabs not expanded). */
  readonly paragraphColumns: Map<number, number>;
}

export interface MarkdownBlocks extends BlockEnv {
  readonly tokens: readonly Token[];
}

/**
 * GitHub-flavoured Markdown's block structure as GitHub's parser, cmark-gfm, builds it: CommonMark's
 * lists, quotes, code, HTML blocks, plus tables and footnote definitions. The inline pass is off, as a task box is read from the source of
 * its paragraph; `findInlineHtml` runs it on the rare paragraph that holds a marker line.
 */
const parser = new MarkdownIt('default', { html: true });
parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
useCmarkBlockRules(parser, (state, line, column) => {
  (state.env as BlockEnv).paragraphColumns.set(line, column);
});
// A container, so tried before the leaf blocks (a table, a reference definition) as micromark does.
parser.block.ruler.before('table', 'footnote_definition', footnoteDefinitionRule, {
  alt: ['paragraph', 'reference', 'blockquote', 'list'],
});
// Runs just before the paragraph rule, which always matches: where the paragraph begins.
parser.block.ruler.before('paragraph', 'paragraph_start', (state: StateBlock, startLine: number) => {
  const offset = state.bMarks[startLine]! + state.tShift[startLine]!;
  const lineStart = state.src.lastIndexOf('\n', offset - 1) + 1;
  (state.env as BlockEnv).paragraphColumns.set(startLine, offset - lineStart);
  return false;
});

const htmlInline = findRule<(state: StateInline, silent: boolean) => boolean>('inline', 'html_inline');
parser.inline.ruler.at('html_inline', (state: StateInline, silent: boolean) => {
  const start = state.pos;
  if (!htmlInline(state, silent)) return false;
  if (!silent) state.tokens.at(-1)!.meta = start;
  return true;
});

/**
 * The block tokens of `markdown` (lines in `map` count `\r\n`, `\r` and `\n` as line ends, as
 * CommonMark does) and where each paragraph starts.
 */
export function parseMarkdownBlocks(markdown: string): MarkdownBlocks {
  const env: BlockEnv = { paragraphColumns: new Map() };
  const tokens = dropUnshownFootnotes(parser.parse(markdown, env));
  return { tokens, paragraphColumns: env.paragraphColumns };
}

export interface InlineHtml {
  /** Offset in the inline content. */
  readonly start: number;
  readonly html: string;
}

/** The raw HTML (tags, comments) of a paragraph's content, outside code spans, link titles and such. */
export function findInlineHtml(content: string): InlineHtml[] {
  const tokens: Token[] = [];
  parser.inline.parse(content, parser, {}, tokens);
  return tokens
    .filter((token) => token.type === 'html_inline')
    .map((token) => ({ start: token.meta as number, html: token.content }));
}

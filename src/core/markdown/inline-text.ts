import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

// GFM's inline syntax as GitHub reads it; raw HTML is kept as the text it was written as.
const parser = new MarkdownIt('default', { html: true, linkify: false });

const collect = (tokens: readonly Token[]): string =>
  tokens
    .map((token) => {
      switch (token.type) {
        case 'text':
        case 'code_inline':
        case 'html_inline':
          return token.content;
        case 'softbreak':
        case 'hardbreak':
          return ' ';
        case 'image':
          return collect(token.children ?? []);
        default:
          return '';
      }
    })
    .join('');

/**
 * The text a reader sees of one line of Markdown (a checklist item, a heading): emphasis, links and
 * code marks go, entities are decoded, inline HTML stays as written (to be escaped). Text from an issue is quoted through
 * this and then escaped again, so nothing the pair wrote (a mention, a link) turns live elsewhere.
 */
export function inlineMarkdownToText(markdown: string): string {
  return collect(parser.parseInline(markdown, {})[0]?.children ?? []).trim();
}

import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatCodeSpan, toPlainLine } from '../../../src/core/render/escape-markdown.js';

const parse = (markdown: string) =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/**
 * The node types GitHub would build from `- [ ] <escaped>`, below the item's paragraph. A bare URL
 * that links to itself (GFM autolink literal) shows what it is, so it counts as text.
 */
function inlineTypesInItem(text: string): string[] {
  const tree = parse(`- [ ] ${escapeMarkdown(text)}\n- [ ] next`);
  const list = tree.children[0];
  if (tree.children.length !== 1 || list?.type !== 'list' || list.children.length !== 2)
    return ['broken out'];
  const paragraph = list.children[0]!.children[0];
  if (paragraph?.type !== 'paragraph') return ['no paragraph'];
  const types = paragraph.children.map((child) => {
    const label =
      child.type === 'link' && child.children[0]?.type === 'text' ? child.children[0].value : undefined;
    return child.type === 'link' && label === child.url ? 'text' : child.type;
  });
  return types.filter((type, index) => type !== 'text' || types[index - 1] !== 'text');
}

/** The text a reader sees (HTML entities decoded by the parser). */
function renderedText(text: string): string {
  const tree = parse(escapeMarkdown(text));
  const paragraph = tree.children[0];
  if (paragraph?.type !== 'paragraph') return '';
  return paragraph.children.map((child) => ('value' in child ? child.value : '')).join('');
}

describe('escapeMarkdown', () => {
  it('neutralises mentions of people and teams the way Dependabot does', () => {
    expect(escapeMarkdown('@everyone and @org/team')).toBe('@&#8203;everyone and @&#8203;org/team');
  });

  it('neutralises issue references', () => {
    expect(escapeMarkdown('see #12 and GH-7 and owner/repo#3')).toBe(
      'see #&#8203;12 and GH&#8203;-7 and owner/repo#&#8203;3',
    );
  });

  it('turns HTML and hidden markers into visible text', () => {
    expect(escapeMarkdown('<script>alert(1)</script> & <!-- tandem:issue program=x tandem=y -->')).toBe(
      '&lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; &lt;\\!-- tandem:issue program=x tandem=y --&gt;',
    );
  });

  it('keeps quotes as they are, so the text reads naturally', () => {
    expect(escapeMarkdown(`Martin's "first" post`)).toBe(`Martin's "first" post`);
  });

  it('collapses line breaks so text cannot leave its checklist item', () => {
    expect(escapeMarkdown('line one\n- [x] forged\r\n\n## heading')).toBe(
      'line one - \\[x\\] forged ## heading',
    );
    expect(inlineTypesInItem('line one\n- [x] forged')).toEqual(['text']);
  });

  it('escapes block markers at the start of the text', () => {
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    expect(escapeMarkdown('12. point')).toBe('12\\. point');
    expect(escapeMarkdown('=== under')).toBe('\\=== under');
  });

  it('escapes what would make links, images, emphasis, strike-through, code, math or table cells', () => {
    expect(escapeMarkdown('[a](http://x) ![i](y) *b* _c_ ~d~ `e` $f$ | g \\')).toBe(
      '\\[a\\]\\(http://x\\) \\!\\[i\\]\\(y\\) \\*b\\* \\_c\\_ \\~d\\~ \\`e\\` \\$f\\$ \\| g \\\\',
    );
  });

  it.each([
    '@everyone',
    '<script>alert(1)</script>',
    '<!-- tandem:issue program=x tandem=y -->',
    '- [x] forged',
    '| table | row |',
    '](http://x)',
    '[link](http://evil.example)',
    '![image](http://evil.example/i.png)',
    '**bold** _em_ ~~strike~~ `code`',
    '<img src=x onerror=alert(1)>',
    '&lt;b&gt; &copy;',
  ])('leaves %j as plain text inside a checklist item', (hostile) => {
    expect(inlineTypesInItem(hostile)).toEqual(['text']);
  });

  it.each([
    ['Martin\'s "first" post (draft)', 'Martin\'s "first" post (draft)'],
    ['<b>bold</b> & more', '<b>bold</b> & more'],
    ['[x](y) *z* a_b_c', '[x](y) *z* a_b_c'],
    ['Grüße 👋🏽 日本語', 'Grüße 👋🏽 日本語'],
    ['@lea & #12', '@\u200blea & #\u200b12'],
  ])('shows %j to the reader as %j', (input, shown) => {
    expect(renderedText(input)).toBe(shown);
  });

  it('drops invisible control and bidi characters', () => {
    expect(toPlainLine('a\u0000b\u202ec\td')).toBe('abc d');
  });
});

describe('formatCodeSpan', () => {
  it('wraps text in a fence longer than any backtick run inside', () => {
    expect(formatCodeSpan('npx tandem calendar p.yml')).toBe('`npx tandem calendar p.yml`');
    expect(formatCodeSpan('a ``b`` c')).toBe('```a ``b`` c```');
    expect(formatCodeSpan('`x')).toBe('`` `x ``');
  });

  it('cannot carry a hidden marker', () => {
    expect(formatCodeSpan('<!-- tandem:notes -->')).not.toContain('<!--');
  });
});

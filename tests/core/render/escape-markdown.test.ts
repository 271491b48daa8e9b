import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import {
  escapeInline,
  escapeLinkText,
  escapePlainTitle,
  escapeTableCell,
  formatCodeSpan,
  formatLoginInert,
  mentionUser,
  toPlainLine,
} from '../../../src/core/markdown/escape-markdown.js';
import { inspectGfm } from './gfm-inspect.js';

const parse = (markdown: string) =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** The node types GitHub would build from `- [ ] <escaped>`, below the item's paragraph. */
function inlineTypesInItem(text: string): string[] {
  const tree = parse(`- [ ] ${escapeInline(text)}\n- [ ] next`);
  const list = tree.children[0];
  if (tree.children.length !== 1 || list?.type !== 'list' || list.children.length !== 2)
    return ['broken out'];
  const paragraph = list.children[0]!.children[0];
  if (paragraph?.type !== 'paragraph') return ['no paragraph'];
  const types = paragraph.children.map((child) => child.type);
  return types.filter((type, index) => type !== 'text' || types[index - 1] !== 'text');
}

/** The text a reader sees (HTML entities decoded by the parser), zero-width spaces left out. */
function renderedText(markdown: string): string {
  const tree = parse(markdown);
  const paragraph = tree.children[0];
  if (paragraph?.type !== 'paragraph') return '';
  return paragraph.children
    .map((child) => ('value' in child ? child.value : ''))
    .join('')
    .replace(/\u200b/g, '');
}

const HOSTILE = [
  '@everyone and @acme/leadership',
  'Cohort #2 for @acme/leadership <b>',
  '@@double and a@b.example and GH-12 and owner/repo#3',
  'see https://evil.example/x and www.evil.example and <https://x.example>',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '<!-- tandem:notes — everything below this line is yours; Tandem never changes it -->',
  '{{user "boss"}} {{{marker}}}',
  '- [x] forged',
  '| table | row |',
  '[link](http://evil.example) ![image](http://evil.example/i.png) [^1]',
  '**bold** _em_ ~~strike~~ `code` $x$',
  '&lt;b&gt; &copy; &#64;everyone',
  '@\u200beveryone @\u200d#1 \u202e@boss\u202c',
  'line one\n# heading\n> quote',
  '> quote',
  '1. ordered',
  '---',
  'trailing backslash \\',
];

describe('escapeInline', () => {
  it('neutralises mentions of people and teams the way Dependabot does', () => {
    expect(escapeInline('@everyone and @org/team')).toBe('@&#8203;everyone and @&#8203;org/team');
  });

  it('neutralises issue references and URLs', () => {
    expect(escapeInline('see #12 and GH-7 and owner/repo#3')).toBe(
      'see #&#8203;12 and GH&#8203;-7 and owner/repo#&#8203;3',
    );
    expect(escapeInline('https://x.example www.y.example')).toBe(
      'https:&#8203;//x.example www&#8203;.y.example',
    );
  });

  it('turns HTML and hidden markers into visible text', () => {
    expect(escapeInline('<script>alert(1)</script> & <!-- tandem:issue program=x tandem=y -->')).toBe(
      '&lt;script>alert(1)&lt;/script> & &lt;!-- tandem:issue program=x tandem=y -->',
    );
  });

  it('escapes only what would change the rendering, so the raw text a pair edits reads naturally', () => {
    expect(escapeInline(`Martin's "first" post (summary, draft) - 5 * 3 < 4 & a_b_c!`)).toBe(
      `Martin's "first" post (summary, draft) - 5 * 3 < 4 & a_b_c!`,
    );
  });

  it('collapses line breaks so text cannot leave its checklist item', () => {
    expect(escapeInline('line one\n- [x] forged\r\n\n## heading')).toBe('line one - \\[x] forged ## heading');
    expect(inlineTypesInItem('line one\n- [x] forged')).toEqual(['text']);
  });

  it('escapes block markers at the start of the text', () => {
    expect(escapeInline('# title')).toBe('\\# title');
    expect(escapeInline('#hashtag')).toBe('#hashtag');
    expect(escapeInline('- item')).toBe('\\- item');
    expect(escapeInline('+ item')).toBe('\\+ item');
    expect(escapeInline('* item')).toBe('\\* item');
    expect(escapeInline('> quote')).toBe('\\> quote');
    expect(escapeInline('12. point')).toBe('12\\. point');
    expect(escapeInline('===')).toBe('\\===');
    expect(escapeInline('=== under')).toBe('=== under');
  });

  it('escapes what would make links, images, emphasis, strike-through, code or math', () => {
    expect(escapeInline('[a](b) ![i](y) *b* _c_ ~d~ `e` $f$ \\')).toBe(
      '\\[a](b) !\\[i](y) \\*b\\* \\_c\\_ \\~d\\~ \\`e\\` \\$f\\$ \\\\',
    );
  });

  it.each(HOSTILE)('leaves %j as plain text inside a checklist item', (hostile) => {
    expect(inlineTypesInItem(hostile)).toEqual(['text']);
  });

  it.each([
    ['Martin\'s "first" post (draft)', 'Martin\'s "first" post (draft)'],
    ['<b>bold</b> & more', '<b>bold</b> & more'],
    ['[x](y) *z* a_b_c', '[x](y) *z* a_b_c'],
    ['Grüße 👋🏽 日本語', 'Grüße 👋🏽 日本語'],
    ['@lea & #12 https://x.example', '@lea & #12 https://x.example'],
    ['&copy; \\*', '&copy; \\*'],
  ])('shows %j to the reader as %j', (input, shown) => {
    expect(renderedText(escapeInline(input))).toBe(shown);
  });

  it('drops invisible control and bidi characters', () => {
    expect(toPlainLine('a\u0000b\u202ec\td')).toBe('abc d');
  });
});

describe('each escaper, rendered by a real GFM renderer', () => {
  const contexts: [string, (text: string) => string][] = [
    ['a paragraph', (text) => `Before ${escapeInline(text)} after.\n`],
    ['a list item', (text) => `- ${escapeInline(text)}\n- next\n`],
    ['a heading', (text) => `### 1 · ${escapeInline(text)}\n`],
    ['a table cell', (text) => `| A | B |\n| --- | --- |\n| ${escapeTableCell(text)} | x |\n`],
    ['link text', (text) => `[${escapeLinkText(text)}](https://github.com/o/r/issues/1#x)\n`],
    ['a code span', (text) => `Run ${formatCodeSpan(text)} now.\n`],
  ];
  it.each(contexts)('keeps hostile text inert in %s', (_context, wrap) => {
    const baseline = inspectGfm(wrap('plain words'));
    for (const hostile of HOSTILE) {
      const findings = inspectGfm(wrap(hostile));
      findings.forEach((finding, renderer) => {
        expect({ hostile, ...finding }).toEqual({ hostile, ...baseline[renderer]! });
      });
    }
  });
});

describe('titles, logins and mentions', () => {
  it('makes a title inert with invisible zero-width spaces (titles are plain text)', () => {
    expect(escapePlainTitle('Cohort #2 for @acme/leadership <b>')).toBe(
      'Cohort #\u200b2 for @\u200bacme/leadership <\u200bb>',
    );
  });

  it('mentions a valid login on purpose, and nothing else', () => {
    expect(mentionUser('lea-schmidt')).toBe('@lea-schmidt');
    expect(mentionUser('@everyone <x>')).toBe('@&#8203;everyone &lt;x>');
  });

  it('shows a login without notifying', () => {
    expect(formatLoginInert('lea-schmidt')).toBe('@&#8203;lea-schmidt');
    expect(inspectGfm(`Tandem: ${formatLoginInert('lea-schmidt')}`)[0]!.mentions).toEqual([]);
    expect(renderedText(formatLoginInert('lea-schmidt'))).toBe('@lea-schmidt');
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

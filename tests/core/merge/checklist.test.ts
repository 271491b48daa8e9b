import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/core/issue-body/checklist.js';
import { formerSessionMarker, NOTES_MARKER, sessionMarker } from '../../../src/core/issue-body/markers.js';
import { propertyRuns } from '../../helpers/property-runs.js';

const tasks = (markdown: string) => parseChecklist(markdown).map(({ checked, text }) => [checked, text]);

describe('parseChecklist', () => {
  it('finds open and ticked boxes, lower- and upper-case x', () => {
    expect(tasks('- [ ] open\n- [x] done\n- [X] DONE')).toEqual([
      [false, 'open'],
      [true, 'done'],
      [true, 'DONE'],
    ]);
  });

  it('finds tasks in *, + and ordered lists with . or )', () => {
    expect(tasks('* [x] star\n\n+ [ ] plus\n\n1. [x] dot\n\n2) [ ] paren')).toEqual([
      [true, 'star'],
      [false, 'plus'],
      [true, 'dot'],
      [false, 'paren'],
    ]);
  });

  it('finds nested tasks and tasks in block quotes', () => {
    expect(tasks('- [ ] outer\n  - [x] inner\n    1. [ ] deeper\n\n> - [x] quoted\n> > * [ ] twice')).toEqual(
      [
        [false, 'outer'],
        [true, 'inner'],
        [false, 'deeper'],
        [true, 'quoted'],
        [false, 'twice'],
      ],
    );
  });

  it('ignores boxes in fenced and indented code and in HTML comments', () => {
    const markdown = [
      '```',
      '- [x] fenced',
      '```',
      '~~~md',
      '- [ ] tilde fenced',
      '~~~',
      '',
      '    - [x] indented code',
      '',
      '<!--',
      '- [x] commented out',
      '-->',
      '- [ ] real',
    ].join('\n');
    expect(tasks(markdown)).toEqual([[false, 'real']]);
  });

  it('finds tasks in footnote definitions and after tables, as GitHub does', () => {
    expect(
      tasks(
        '| a | b |\n| - | - |\n| 1 | 2 |\n- [x] after the table\n\n[^1]: - [ ] in a footnote\n\nsee [^1]',
      ),
    ).toEqual([
      [true, 'after the table'],
      [false, 'in a footnote'],
    ]);
  });

  it('needs whitespace after the box and a box at the start of the item', () => {
    expect(tasks('- [x]no space\n- [ ]\n- text [x] later\n- [y] other\n- [ ] ok')).toEqual([[false, 'ok']]);
  });

  it('keeps the text as written in Markdown, first line only, trimmed', () => {
    expect(tasks('- [ ]   **bold** \\[x\\] `code`  \n  continues here')).toEqual([
      [false, '**bold** \\[x\\] `code`'],
    ]);
    expect(tasks('- [ ] \n  text on the next line')).toEqual([[false, 'text on the next line']]);
    expect(tasks('> - [x]\t\n>   quoted next line')).toEqual([[true, 'quoted next line']]);
  });

  it('reads an item whose text starts with emphasis, code or HTML on its own line', () => {
    const items = parseChecklist(
      '- [ ] first\n- [x] **bold** plan\n- [ ] `npm test` first\n- [x] <b>tag</b>',
    );
    expect(items.map((item) => [item.line, item.checked, item.text])).toEqual([
      [1, false, 'first'],
      [2, true, '**bold** plan'],
      [3, false, '`npm test` first'],
      [4, true, '<b>tag</b>'],
    ]);
  });

  it('counts lines from 1, also with CRLF line ends', () => {
    expect(parseChecklist('intro\r\n\r\n- [ ] a\r\n- [x] b').map((item) => [item.line, item.text])).toEqual([
      [3, 'a'],
      [4, 'b'],
    ]);
  });

  it('assigns each item to the session marker above it and marks the notes', () => {
    const markdown = [
      '- [ ] before any session',
      '### One',
      sessionMarker('kickoff'),
      '- [ ] first',
      '```',
      sessionMarker('not-a-marker-in-code'),
      '```',
      '- [x] still kickoff',
      `Text ${sessionMarker('inline-is-no-marker')}`,
      '',
      sessionMarker('topic-ai-1'),
      '- [ ] second',
      formerSessionMarker('topic-gone-2'),
      '- [x] theirs',
      NOTES_MARKER,
      sessionMarker('retrospective'),
      '- [x] in the notes',
    ].join('\n');
    expect(parseChecklist(markdown)).toEqual([
      { checked: false, text: 'before any session', line: 1, inNotes: false },
      { checked: false, text: 'first', line: 4, sessionKey: 'kickoff', inNotes: false },
      { checked: true, text: 'still kickoff', line: 8, sessionKey: 'kickoff', inNotes: false },
      { checked: false, text: 'second', line: 12, sessionKey: 'topic-ai-1', inNotes: false },
      {
        checked: true,
        text: 'theirs',
        line: 14,
        sessionKey: 'topic-gone-2',
        isFromFormerSession: true,
        inNotes: false,
      },
      { checked: true, text: 'in the notes', line: 17, inNotes: true },
    ]);
  });

  it('takes the first notes marker as the start of the notes', () => {
    const items = parseChecklist(`- [ ] a\n${NOTES_MARKER}\n- [ ] b\n${NOTES_MARKER}\n- [ ] c`);
    expect(items.map((item) => item.inNotes)).toEqual([false, true, true]);
  });

  it('does not take a notes marker inside code for the notes', () => {
    const items = parseChecklist(`\`\`\`\n${NOTES_MARKER}\n\`\`\`\n- [ ] a`);
    expect(items.map((item) => item.inNotes)).toEqual([false]);
  });
});

describe('parseChecklist where GitHub’s parser (cmark-gfm) reads other blocks than a plain parser', () => {
  it('counts no boxes below an HTML tag line right under an item until a blank line', () => {
    expect(tasks('- [x] a\n<img src="x.png">\n- [ ] b\n- [x] c\n\n- [ ] d')).toEqual([
      [true, 'a'],
      [false, 'd'],
    ]);
  });

  it('keeps an item followed by a `--- | ---` row: no table starts in a list item’s line', () => {
    expect(tasks('- [ ] a | b\n--- | ---\n- [x] b')).toEqual([
      [false, 'a | b'],
      [true, 'b'],
    ]);
  });

  it('reads a `>` indented four spaces after a quote as a lazy line, not a quoted task', () => {
    expect(tasks('> - [x] q\n    > - [ ] r')).toEqual([[true, 'q']]);
  });

  it('reads `2. [x]` right after a link reference definition as text of its paragraph', () => {
    expect(tasks('[foo]: /url\n2. [x] two\n\n[bar]: /url\n1. [x] one')).toEqual([[true, 'one']]);
  });

  it('wants the box on the marker’s line, `[ ]`, `[x]` or `[X]`, then a space or a tab', () => {
    expect(tasks('- [x]\n  next line\n-\n  [x] first line empty\n- [\t] tab\n- [ ]  ')).toEqual([
      [false, ''],
    ]);
  });

  it('counts no boxes in a footnote nothing refers to, nor in a second one of the same label', () => {
    expect(tasks('[^1]: - [x] seen\n\n[^1]: - [ ] twice\n\n[^2]: - [x] unseen\n\nsee [^1]')).toEqual([
      [true, 'seen'],
    ]);
  });

  it('ends a box-only item at a blank line, so indented lines after it are code', () => {
    expect(parseChecklist('- [ ] \n\n    - [x] code').map((item) => item.checked)).toEqual([false]);
  });
});

/** Task states in document order, by the complete GFM parser (with the inline extensions). */
function referenceTasks(markdown: string): boolean[] {
  const states: boolean[] = [];
  const visit = (node: { type: string; checked?: boolean | null; children?: unknown[] }) => {
    if (node.type === 'listItem' && typeof node.checked === 'boolean') states.push(node.checked);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return states;
}

describe('parseChecklist against the complete GFM parser', () => {
  // Not here, as micromark departs from GitHub on them (checklist-differential.test.ts has them): a
  // box at the end of its line or on the line after the marker, a footnote nothing refers to.
  const LINES = [
    '- [ ] a',
    '* [x] b',
    '+ [X] c',
    '1. [ ] d',
    '1) [x] e',
    '  - [ ] nested',
    '> - [x] quoted',
    '```',
    '~~~',
    '    - [x] code',
    '<!--',
    '-->',
    '<div>',
    '</div>',
    '| a | b |',
    '| - | - |',
    'www.example.com',
    'http://x.example/<!--',
    '~~struck~~ - [ ] x',
    'text',
    '',
    '- [x]no',
    '- [ ] a ~~b~~ www.c.de',
  ];
  it('finds the same tasks in random documents', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 14 }), (lines) => {
        const markdown = lines.join('\n');
        expect(parseChecklist(markdown).map((item) => item.checked)).toEqual(referenceTasks(markdown));
      }),
      { numRuns: propertyRuns(75) },
    );
  });
});

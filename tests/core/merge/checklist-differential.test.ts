import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanIssueBody } from '../../../src/core/issue-body/checklist.js';
import { NOTES_MARKER, sessionMarker } from '../../../src/core/issue-body/markers.js';
import { propertyRuns } from '../../helpers/property-runs.js';
import { findCmarkGfm, type OracleItem, renderItemsOf } from './cmark-gfm-oracle.js';

/**
 * Tandem's checklist scanner against GitHub's own parser, cmark-gfm: the boxes a pair sees, their
 * lines, order and state. Where GitHub's page is known to show other boxes than cmark-gfm's tasklist
 * extension renders, Tandem follows the page: `whatGitHubShows` corrects cmark-gfm's answer for
 * exactly these documented cases, and counts them; every other disagreement fails the test.
 */

interface Box {
  readonly line: number;
  readonly checked: boolean;
}

/** A list marker, blanks and a box with a blank after it: cmark-gfm's pattern for a task item. */
const TASK_ITEM = /^(?:[-+*]|\d+[.)])[ \t]+\[([ xX])\][ \t]/;

function whatGitHubShows(items: readonly OracleItem[]): { boxes: Box[]; corrections: number } {
  let corrections = 0;
  const boxes = items.flatMap(({ line, before, from, box, startsWithBoxText }): Box[] => {
    const value = TASK_ITEM.exec(from)?.[1];
    if (box) {
      const checked = value === undefined ? box === 'checked' : value !== ' ';
      // Documented case 1: the extension ticks the box when `[x]` or `[X]` appears anywhere on its
      // line (strstr on the whole line), so `- [ ] compare [x]` is ticked. GitHub's GFM spec reads
      // the state from the box itself, and so does GitHub's task-list filter (github/task_list),
      // which ticks and counts boxes on the page: Tandem reads the box.
      if (checked !== (box === 'checked')) corrections += 1;
      return [{ line, checked }];
    }
    // Documented case 2: the extension matches its pattern from the first character of the line,
    // so an item that starts after a `>`, a footnote label or another list marker on the same line
    // gets no box, its `[x]` shown as text. GitHub's page shows boxes in quotes (supported since
    // github/task_list#36, and seen there by users since), and the GFM spec has no such rule.
    if (value !== undefined && startsWithBoxText && /[^ \t]/.test(before)) {
      corrections += 1;
      return [{ line, checked: value !== ' ' }];
    }
    return [];
  });
  return { boxes, corrections };
}

const EDGE_CASES: readonly string[] = [
  // The four shapes of issue 14.
  '- [x] a\n<img src="x.png">\n- [ ] b\n- [x] c\n\n- [ ] d',
  '- [ ] a | b\n--- | ---\n- [x] b',
  '> - [x] q\n    > - [ ] r',
  '[foo]: /url\n2. [x] two\n\n[bar]: /url\n1. [x] one',
  // Line ends, lists, laziness.
  '- [x] crlf\r\n- [ ] lines\r\n',
  '- [x] carriage\r- [ ] returns\r\r- [x] only',
  '- [x] outer\n  - [x] nested\n    - [ ] deeper\n      1. [X] ordered',
  '* [x] star\n+ [ ] plus\n1. [x] ordered\n2) [ ] paren\n10. [x] ten',
  '- [x] lazy\ncontinuation line\n- [ ] next',
  '> - [x] quoted lazy\ncontinuation line\n> - [ ] next',
  '- [x] a\n  - [ ] b\nlazy\n    - [x] c',
  // Code.
  '```\n- [x] fenced\n```\n- [x] after',
  '~~~md\n- [x] tilde\n~~~\n- [ ] after',
  '````\n```\n- [x] inner fence\n```\n````\n- [x] after',
  '~~~~\n~~~\n- [x] still code\n~~~~~\n- [ ] after',
  'Example:\n\n    - [x] indented code\n\n- [ ] real',
  '- [x] real\n\n    - [x] continuation, not code',
  '- [ ] a\n\n  ```\n  - [x] code in an item\n  ```\n- [x] b',
  // HTML.
  '<!--\n- [x] commented out\n-->\n- [x] real',
  '<!-- one line -->\n- [x] after',
  '<details>\n<summary>More</summary>\n\n- [x] inside details after a blank line\n</details>\n\n- [ ] after',
  '<details>\n- [x] inside an HTML block\n</details>\n\n- [x] after a blank line',
  '- [x] a\n<span>x</span>\n- [ ] b',
  '- [x] a\n  <img src="x.png">\n- [ ] b',
  '- [x] a\n</div>\n- [ ] b\n\n- [x] c',
  // Tables, references, quotes, tabs.
  '| a | b |\n| --- | --- |\n| - [x] cell | c |\n- [x] after the table',
  'a | b\n--- | ---\n- [x] row?\n\n- [x] after',
  '- [ ] a\n| --- | --- |',
  '[foo]:\n/url\n- [x] after a two-line definition',
  '> - [x] quoted\n> > - [ ] twice quoted',
  '- [\t] tab box\n-\t[x] tab after the marker\n\t- [x] tab indent\n- [x]\ttab after',
  '- [x]no space\n- [x]\n- [ ]  \n- [x]\n  next line\n-\n  [x] first line empty',
  '- [ ] see [x] later',
  `${sessionMarker('kickoff')}\n- [x] one\n\n${NOTES_MARKER}\n- [ ] note`,
  '[^1]: - [x] in a footnote\n\n    - [ ] its second item\n\ntext [^1]',
  '[^1]: - [x] a footnote nothing refers to\n\n    - [ ] its second item',
  '[^1]: text\n\n    - [x] referred to\n\n[^1]: - [ ] defined twice\n\n    - [x] hidden\n\nsee [^1]',
  // Found by the random documents.
  '- [ ] \n\n    - [x] code after a box-only item',
  '- [ ]   \n===\n    > - [x] not lazy after a box-only item',
  '2.\n   \n    - [ ] an empty item goes on over an indented blank line',
  '[foo]: /url\n---\n</span>\n- [x] the underline is text',
  '> > - [ ] twice\n    - [ ] lazy\nend\n3) [ ] three',
  '| a |\n| - |\n<img src="x.png">\n- [x] after a table row',
];

/** Line shapes that make or hide task items, for random documents. */
const FRAGMENTS: readonly string[] = [
  ...['- [x] done', '- [ ] open', '* [X] upper', '+ [ ] plus', '1. [ ] ordered', '1) [x] paren'],
  ...['2. [x] two', '3) [ ] three', '  - [x] nested', '    - [x] deep', '   - [ ] three spaces'],
  ...['-    [x] four after', '> - [x] quoted', '> > - [ ] twice', '>', '> text', '    > - [x] quote?'],
  ...['  > - [ ] quote in item', '- > - [x] quote in item', '1. - [ ] item in item'],
  ...['    indented', '\tindented by a tab', '\t- [x] tab indent', '  - [ ] in code?'],
  ...['-->', '<!-- a comment -->', '<div>', '</div>', '<details>', '</details>'],
  ...['<img src="x.png">', '  <img src="x.png">', '<span>', '</span>', '<br/>', '?>'],
  ...['', '', '', '', '', '   ', ' \t', 'text', 'more text', '- plain item', '-', '1.', '2.'],
  ...['---', '===', '***', '# heading', '| a | b |', '| - | - |', '--- | ---', 'a | b', '| c | d |'],
  ...['[foo]: /url', '[foo]:', '/url', '"title"', '[^1]: - [x] footnote', '[^1]: text'],
  ...['    - [ ] in a footnote', 'see [^1]', '[x] not in a list', '- [x]no space', '- [x]\ttab'],
  ...['- [\t] tab box', '-\t[x] tab marker', '- [x]', '- [ ]   ', '- [x] \u00a0', '- [ ] see [x]'],
  ...['  continuation', '      deep continuation', '- [x] `code` first', '- [ ] <b>html</b> first'],
  ...['text `code', 'end` text', sessionMarker('kickoff'), `  ${NOTES_MARKER}`],
];

/**
 * Lines that open a block running to its end string: rare, as cmark-gfm renders the documents after
 * one left open once more (see renderItemsOf).
 */
const OPENERS: readonly string[] = ['```', '~~~', '  ```', '````', '<!--', '<?php', '  <!--'];

const line = fc.oneof(
  { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 60 },
  { arbitrary: fc.constantFrom(...OPENERS), weight: 3 },
);
const documents = fc.tuple(fc.array(line, { maxLength: 20 }), fc.constantFrom('\n', '\n', '\r\n', '\r'));

interface Disagreement {
  readonly markdown: string;
  readonly tandem: readonly Box[];
  readonly gitHub: readonly Box[];
}

function compare(name: string, markdowns: readonly string[]): Disagreement[] {
  const oracle = renderItemsOf(markdowns);
  let corrections = 0;
  const disagreements = markdowns.flatMap((markdown, index) => {
    const tandem = scanIssueBody(markdown).items.map(({ line, checked }) => ({ line, checked }));
    const gitHub = whatGitHubShows(oracle[index]!);
    corrections += gitHub.corrections;
    return JSON.stringify(tandem) === JSON.stringify(gitHub.boxes)
      ? []
      : [{ markdown, tandem, gitHub: gitHub.boxes }];
  });
  console.log(
    `cmark-gfm differential, ${name}: ${disagreements.length} of ${markdowns.length} documents disagree ` +
      `(${corrections} boxes in documented cases)`,
  );
  for (const disagreement of disagreements.slice(0, 8)) console.log(JSON.stringify(disagreement));
  return disagreements;
}

const cmarkGfm = findCmarkGfm();
if (!cmarkGfm)
  console.log('cmark-gfm is not on PATH: the differential test against GitHub’s parser is skipped');

describe.skipIf(!cmarkGfm)(`scanIssueBody against ${cmarkGfm?.split(' - ')[0] ?? 'cmark-gfm'}`, () => {
  it('departs from cmark-gfm only in the documented cases, as GitHub’s page does', () => {
    const [quoted, ticked] = renderItemsOf(['> - [x] quoted', '- [ ] compare [x]']);
    expect(quoted).toEqual([{ line: 1, before: '> ', from: '- [x] quoted', startsWithBoxText: true }]);
    expect(ticked).toEqual([expect.objectContaining({ box: 'checked' })]);
    expect(scanIssueBody('> - [x] quoted').items.map((item) => item.checked)).toEqual([true]);
    expect(scanIssueBody('- [ ] compare [x]').items.map((item) => item.checked)).toEqual([false]);
  });

  it('counts the boxes cmark-gfm renders in hand-written edge cases', () => {
    expect(compare('edge cases', EDGE_CASES)).toEqual([]);
  });

  // 3,000 documents here, ten times as many in CI (tests/helpers/property-runs.ts).
  const runs = propertyRuns(3000);
  it(`counts the boxes cmark-gfm renders in ${runs} random documents`, {
    timeout: 30_000 + runs * 10,
  }, () => {
    const markdowns = fc
      .sample(documents, { numRuns: runs, seed: 14 })
      .map(([lines, lineBreak]) => lines.join(lineBreak));
    expect(compare('random documents', markdowns)).toEqual([]);
  });
});

import MarkdownIt from 'markdown-it';
import type { ChecklistItem } from '../checklist.js';
import { NOTES_MARKER, readFormerSessionMarker, readSessionMarker } from '../markers.js';

/**
 * GitHub-flavoured Markdown block structure only: lists, quotes, code, HTML blocks and tables. The
 * inline pass is off, since a task item is decided on its paragraph's raw text.
 */
const parser = new MarkdownIt('default', { html: true });
parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);

/**
 * A task-list box at the start of a list item's first paragraph, as micromark's GFM extension reads it
 * (and so `parseChecklist`): `[ ]`, `[x]` or `[X]`, then a line break or whitespace followed by text.
 */
const TASK_BOX = /^\[([ \t\n]|[xX])\](?=\n|[ \t]+[^ \t])/;

/**
 * The same items as `parseChecklist` (checklist.ts), read with markdown-it's block parser instead of
 * mdast: some 50 times faster (0.15 ms against 9 ms for a 4 kB issue), which a report over 1,000
 * issues needs. Items in fenced or indented code and in HTML blocks do not count; items in quotes and
 * nested lists do. tests/report/scan-task-list.test.ts holds both parsers to the same answers.
 */
export function scanTaskList(markdown: string): ChecklistItem[] {
  const tokens = parser.parse(markdown, {});
  const lines = markdown.split(/\r\n?|\n/);
  const items: ChecklistItem[] = [];
  let section: { key: string; isFormer: boolean } | undefined;
  let inNotes = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type === 'html_block' && token.map) {
      const line = lines[token.map[0]] ?? '';
      const sessionKey = readSessionMarker(line);
      const formerKey = sessionKey ? undefined : readFormerSessionMarker(line);
      if (sessionKey || formerKey) section = { key: (sessionKey ?? formerKey)!, isFormer: !sessionKey };
      else if (
        token.content.trimStart().startsWith(NOTES_MARKER) &&
        line.trimStart().startsWith(NOTES_MARKER)
      ) {
        inNotes = true;
      }
      continue;
    }
    if (token.type !== 'paragraph_open' || tokens[index - 1]?.type !== 'list_item_open' || !token.map)
      continue;
    const content = tokens[index + 1]?.content ?? '';
    const box = TASK_BOX.exec(content);
    if (!box) continue;
    const current = inNotes ? undefined : section;
    items.push({
      checked: box[1] === 'x' || box[1] === 'X',
      text: (content.slice(box[0].length).split('\n', 1)[0] ?? '').trim(),
      line: token.map[0] + 1,
      ...(current && { sessionKey: current.key }),
      ...(current?.isFormer && { isFromFormerSession: true }),
      inNotes,
    });
  }
  return items;
}

/**
 * Text from a program file placed into GitHub Markdown. It must read naturally (quotes stay quotes)
 * yet be unable to mention anyone, link an issue, inject HTML, forge a hidden marker, leave its line
 * (checklist item, table cell, heading) or create links, images, emphasis or math.
 */

const LINE_BREAK_RUN = /\s*(?:\r\n|[\r\n\v\f\u0085\u2028\u2029])\s*/g;
// C0/C1 controls and bidirectional overrides ("Trojan source"): invisible, never wanted in an issue.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()!~$|]/g;
const HTML_SPECIALS = /[&<>]/g;
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const LEADING_BLOCK_MARK = /^([#+=-])/;
const LEADING_ORDERED_MARK = /^(\d+)\./;
// What GitHub turns into a notification or a cross-reference: @user, @org/team, #12, GH-12.
const AUTOLINK_TRIGGER = /@(?=[A-Za-z0-9])|#(?=\d)|\bGH(?=-\d)/gi;
const ZERO_WIDTH_SPACE_ENTITY = '&#8203;';

/** One line of plain text: line breaks and tabs become spaces, invisible controls go. */
export function toPlainLine(text: string): string {
  return text.replace(LINE_BREAK_RUN, ' ').replace(/\t/g, ' ').replace(INVISIBLE_CONTROLS, '').trim();
}

/** Escapes text for inline use in Markdown (a paragraph, heading, list item or table cell). */
export function escapeMarkdown(text: string): string {
  return toPlainLine(text)
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(HTML_SPECIALS, (char) => HTML_ENTITIES[char]!)
    .replace(LEADING_BLOCK_MARK, '\\$1')
    .replace(LEADING_ORDERED_MARK, '$1\\.')
    .replace(AUTOLINK_TRIGGER, (match) => `${match}${ZERO_WIDTH_SPACE_ENTITY}`);
}

/**
 * A code span holding `text` literally. Inside code, backslashes and entities are not decoded, so the
 * fence is made longer than any backtick run, and a literal zero-width space keeps `<!--` from ever
 * reading as one of Tandem's hidden markers.
 */
export function formatCodeSpan(text: string): string {
  const content = toPlainLine(text).replace(/<!--/g, '<\u200b!--');
  if (content === '') return '';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${content}${padding}${fence}`;
}

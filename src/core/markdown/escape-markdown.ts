/**
 * The one way text from a program, pool or sign-up leaves Tandem: an escaper per context (inline
 * Markdown, table cell, link text, code span, plain-text title) and the one helper that mentions a
 * person on purpose. The text must read naturally, in the rendering and in the raw Markdown a pair
 * edits, so only what would change the rendering is escaped; yet it can never mention anyone, link
 * an issue or a URL, inject HTML, forge a hidden marker, leave its line (checklist item, table cell,
 * heading) or make links, images, emphasis or math.
 */

const LINE_BREAK_RUN = /\s*(?:\r\n|[\r\n\v\f\u0085\u2028\u2029])\s*/g;
// C0/C1 controls and bidirectional overrides ("Trojan source"): invisible, never wanted in an issue.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * What GitHub turns into a notification, a cross-reference or a link on its own: `@user`,
 * `@org/team`, `#12`, `GH-12`, `http://…`, `www.…`, an e-mail address (`a@b.c`, even `a@.b`). A zero-width
 * space after the trigger breaks it and stays invisible.
 */
const AUTOLINK_TRIGGER = /@(?=[\p{L}\p{N}._-])|#(?=\p{N})|GH(?=-\p{N})|(?<=[A-Za-z]):(?=\/\/)|www(?=\.)/giu;
const ZERO_WIDTH_SPACE = '\u200b';
const ZERO_WIDTH_SPACE_ENTITY = '&#8203;';

/** Markdown that makes code, math or links (and footnotes, task boxes) wherever it stands. */
const ALWAYS_SPECIAL = /[`$[]/g;
// `*` and `~` make emphasis or strike-through unless spaces stand on both sides (`5 * 3`).
const FLANKING_DELIMITER = /(?<!\s)[*~]|[*~](?!\s)/g;
// `_` makes emphasis only at a word's edge; `a_b_c` stays as it is.
const EDGE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// A backslash escapes only the punctuation after it (or the template's text, at the end).
const ESCAPING_BACKSLASH = /\\(?=[!-/:-@[-`{-~]|$)/g;
// `<` opens HTML, a comment or an autolink only before a letter, `/`, `!` or `?`. It becomes `&lt;`
// rather than `\<`, so the raw text never holds `<!--` or a tag: hidden markers are found by text.
const TAG_OPENER = /<(?=[A-Za-z/!?])/g;
// `&` is shown as written unless it begins a character reference such as `&copy;` or `&#64;`.
const CHARACTER_REFERENCE = /&(?=#?[A-Za-z0-9]+;)/g;
// At the start of a line's content: a heading, list item, quote, thematic break or setext underline.
const LEADING_BLOCK_MARK = /^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|>|[-=](?=[-=\s]*$))/;
const LEADING_ORDERED_MARK = /^(\d{1,9})([.)])(?=\s|$)/;

/** One line of plain text: line breaks and tabs become spaces, invisible controls go. */
export function toPlainLine(text: string): string {
  return text.replace(LINE_BREAK_RUN, ' ').replace(/\t/g, ' ').replace(INVISIBLE_CONTROLS, '').trim();
}

/** Text inline in Markdown: a paragraph, heading, list or checklist item. */
export function escapeInline(text: string): string {
  return toPlainLine(text)
    .replace(ESCAPING_BACKSLASH, '\\\\')
    .replace(ALWAYS_SPECIAL, '\\$&')
    .replace(FLANKING_DELIMITER, '\\$&')
    .replace(EDGE_UNDERSCORE, '\\_')
    .replace(CHARACTER_REFERENCE, '\\&')
    .replace(TAG_OPENER, '&lt;')
    .replace(LEADING_BLOCK_MARK, '\\$&')
    .replace(LEADING_ORDERED_MARK, '$1\\$2')
    .replace(AUTOLINK_TRIGGER, `$&${ZERO_WIDTH_SPACE_ENTITY}`);
}

/** The name under which the issue and reminder templates know `escapeInline`: `{{md text}}`. */
export const escapeMarkdown = escapeInline;

/** Text in a cell of a GFM table: inline, and a `|` does not end the cell. */
export function escapeTableCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|');
}

/** Text between `[` and `](url)`: inline, and a `]` does not end the link. */
export function escapeLinkText(text: string): string {
  return escapeInline(text).replace(/]/g, '\\]');
}

/**
 * A code span holding `text` literally. Inside code, backslashes and entities are not decoded, so the
 * fence is made longer than any backtick run, and a literal zero-width space keeps `<!--` from ever
 * reading as one of Tandem's hidden markers. Code never mentions or links.
 */
export function formatCodeSpan(text: string): string {
  const content = toPlainLine(text).replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`);
  if (content === '') return '';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${content}${padding}${fence}`;
}

/**
 * Plain text where GitHub shows no Markdown but still links references: issue and discussion
 * titles. Mentions, `#12`, URLs and tag openers get an invisible zero-width space, so that the title
 * stays inert wherever it is shown or quoted.
 */
export function escapePlainTitle(text: string): string {
  return toPlainLine(text)
    .replace(AUTOLINK_TRIGGER, `$&${ZERO_WIDTH_SPACE}`)
    .replace(TAG_OPENER, `<${ZERO_WIDTH_SPACE}`);
}

const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/**
 * The only place Tandem mentions someone on purpose (SPEC: the pair, in their own issue and
 * reminders). Anything that is not a valid login is shown as inert text.
 */
export function mentionUser(login: string): string {
  return GITHUB_LOGIN.test(login) ? `@${login}` : escapeInline(login);
}

/** A login shown without notifying (plan comment, reports, summaries): `@` and a zero-width space. */
export function formatLoginInert(login: string): string {
  return escapeInline(`@${login}`);
}

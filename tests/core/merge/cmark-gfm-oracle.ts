import { execFileSync, spawnSync } from 'node:child_process';

/**
 * GitHub's own Markdown parser as a test oracle: Debian's `cmark-gfm` binary with GitHub's
 * extensions, asked which list items it renders as task boxes. `.ci/run` installs it; where it is
 * missing the differential test says so and skips.
 */

/** A list item cmark-gfm renders (footnotes' are put back where their source is). */
export interface OracleItem {
  /** 1-based line of its marker. */
  readonly line: number;
  /** Its line's text before the marker, and from the marker on. */
  readonly before: string;
  readonly from: string;
  /** The task box cmark-gfm's tasklist extension gives it, if any. */
  readonly box?: 'checked' | 'open';
  /** Its content starts with `[ ]`, `[x]` or `[X]`, as text (so no box was made of it). */
  readonly startsWithBoxText: boolean;
}

const COMMAND = 'cmark-gfm';
const ARGS = ['-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tasklist', '-e', 'footnotes'];

/** The binary's version line, or undefined when it is not on PATH. */
export function findCmarkGfm(): string | undefined {
  const result = spawnSync(COMMAND, ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.split('\n', 1)[0];
}

const render = (markdown: string): string =>
  execFileSync(COMMAND, [...ARGS, '--sourcepos', '--to', 'html'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });

/**
 * Every list item of the rendered HTML, in source order. Raw HTML is omitted and text escaped
 * without `--unsafe`, so only cmark-gfm's own list items match.
 */
function readItems(html: string, markdown: string): OracleItem[] {
  const lines = markdown.split(/\r\n|\r|\n/);
  const pattern =
    /<li data-sourcepos="(\d+):(\d+)-[^"]*">(?:<input type="checkbox" (checked="" )?disabled="" \/>|(\n?<p data-sourcepos="[^"]*">)?(\[[ xX]\]))?/g;
  return [...html.matchAll(pattern)]
    .map((match) => {
      const line = Number(match[1]);
      // cmark-gfm counts columns in bytes.
      const bytes = Buffer.from(lines[line - 1] ?? '');
      const column = Number(match[2]) - 1;
      const item: OracleItem = {
        line,
        before: bytes.subarray(0, column).toString(),
        from: bytes.subarray(column).toString(),
        ...(match[0].includes('<input') && { box: match[3] ? 'checked' : 'open' }),
        startsWithBoxText: match[5] !== undefined,
      };
      return { item, column };
    })
    .sort((a, b) => a.item.line - b.item.line || a.column - b.column)
    .map(({ item }) => item);
}

const countLineBreaks = (text: string): number => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Lines that close what a document may leave open at its end, harmless when nothing is: a guess
 * that saves a process per such document, checked by the separator (see renderItemsOf).
 */
function closersOf(document: string): string {
  let fence: string | undefined;
  for (const line of document.split(/\r\n|\r|\n/)) {
    const opener = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/.exec(line)?.[1];
    if (!opener) continue;
    if (fence === undefined) fence = opener;
    else if (opener[0] === fence[0] && opener.length >= fence.length && /^ *[`~]+[ \t]*$/.test(line))
      fence = undefined;
  }
  return `${fence === undefined ? '' : `${fence}\n\n`}-->\n?>`;
}

/**
 * The list items cmark-gfm renders for each document, a few processes for thousands of documents: the
 * documents are joined by lines that close a fence or HTML comment left open and a paragraph of
 * their own after a blank line, which closes every list, quote and footnote before it. A document
 * that leaves something else open swallows that paragraph (seen by its absence): the documents after
 * it are rendered again.
 * Footnote labels get the document's number, so no document references another's footnotes.
 */
export function renderItemsOf(documents: readonly string[], chunk = 200): OracleItem[][] {
  const result: OracleItem[][] = [];
  let next = 0;
  while (next < documents.length) {
    const batch = documents.slice(next, next + chunk);
    let joined = '';
    let first = 1;
    const ranges: { first: number; sentinel: number }[] = [];
    for (const [index, document] of batch.entries()) {
      joined += document.replace(/\[\^([^\]\s]+)\]/g, `[^$1-d${index}]`);
      const tail = `\n${closersOf(document)}\n\n`;
      // A document's closing `\r` and the tail's `\n` make one line break.
      const merged = document.endsWith('\r') ? 1 : 0;
      const sentinel = first + countLineBreaks(document) + countLineBreaks(tail) - merged;
      joined += `${tail}TANDEMSEP${index}\n\n`;
      ranges.push({ first, sentinel });
      first = sentinel + 2;
    }
    const html = render(joined);
    const items = readItems(html, joined);
    let done = 0;
    for (const [index, { first, sentinel }] of ranges.entries()) {
      result.push(
        items
          .filter((item) => item.line >= first && item.line < sentinel)
          .map((item) => ({ ...item, line: item.line - first + 1 })),
      );
      done += 1;
      const isClosed = new RegExp(`<p data-sourcepos="${sentinel}:1-\\d+:\\d+">TANDEMSEP${index}</p>`).test(
        html,
      );
      if (!isClosed) break;
    }
    next += done;
  }
  return result;
}

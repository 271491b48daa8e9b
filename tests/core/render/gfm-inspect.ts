import { spawnSync } from 'node:child_process';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * What GitHub would make of a Markdown text: rendered to HTML by a real GFM renderer (GitHub's own
 * `cmark-gfm` when installed, and micromark's GFM always), then read as GitHub's filters read it.
 */
export interface GfmFindings {
  /** Logins and teams GitHub would notify: `@name` after a non-word character, outside code. */
  readonly mentions: readonly string[];
  /** `#12`, `GH-12`, `owner/repo#12` outside code and links: cross-references. */
  readonly references: readonly string[];
  /** Every HTML element by tag name, with its count (links, emphasis, raw HTML alike). */
  readonly elements: Readonly<Record<string, number>>;
  /** HTML comments that reach the page (Tandem's hidden markers, or forged ones). */
  readonly comments: readonly string[];
}

const CMARK_ARGS = [
  '--unsafe',
  ...['table', 'strikethrough', 'autolink', 'tasklist', 'footnotes'].flatMap((e) => ['-e', e]),
];
export const hasCmarkGfm = spawnSync('cmark-gfm', ['--version']).status === 0;

export function renderWithCmarkGfm(markdown: string): string {
  const result = spawnSync('cmark-gfm', CMARK_ARGS, { input: markdown, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

export function renderWithMicromark(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

// GitHub's mention filter: `@` at the start or after a non-word character, then a login or a team.
const MENTION = /(?<![A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_-]*)?)/g;
const REFERENCE = /(?<![A-Za-z0-9_])(?:[\w.-]+\/[\w.-]+)?#\d+|\bGH-\d+/gi;

export function inspectHtml(html: string): GfmFindings {
  const comments = html.match(/<!--[\s\S]*?-->/g) ?? [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const elements: Record<string, number> = {};
  for (const [, tag] of withoutComments.matchAll(/<([A-Za-z][A-Za-z0-9-]*)/g)) {
    const name = tag!.toLowerCase();
    elements[name] = (elements[name] ?? 0) + 1;
  }
  // Code never mentions; link texts are not searched again by GitHub.
  const prose = withoutComments
    .replace(/<(pre|code|a)\b[\s\S]*?<\/\1>/gi, ' ')
    .split(/<[^>]*>/)
    .map(decode)
    .join(' ');
  return {
    mentions: [...prose.matchAll(MENTION)].map((match) => match[1]!),
    references: prose.match(REFERENCE) ?? [],
    elements,
    comments,
  };
}

/**
 * The findings of micromark's GFM and, unless `onlyMicromark` (a process per document is slow for
 * hundreds of property runs), of GitHub's own cmark-gfm when installed.
 */
export function inspectGfm(markdown: string, options: { onlyMicromark?: boolean } = {}): GfmFindings[] {
  const renders = [renderWithMicromark(markdown)];
  if (hasCmarkGfm && !options.onlyMicromark) renders.push(renderWithCmarkGfm(markdown));
  return renders.map(inspectHtml);
}

import GithubSlugger from 'github-slugger';
import { inlineMarkdownToText } from '../markdown/inline-text.js';
import { parseMarkdownBlocks } from './checklist/parse-markdown-blocks.js';
import { scanIssueBody } from './checklist.js';

/**
 * The anchor GitHub gives the heading of a session in an issue body (`#3--ai-tools--monday-…`): the
 * last heading above the session's hidden marker, slugged as GitHub does, with `-1`, `-2` for
 * headings that repeat. Read from the body as it is now, so a custom template or a heading the pair
 * edited still links right. Undefined when the session has no marker or no heading above it.
 */
export function findSessionAnchor(body: string, sessionKey: string): string | undefined {
  const marker = scanIssueBody(body).markers.find(
    (candidate) => candidate.kind === 'session' && candidate.key === sessionKey,
  );
  if (!marker) return undefined;
  const markerLine = body.slice(0, marker.offset).split('\n').length - 1;
  const { tokens } = parseMarkdownBlocks(body);
  const slugger = new GithubSlugger();
  let anchor: string | undefined;
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open' || token.map![0] >= markerLine) return;
    anchor = slugger.slug(inlineMarkdownToText(tokens[index + 1]!.content));
  });
  return anchor;
}

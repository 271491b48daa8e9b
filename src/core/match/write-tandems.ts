import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';

/** A tandem to add to a program file, with the comment that goes above it. */
export interface TandemToWrite {
  readonly mentor: string;
  readonly mentee: string;
  readonly topics: readonly string[];
  /** One line: the pair's score and reason. */
  readonly comment: string;
}

export type WriteTandemsResult = { readonly text: string } | { readonly error: string };

/**
 * Adds tandems to a program file's `tandems:` as text, so every other byte of the file stays as it
 * was (comments, quoting, blank lines, key order): the new items go after the last existing item at
 * its indentation, or replace an empty `tandems: []` / `tandems:` with a block list. A `tandems:`
 * written as a non-empty flow list (`[{…}]`) cannot take comments and is refused with a hint.
 */
export function writeTandems(text: string, tandems: readonly TandemToWrite[]): WriteTandemsResult {
  if (tandems.length === 0) return { text };
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { error: `cannot read the file as YAML (${doc.errors[0]!.message})` };
  const root = doc.contents;
  if (!isMap(root)) return { error: 'the file is not a mapping of keys' };
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === 'tandems');
  if (!pair) {
    const ending = text === '' || text.endsWith('\n') ? '' : newline;
    return { text: `${text}${ending}tandems:${newline}${renderItems(tandems, 2, newline)}` };
  }
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  const keyColumn = columnOf(text, key.range![0]);
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    const last = value.items.at(-1) as Node;
    const at = lineEndAfter(text, last.range![1]);
    const dash = columnOf(text, value.range![0]);
    return { text: insert(text, at, renderItems(tandems, dash, newline), newline) };
  }
  const isEmpty =
    value === null ||
    (isScalar(value) && value.value === null) ||
    (isSeq(value) && value.flow === true && value.items.length === 0);
  if (!isEmpty) {
    return {
      error:
        'tandems: is written as a flow list ([…]); write it as a block list (one "- mentor: …" per tandem) so that match can add to it',
    };
  }
  // Drop the empty value (`[]`, `~`, `null`) and the spaces before it; a comment after it stays.
  const colonAt = text.indexOf(':', key.range![1]);
  const range = value?.range;
  let cut = colonAt + 1;
  let trimmed = text;
  if (range && text.slice(range[0], range[1]).trim() !== '') {
    cut = range[0];
    while (cut > colonAt + 1 && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut -= 1;
    trimmed = text.slice(0, cut) + text.slice(range[1]);
  }
  const at = lineEndAfter(trimmed, cut);
  return { text: insert(trimmed, at, renderItems(tandems, keyColumn + 2, newline), newline) };
}

function renderItems(tandems: readonly TandemToWrite[], dash: number, newline: string): string {
  const pad = ' '.repeat(dash);
  return tandems
    .map((tandem) =>
      [
        `${pad}# ${tandem.comment.replace(/[\r\n]+/g, ' ')}`,
        `${pad}- mentor: ${scalar(tandem.mentor)}`,
        `${pad}  mentee: ${scalar(tandem.mentee)}`,
        `${pad}  topics: [${tandem.topics.map(scalar).join(', ')}]`,
      ].join(newline),
    )
    .map((lines) => `${lines}${newline}`)
    .join('');
}

/** Plain when YAML reads it back as the same string, else double-quoted. */
function scalar(value: string): string {
  const isPlain =
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) &&
    !/^(null|true|false|yes|no|on|off|~|[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/i.test(
      value,
    );
  return isPlain ? value : JSON.stringify(value);
}

/** The offset just after the line that holds `offset` (after its newline), or the end of the text. */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function insert(text: string, at: number, block: string, newline: string): string {
  const before = text.slice(0, at);
  const separator = before === '' || before.endsWith('\n') ? '' : newline;
  return `${before}${separator}${block}${text.slice(at)}`;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

import type { YAMLError } from 'yaml';

/** A syntax problem said for people: what is wrong, how to fix it, and where (offsets in the text). */
export interface ExplainedYamlError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The `yaml` parser's errors in the words of someone editing a program file. Its own words
 * ("Nested mappings are not allowed in compact mappings") describe the parser's state, not the
 * author's mistake; codes without a better explanation keep them.
 */
export function explainYamlError(error: YAMLError, text: string): ExplainedYamlError {
  const [start, end] = error.pos;
  const raw = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  const at = (message: string, from = start, to = end): ExplainedYamlError => ({
    message,
    start: from,
    end: to,
  });
  const atOpening = (bracket: string, message: string): ExplainedYamlError => {
    const open = text.lastIndexOf(bracket, start);
    return open === -1 ? at(message) : at(message, open, open + 1);
  };
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return at('YAML does not allow tabs for indentation: use spaces', start, start);
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const deeper = findDeeperLine(text, start);
      return deeper
        ? at(
            'this line is indented deeper than the key above it: keys of one mapping start in the same column',
            deeper.start,
            deeper.end,
          )
        : at(`this key is not indented like the keys around it: ${raw}`);
    }
    case 'BAD_INDENT':
      // Reported where the parser gave up (the next line); the bracket left open is where to look.
      if (raw.startsWith('Flow sequence'))
        return atOpening('[', 'a list in [ ] is not closed: add the closing ]');
      if (raw.startsWith('Flow map'))
        return atOpening('{', 'a mapping in { } is not closed: add the closing }');
      return at(`this line is not indented like the lines around it: ${raw}`);
    case 'MISSING_CHAR':
      if (raw.startsWith('Missing closing "quote'))
        return at('a value in double quotes is not closed: add the closing "');
      if (raw.startsWith("Missing closing 'quote"))
        return at("a value in single quotes is not closed: add the closing '");
      return at(raw);
    case 'BAD_SCALAR_START':
      return at(`${raw}: put the value in quotes`);
    default:
      return at(raw);
  }
}

/**
 * A key that the parser read as part of the line above (`mentee: x` followed by a line indented
 * deeper): the deeper line is the mistake. Its offsets, from the first non-space character.
 */
function findDeeperLine(text: string, offset: number): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = (line: string): number => line.length - line.trimStart().length;
  const base = indent(text.slice(lineStart, lineEndAt(text, lineStart)).replace(/^(\s*)- /, '$1  '));
  let next = lineEndAt(text, lineStart) + 1;
  while (next < text.length) {
    const line = text.slice(next, lineEndAt(text, next));
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      return indent(line) > base
        ? { start: next + indent(line), end: next + line.trimEnd().length }
        : undefined;
    }
    next += line.length + 1;
  }
  return undefined;
}

function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

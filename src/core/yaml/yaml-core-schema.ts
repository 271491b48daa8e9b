import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

/**
 * A js-yaml schema that reads plain scalars exactly as the `yaml` package's YAML 1.2 core schema does
 * (its tests and resolvers, in its order), so both parsers give the same data. js-yaml's own CORE_SCHEMA
 * differs: it accepts `1_000`, `-0x1F` and `0b101` as numbers, which `yaml` keeps as text.
 */
const RESOLVERS: readonly (readonly [tag: string, test: RegExp, resolve: (text: string) => unknown])[] = [
  ['null', /^(?:~|[Nn]ull|NULL)?$/, () => null],
  ['bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'],
  ['int', /^0o[0-7]+$/, (text) => Number.parseInt(text.substring(2), 8)],
  ['int', /^[-+]?[0-9]+$/, (text) => Number.parseInt(text, 10)],
  ['int', /^0x[0-9a-fA-F]+$/, (text) => Number.parseInt(text.substring(2), 16)],
  [
    'float',
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    (text) =>
      text.slice(-3).toLowerCase() === 'nan'
        ? Number.NaN
        : text[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
  ],
  ['float', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => Number.parseFloat(text)],
  ['float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => Number.parseFloat(text)],
];

const TAGS = [...new Set(RESOLVERS.map(([tag]) => tag))];
/** What each tag's texts can start with: most plain scalars are words, which need no regular expression. */
const FIRST_CHARACTERS: Record<string, string> = {
  null: '~nN',
  bool: 'tTfF',
  int: '0123456789+-',
  float: '0123456789+-.',
};

export const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  // One type per tag: js-yaml keeps only the last of several types with the same tag.
  implicit: TAGS.map((tag) => {
    const resolvers = RESOLVERS.filter(([other]) => other === tag);
    const first = FIRST_CHARACTERS[tag]!;
    // js-yaml calls `construct` right after a `resolve` that said yes, with the same text.
    let matched: ((text: string) => unknown) | undefined;
    return new Type(`tag:yaml.org,2002:${tag}`, {
      kind: 'scalar',
      resolve: (text: unknown) => {
        if (typeof text !== 'string' || (text !== '' && !first.includes(text[0]!))) return false;
        matched = resolvers.find(([, test]) => test.test(text))?.[2];
        return matched !== undefined;
      },
      construct: (text: string) => matched!(text),
    });
  }),
});

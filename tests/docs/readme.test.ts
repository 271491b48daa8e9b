import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

/** Every key path of a schema (`session.length`, `tandems[].mentor`), following `$ref`s. */
function schemaKeyPaths(schema: SchemaNode & { $defs?: Record<string, SchemaNode> }): Set<string> {
  const paths = new Set<string>();
  const resolve = (node: SchemaNode | undefined): SchemaNode | undefined => {
    let current = node;
    while (current?.$ref) {
      const { $ref, ...rest } = current;
      current = { ...schema.$defs![$ref.replace('#/$defs/', '')], ...rest };
    }
    return current;
  };
  const walk = (node: SchemaNode | undefined, prefix: string): void => {
    const resolved = resolve(node);
    if (!resolved) return;
    for (const [key, child] of Object.entries(resolved.properties ?? {})) {
      const keyPath = prefix ? `${prefix}.${key}` : key;
      paths.add(keyPath);
      walk(child, keyPath);
    }
    if (resolved.items) walk(resolved.items, `${prefix}[]`);
    for (const branch of [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])]) {
      walk(branch, prefix);
    }
  };
  walk(schema, '');
  return paths;
}

function readmeReferenceKeys(): Set<string> {
  const section = readme.split('### Program file reference')[1]!.split('\n## ')[0]!;
  const keys = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]!);
  return new Set(keys);
}

describe('README', () => {
  it('starts with the two set-up commands, and CI runs exactly its test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).toMatch(/^npm ci && npm start/m);
    expect(firstBlock).toMatch(/^npm ci && npm test/m);
    const ci = readFileSync(path.join(root, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci.trim().split('\n').at(-1)).toBe('npm test');
  });

  it('documents every key of the program schema, and no key the schema lacks', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schema/program.schema.json'), 'utf8'));
    expect([...readmeReferenceKeys()].sort()).toEqual([...schemaKeyPaths(schema)].sort());
  });
});

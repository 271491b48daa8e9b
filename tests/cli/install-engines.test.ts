import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } }>;
};

/** The lowest Node major an alternative of an `engines.node` range accepts (`>=22`, `^20.9.0`, `<18`). */
function lowestMajor(alternative: string): number {
  const range = alternative.trim();
  if (range === '' || range === '*' || range.startsWith('<')) return 0;
  return Number(/(\d+)/.exec(range)?.[1] ?? 0);
}

it('every installed package accepts Node 20, so `npm ci` prints no EBADENGINE warning', () => {
  const refusing = Object.entries(lock.packages)
    .filter(([, entry]) => entry.engines?.node !== undefined)
    .filter(([, entry]) =>
      entry.engines!.node!.split('||').every((alternative) => lowestMajor(alternative) > 20),
    )
    .map(([name, entry]) => `${name.replace(/^.*node_modules\//, '')} (node ${entry.engines!.node})`);
  expect(refusing).toEqual([]);
});

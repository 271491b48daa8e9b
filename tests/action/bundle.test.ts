import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundles } from '../../scripts/bundle.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe('the committed bundles', () => {
  it.each(bundles.map((options) => [options.outfile, options] as const))(
    '%s matches a fresh build of the sources (run `npm run bundle` when this fails)',
    async (outfile, options) => {
      const result = await build({ ...options, absWorkingDir: root, write: false });
      const fresh = result.outputFiles[0]!.text;
      const committed = readFileSync(path.join(root, outfile), 'utf8');
      expect(committed.length).toBe(fresh.length);
      expect(committed === fresh).toBe(true);
    },
  );

  it('is what action.yml runs, on node24', () => {
    const actionYml = readFileSync(path.join(root, 'action.yml'), 'utf8');
    expect(actionYml).toMatch(/using: node24/);
    expect(actionYml).toMatch(/main: action\/index\.js/);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundles, listBuiltFiles } from '../../scripts/bundle.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe('the committed bundles', () => {
  it.each(bundles.map((options) => [options.outdir, options] as const))(
    '%s/ matches a fresh build of the sources (run `npm run bundle` when this fails)',
    async (_, options) => {
      const result = await build({ ...options, absWorkingDir: root, write: false });
      const fresh = new Map(result.outputFiles.map((file) => [path.relative(root, file.path), file.text]));
      expect([...(await listBuiltFiles(options))].sort()).toEqual([...fresh.keys()].sort());
      for (const [file, text] of fresh) {
        const committed = readFileSync(path.join(root, file), 'utf8');
        expect(committed.length, file).toBe(text.length);
        expect(committed === text, file).toBe(true);
      }
    },
  );

  it('the Action is one file, as action.yml runs it, on node24', () => {
    const actionYml = readFileSync(path.join(root, 'action.yml'), 'utf8');
    expect(actionYml).toMatch(/using: node24/);
    expect(actionYml).toMatch(/main: action\/index\.js/);
    const action = bundles.find((options) => options.outdir === 'action')!;
    expect(action.splitting).toBeFalsy();
    expect(Object.keys(action.entryPoints)).toEqual(['index']);
  });
});

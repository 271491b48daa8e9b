import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle, bundles, LICENSES_FILE, listBuiltFiles } from '../../scripts/bundle.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const fresh = new Map<string, ReturnType<typeof buildBundle>>();
/** Each bundle is built once for the whole file. */
const freshBuild = (options: (typeof bundles)[number]) => {
  if (!fresh.has(options.outdir)) fresh.set(options.outdir, buildBundle(options));
  return fresh.get(options.outdir)!;
};
const eachBundle = bundles.map((options) => [options.outdir, options] as const);

describe('the committed bundles', () => {
  it.each(eachBundle)(
    '%s/ matches a fresh build of the sources, licence file included (run `npm run bundle` when this fails)',
    async (_, options) => {
      const { files } = await freshBuild(options);
      expect([...(await listBuiltFiles(options))].sort()).toEqual([...files.keys()].sort());
      for (const [file, text] of files) {
        const committed = readFileSync(path.join(root, file), 'utf8');
        expect(committed.length, file).toBe(text.length);
        expect(committed === text, file).toBe(true);
      }
    },
  );

  it.each(eachBundle)(
    '%s/ is one executable and its licence file, with no chunk that renames when unrelated code changes',
    async (outdir, options) => {
      expect(options.splitting).toBeFalsy();
      const [entry, ...others] = Object.keys(options.entryPoints);
      expect(others).toEqual([]);
      const { files } = await freshBuild(options);
      expect([...files.keys()].sort()).toEqual(
        [path.join(outdir, `${entry}.js`), path.join(outdir, LICENSES_FILE)].sort(),
      );
    },
  );

  it.each(eachBundle)(
    'every package in %s/ has its name, version and licence text in the licence file beside it',
    async (_, options) => {
      const { files, metafile } = await freshBuild(options);
      const packageDirs = new Set(
        Object.keys(metafile.inputs).flatMap(
          (input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? [],
        ),
      );
      const licenses = files.get(path.join(options.outdir, LICENSES_FILE))!;
      expect(packageDirs.size).toBeGreaterThan(30);
      for (const dir of packageDirs) {
        const { name, version } = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
        expect(licenses, name).toContain(`\n${name} ${version} (`);
      }
      expect(licenses).toContain('Permission is hereby granted, free of charge');
      expect(licenses).toContain('Apache License');
    },
  );

  it('the Action is one file, as action.yml runs it, on node24', () => {
    const actionYml = readFileSync(path.join(root, 'action.yml'), 'utf8');
    expect(actionYml).toMatch(/using: node24/);
    expect(actionYml).toMatch(/main: action\/index\.js/);
  });
});

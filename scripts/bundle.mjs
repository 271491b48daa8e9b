// Builds the two executables: action/index.js (what action.yml runs, one file) and bin/tandem.js (the
// CLI, which loads each command's code from bin/chunks/ when it runs that command). Both are committed;
// tests/action/bundle.test.ts fails when either is stale. The precompiled schema validators they
// contain, and the precompiled default templates, are generated first (scripts/build-validators.mjs,
// scripts/build-templates.mjs).
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { writeTemplates } from './build-templates.mjs';
import { writeValidators } from './build-validators.mjs';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Tandem sends its requests with @actions/http-client (src/github/http-transport.ts), which imports
 * undici only for getAgentDispatcher, a proxy dispatcher for callers that use undici themselves.
 * undici would be a third of the bundle and ~6 ms more of every start; in its place goes
 * scripts/no-undici.mjs.
 */
const noUndici = {
  name: 'no-undici',
  setup(builder) {
    builder.onResolve({ filter: /^undici$/ }, (args) =>
      /[\\/]@actions[\\/]http-client[\\/]/.test(args.importer)
        ? { path: path.join(root, 'scripts/no-undici.mjs') }
        : undefined,
    );
  },
};

/** date-holidays' `moment-timezone` (0.7 MB of zone data) is replaced by scripts/moment-timezone-shim.mjs. */
const noMomentTimezone = {
  name: 'no-moment-timezone',
  setup(builder) {
    builder.onResolve({ filter: /^moment-timezone$/ }, () => ({
      path: path.join(root, 'scripts/moment-timezone-shim.mjs'),
    }));
  },
};

const shared = {
  bundle: true,
  platform: 'node',
  // Node 20 here, node24 on GitHub's runners: the older target runs on both.
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  // Some dependencies still call require() for Node built-ins; ESM has none without this.
  banner: {
    js: "import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);",
  },
  plugins: [noUndici, noMomentTimezone],
};

/** Each build writes into `outdir`; `files` lists what it writes there (a glob-free description for the test). */
export { noMomentTimezone };

export const bundles = [
  { ...shared, entryPoints: { index: 'src/action/index.ts' }, outdir: 'action' },
  // The hashbang of src/cli/index.ts is kept by esbuild. Commands are loaded with import(), so with
  // splitting `tandem validate` reads and compiles only the code it runs.
  {
    ...shared,
    entryPoints: { tandem: 'src/cli/index.ts' },
    outdir: 'bin',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  },
];

/** The committed files a build owns in its `outdir`: its entry and, with splitting, bin/chunks/. */
export async function listBuiltFiles(options) {
  const entries = Object.keys(options.entryPoints).map((name) => path.join(options.outdir, `${name}.js`));
  if (!options.splitting) return entries;
  const chunks = path.join(options.outdir, 'chunks');
  const names = await readdir(path.join(root, chunks)).catch(() => []);
  return [...entries, ...names.filter((name) => name.endsWith('.js')).map((name) => path.join(chunks, name))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeValidators();
  await writeTemplates();
  for (const options of bundles) {
    // Chunk names carry a content hash: old ones would otherwise stay behind.
    if (options.splitting)
      await rm(path.join(root, options.outdir, 'chunks'), { recursive: true, force: true });
    await build({ ...options, absWorkingDir: root });
  }
}

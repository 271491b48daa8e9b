// Builds the two executables, each one self-contained file with its licence notices beside it:
// action/index.js + action/licenses.txt (what action.yml runs) and bin/tandem.js + bin/licenses.txt
// (the CLI). Both are committed; tests/action/bundle.test.ts fails when either is stale. The
// precompiled schema validators they contain, the precompiled default templates and the workflows
// `tandem init` writes are generated first (scripts/build-validators.mjs, scripts/build-templates.mjs,
// scripts/build-workflows.mjs).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { writeTemplates } from './build-templates.mjs';
import { writeValidators } from './build-validators.mjs';
import { writeWorkflows } from './build-workflows.mjs';
import { collectLicenses } from './collect-licenses.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** The file beside each executable that holds the licence notices of the packages in it. */
export const LICENSES_FILE = 'licenses.txt';

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

/**
 * jsonc-parser's `main` is a UMD wrapper whose require() calls esbuild cannot follow (the bundle would
 * fail with "Cannot find module './impl/format'"): bundle its ES module build instead.
 */
const jsoncParserEsm = {
  name: 'jsonc-parser-esm',
  setup(builder) {
    builder.onResolve({ filter: /^jsonc-parser$/ }, () => ({
      path: path.join(root, 'node_modules/jsonc-parser/lib/esm/main.js'),
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
  // The notices go to licenses.txt in full (collectLicenses), not as comments scattered in the code.
  legalComments: 'none',
  // No source map: a minified bundle's map is larger than the bundle, and Node would read it only
  // with --enable-source-maps, which a runner does not pass.
  sourcemap: false,
  metafile: true,
  // Some dependencies still call require() for Node built-ins; ESM has none without this.
  banner: {
    js: "import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);",
  },
  plugins: [noUndici, noMomentTimezone, jsoncParserEsm],
};

export { noMomentTimezone };

/**
 * One build per executable, one entry each and no splitting: a command the CLI loads with import()
 * stays in the same file, in a function esbuild runs on first use, so `tandem validate` still runs
 * only the code it needs, and no hashed chunk renames when unrelated code changes.
 */
export const bundles = [
  { ...shared, entryPoints: { index: 'src/action/index.ts' }, outdir: 'action' },
  // The hashbang of src/cli/index.ts is kept by esbuild.
  { ...shared, entryPoints: { tandem: 'src/cli/index.ts' }, outdir: 'bin' },
];

/** What a build writes, in memory (path relative to the repository root → text), and its metafile. */
export async function buildBundle(options) {
  const result = await build({ ...options, absWorkingDir: root, write: false });
  const files = new Map(result.outputFiles.map((file) => [path.relative(root, file.path), file.text]));
  const executable = [...files.keys()].find((file) => file.endsWith('.js'));
  files.set(path.join(options.outdir, LICENSES_FILE), collectLicenses(root, result.metafile, executable));
  return { files, metafile: result.metafile };
}

/** The committed files of a build: everything in its `outdir` but the package.json that makes it ESM. */
export async function listBuiltFiles(options) {
  const entries = await readdir(path.join(root, options.outdir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name !== 'package.json')
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeValidators();
  await writeTemplates();
  await writeWorkflows();
  for (const options of bundles) {
    // Whatever an earlier layout left there (bin/chunks/) goes.
    for (const file of await listBuiltFiles(options)) await rm(path.join(root, file));
    await rm(path.join(root, options.outdir, 'chunks'), { recursive: true, force: true });
    for (const [file, text] of (await buildBundle(options)).files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      // The CLI runs as `./bin/tandem.js` too (its hashbang), so it stays executable.
      await writeFile(path.join(root, file), text, { mode: file.endsWith('tandem.js') ? 0o755 : 0o644 });
    }
  }
}

// Builds the two executables: action/index.js (what action.yml runs) and bin/tandem.js (the CLI).
// Both are committed; tests/action/bundle.test.ts fails when either is stale.
import { build } from 'esbuild';

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
};

export const bundles = [
  { ...shared, entryPoints: ['src/action/index.ts'], outfile: 'action/index.js' },
  // The hashbang of src/cli/index.ts is kept by esbuild.
  { ...shared, entryPoints: ['src/cli/index.ts'], outfile: 'bin/tandem.js' },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  await Promise.all(bundles.map((options) => build(options)));
}

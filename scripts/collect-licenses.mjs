// The licence notices of every package a bundle contains, as one text file to ship beside it.
// esbuild's legalComments keep only comments marked @license or /*! in the code, which most packages
// do not have (their notice is a LICENSE file), so the packages are read from the build's metafile.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.|-|$)/i;

/** `node_modules/@scope/name/dist/x.js` → `node_modules/@scope/name` (the innermost package). */
function packageDirOf(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
  return match?.[1];
}

function noticeOf(root, dir) {
  const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const files = readdirSync(path.join(root, dir))
    .filter((name) => LICENSE_FILE.test(name))
    .sort();
  const texts = files.map((name) => readFileSync(path.join(root, dir, name), 'utf8').trim());
  if (texts.length === 0) {
    throw new Error(`${dir} has no LICENSE file: add its notice to scripts/collect-licenses.mjs`);
  }
  return { name: manifest.name, version: manifest.version, license: manifest.license, texts };
}

/**
 * The text of `<outdir>/licenses.txt` for one build: one section per bundled package (name, version,
 * licence), sorted by name, each with its LICENSE file(s) verbatim.
 */
export function collectLicenses(root, metafile, bundleName) {
  const dirs = new Set(Object.keys(metafile.inputs).map(packageDirOf).filter(Boolean));
  const notices = [...dirs]
    .map((dir) => noticeOf(root, dir))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
  const rule = '='.repeat(78);
  const sections = notices.map((notice) =>
    [rule, `${notice.name} ${notice.version} (${notice.license})`, ...notice.texts].join('\n\n'),
  );
  const intro =
    `${bundleName} is Tandem's code bundled with the ${notices.length} packages below; ` +
    'each is used under the licence that follows its name.';
  return `${[intro, ...sections].join('\n\n')}\n`;
}

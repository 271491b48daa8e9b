import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASE_TAG, TANDEM_CLI, TANDEM_REPOSITORY } from '../../src/core/render/release-tag.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const docs = [
  'README.md',
  ...readdirSync(path.join(root, 'docs/workflows')).map((name) => `docs/workflows/${name}`),
];

describe('what users are told to run names the released tag', () => {
  it.each(docs)('%s pins the Action to the released tag', (file) => {
    const refs = [...read(file).matchAll(/uses: tandem-mentoring\/tandem@(\S+)/g)].map((match) => match[1]);
    for (const ref of refs) expect(ref).toBe(RELEASE_TAG);
  });

  it('the README runs the CLI with npx at the released tag, never the default branch', () => {
    const commands = [...read('README.md').matchAll(/npx github:tandem-mentoring\/tandem[^\s`]*/g)].map(
      (match) => match[0],
    );
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toBe(TANDEM_CLI);
    expect(TANDEM_CLI).toBe(`npx github:${TANDEM_REPOSITORY}#${RELEASE_TAG}`);
  });

  it('npx installs no dependency, since the bundles contain them all', () => {
    const manifest = JSON.parse(read('package.json')) as { dependencies?: object; bin: object };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ tandem: 'bin/tandem.js' });
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../helpers/run-tandem.js';

const root = path.resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const invalid = 'tests/fixtures/programs/invalid/too-many-tandems.yml';
const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';

describe('tandem --help and --version', () => {
  it('--help shows no "(default: [])"', async () => {
    for (const command of ['validate', 'plan', 'sync', 'report', 'remind', 'preview']) {
      const run = await runTandem([command, '--help'], { root });
      expect(run.stdout, command).not.toContain('(default: [])');
    }
  });

  it.each([['--version'], ['-V']])('%s prints the version and exits 0', async (flag) => {
    const run = await runTandem([flag], { root });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });
});

describe('colour', () => {
  it('on a terminal, errors are red and warnings yellow', async () => {
    const run = await runTandem(['validate', invalid, 'tests/fixtures/programs/invalid/bad-cadence.yml'], {
      root,
      env: { FORCE_COLOR: '1' },
    });
    expect(run.stdout).toContain(`${RED}error`);
    expect(run.stdout).toContain(`${YELLOW}warning`);
  });

  it('none when piped, and none with NO_COLOR even on a terminal', async () => {
    const piped = await runTandem(['validate', invalid], { root });
    expect(piped.stdout).not.toContain('\x1b[');
    const noColor = await runTandem(['validate', invalid], {
      root,
      env: { NO_COLOR: '1' },
      isTerminal: true,
    });
    expect(noColor.stdout).not.toContain('\x1b[');
    const terminal = await runTandem(['validate', invalid], { root, isTerminal: true });
    expect(terminal.stdout).toContain('\x1b[');
  });
});

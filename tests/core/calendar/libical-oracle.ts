import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * libical, the C library behind Evolution and many CalDAV servers, as a test oracle: a small program
 * (tests/fixtures/libical/ical-check.c) built against Debian's libical-dev parses a file and applies
 * RFC 5545's restrictions. `.ci/run` installs libical-dev; without it or a C compiler the test that
 * uses it says so and skips.
 */
const SOURCE = path.resolve(import.meta.dirname, '../../fixtures/libical/ical-check.c');

/** The built checker's path, or undefined when libical or a compiler is missing. */
export function buildLibicalCheck(): string | undefined {
  const flags = spawnSync('pkg-config', ['--cflags', '--libs', 'libical'], { encoding: 'utf8' });
  if (flags.error || flags.status !== 0) return undefined;
  const dir = path.join(os.tmpdir(), 'tandem-libical-check');
  mkdirSync(dir, { recursive: true });
  const binary = path.join(dir, `ical-check-${process.pid}`);
  const built = spawnSync('cc', ['-o', binary, SOURCE, ...flags.stdout.trim().split(/\s+/)], {
    encoding: 'utf8',
  });
  return built.status === 0 ? binary : undefined;
}

/** libical's verdict: its X-LIC-ERROR lines and the count line; `ok` when there was no error. */
export function checkWithLibical(binary: string, ics: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(binary, { input: ics, encoding: 'utf8' }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

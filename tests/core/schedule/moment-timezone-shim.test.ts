import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Holidays from 'date-holidays';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import { noMomentTimezone } from '../../../scripts/bundle.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

// Countries whose rules use time zones: equinox days (JP), the Chinese and Hebrew calendars, and the
// programs' own regions.
const REGIONS = ['DE-BE', 'US-CA', 'JP', 'CN', 'IL', 'KR', 'VN', 'AU-NSW', 'GB', 'BR'];

function holidaysOf(HolidaysClass: typeof Holidays) {
  return REGIONS.flatMap((code) =>
    [2027, 2038].flatMap((year) =>
      new HolidaysClass(code.replace('-', '.'))
        .getHolidays(year)
        .map((holiday) => `${code} ${holiday.date} ${holiday.start.toISOString()} ${holiday.name}`),
    ),
  );
}

test('the bundles’ moment-timezone stand-in gives date-holidays the same holidays as moment-timezone', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-shim-'));
  try {
    const outfile = path.join(dir, 'holidays.mjs');
    await build({
      stdin: { contents: "export { default } from 'date-holidays';", resolveDir: root },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      plugins: [noMomentTimezone],
      logLevel: 'silent',
    });
    await writeFile(path.join(dir, 'package.json'), '{"type":"module"}');
    const bundled = (await import(pathToFileURL(outfile).href)) as { default: typeof Holidays };
    const expected = holidaysOf(Holidays);
    expect(expected.length).toBeGreaterThan(400);
    expect(holidaysOf(bundled.default)).toEqual(expected);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);

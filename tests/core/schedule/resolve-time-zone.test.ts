import { describe, expect, test } from 'vitest';
import { resolveTimeZone } from '../../../src/core/time/resolve-time-zone.js';

describe('resolveTimeZone', () => {
  test('a listed zone comes back spelled as the runtime spells it, whatever its case', () => {
    expect(resolveTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(resolveTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(resolveTimeZone('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(resolveTimeZone('UTC')).toBe('UTC');
  });

  test('an alias the runtime knows but does not list is kept as written', () => {
    expect(Intl.supportedValuesOf('timeZone')).not.toContain('US/Eastern');
    expect(resolveTimeZone('US/Eastern')).toBe('US/Eastern');
    expect(resolveTimeZone('Etc/GMT+5')).toBe('Etc/GMT+5');
  });

  test('a zone the runtime does not know is undefined', () => {
    expect(resolveTimeZone('Europe/Atlantis')).toBeUndefined();
    expect(resolveTimeZone('Berlin')).toBeUndefined();
    expect(resolveTimeZone('')).toBeUndefined();
  });
});

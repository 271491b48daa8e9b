import { describe, expect, test } from 'vitest';
import {
  parseCadence,
  parseDuration,
  parseReminderBefore,
  parseSessionLength,
} from '../../../src/core/program/parse-duration.js';
import { definitionPattern } from '../../../src/core/schema/program-validator.js';

describe('text forms of the program file', () => {
  test.each([
    ['6 months', { years: 0, months: 6, weeks: 0, days: 0 }],
    ['1 month', { years: 0, months: 1, weeks: 0, days: 0 }],
    ['26 weeks', { years: 0, months: 0, weeks: 26, days: 0 }],
    ['90 days', { years: 0, months: 0, weeks: 0, days: 90 }],
    ['1 year', { years: 1, months: 0, weeks: 0, days: 0 }],
    ['P6M', { years: 0, months: 6, weeks: 0, days: 0 }],
    ['P26W', { years: 0, months: 0, weeks: 26, days: 0 }],
    ['P1Y6M', { years: 1, months: 6, weeks: 0, days: 0 }],
    ['P0M', undefined],
    ['six months', undefined],
    ['0 weeks', undefined],
  ])('duration %j', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  test.each([
    ['weekly', 'week', 1],
    ['biweekly', 'week', 2],
    ['every other week', 'week', 2],
    ['every 3 weeks', 'week', 3],
    ['monthly', 'month', 1],
    ['every 2 months', 'month', 2],
  ])('cadence %j', (text, unit, every) => {
    expect(parseCadence(text)).toEqual({ unit, every, text });
  });

  test.each([
    ['45 minutes', 45],
    ['90 min', 90],
    ['1 hour', 60],
    ['1.5 hours', 90],
    ['2h', 120],
    ['PT1H30M', 90],
    ['0.33 hours', undefined],
    ['0 minutes', undefined],
  ])('session length %j', (text, minutes) => {
    expect(parseSessionLength(text)).toBe(minutes);
  });

  test.each([
    ['1 day', 1440],
    ['2 hours', 120],
    ['30 minutes', 30],
    ['P1D', 1440],
    ['PT2H', 120],
    ['PT0M', undefined],
  ])('reminder %j', (text, minutes) => {
    expect(parseReminderBefore(text)).toBe(minutes);
  });

  test('every form the parsers read is one the schema admits, and the other way round', () => {
    const cases: [Parameters<typeof definitionPattern>[0], (text: string) => unknown, string[]][] = [
      ['duration', parseDuration, ['6 months', '1 year', 'P6M', 'P1Y6M', '26 weeks', 'x', '6 monts', 'P']],
      [
        'cadence',
        parseCadence,
        ['weekly', 'fortnightly', 'every week', 'every 4 weeks', 'every two weeks', 'daily'],
      ],
      ['sessionLength', parseSessionLength, ['45 minutes', '1.5 hours', 'PT45M', '1 hr', '45', 'PT']],
      ['reminderBefore', parseReminderBefore, ['1 day', '2 hours', '1 week', 'P1DT2H', 'PT', '1 fortnight']],
    ];
    for (const [definition, parse, texts] of cases) {
      for (const text of texts) {
        expect(parse(text) !== undefined, `${definition} ${text}`).toBe(
          definitionPattern(definition).test(text),
        );
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/commands/error-message.js';
import { parseNow } from '../../src/commands/today.js';
import { loadProgram } from '../../src/core/validate/load-program.js';
import { programYaml } from '../helpers/program-yaml.js';

const tandems = [{ mentor: 'lea-schmidt', mentee: 'martin-weber', topics: ['social-media'] }];

function warningsFor(
  before: string,
  session: Record<string, unknown> = { length: '45 minutes', time: '16:00' },
) {
  const yaml = programYaml({ tandems, extra: { session, reminders: { before } } });
  const { program, diagnostics } = loadProgram('programs/pilot.yml', yaml);
  expect(program).toBeDefined();
  const line = yaml.split('\n').findIndex((text) => text.startsWith('  before:')) + 1;
  return diagnostics.map(
    (d) => `${d.range.line === line ? 'reminders.before line' : d.range.line} ${d.severity} ${d.rule}`,
  );
}

describe('validate and reminders.before', () => {
  it('accepts a lead time the hourly workflow meets', () => {
    expect(warningsFor('2 hours')).toEqual([]);
    expect(warningsFor('1 day')).toEqual([]);
    expect(warningsFor('1 day', { length: '45 minutes' })).toEqual([]);
  });

  it('warns, at reminders.before, when the hourly runs cannot keep a lead time shorter than an hour', () => {
    expect(warningsFor('30 minutes')).toEqual(['reminders.before line warning reminder-before-too-short']);
  });

  it('warns, at reminders.before, when hours count back from midnight for sessions without a time', () => {
    expect(warningsFor('2 hours', { length: '45 minutes' })).toEqual([
      'reminders.before line warning reminder-before-without-time',
    ]);
  });
});

describe('--now', () => {
  it('takes an instant with its offset and refuses a bare date or time', () => {
    expect(parseNow('2027-02-01T13:07Z')).toBe('2027-02-01T13:07Z');
    expect(parseNow('2027-02-01T16:00+01:00')).toBe('2027-02-01T16:00+01:00');
    expect(() => parseNow('2027-02-01')).toThrow(UsageError);
    expect(() => parseNow('2027-02-01T13:07')).toThrow('--now takes an instant with its offset');
  });
});

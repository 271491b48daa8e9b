import { describe, expect, it } from 'vitest';
import { loadProgram } from '../../../src/core/validate/load-program.js';
import { numberedTandems, programYaml } from '../../helpers/program-yaml.js';

const messagesFor = (start: string): string[] =>
  loadProgram(
    'programs/p.yml',
    programYaml({ tandems: numberedTandems(1) }).replace(/^start: .*$/m, `start: ${start}`),
  ).diagnostics.map((diagnostic) => diagnostic.message);

describe('a date written YYYY-MM-DD that the calendar does not have', () => {
  it.each([
    ['2027-02-30', 'start: 2027-02-30 is not a date: February 2027 has 28 days'],
    ['2028-02-30', 'start: 2028-02-30 is not a date: February 2028 has 29 days'],
    ['2027-04-31', 'start: 2027-04-31 is not a date: April 2027 has 30 days'],
    ['2027-13-01', 'start: 2027-13-01 is not a date: a year has 12 months'],
    ['2027-01-00', 'start: 2027-01-00 is not a date: days count from 1'],
  ])('%s says why it is not a date', (start, message) => {
    expect(messagesFor(start)).toEqual([message]);
  });

  it('a date in another format still says how to write one', () => {
    expect(messagesFor('"11.01.2027"')).toEqual([
      'start: "11.01.2027" is not a date: write YYYY-MM-DD, e.g. 2027-01-11',
    ]);
  });
});

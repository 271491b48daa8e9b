import { describe, expect, it } from 'vitest';
import { formatReportPeriod } from '../../src/core/report/report-period.js';

describe('formatReportPeriod', () => {
  it.each([
    ['2027-01-18', 'week', '2027-W03'],
    ['2027-01-24', 'week', '2027-W03'],
    ['2027-01-25', 'week', '2027-W04'],
    // 1 January 2027 is a Friday: it belongs to the last ISO week of 2026.
    ['2027-01-01', 'week', '2026-W53'],
    ['2024-12-30', 'week', '2025-W01'],
    ['2027-03-31', 'month', '2027-03'],
    ['2027-04-01', 'month', '2027-04'],
  ] as const)('%s by %s is %s', (today, period, expected) => {
    expect(formatReportPeriod(today, period)).toBe(expected);
  });
});

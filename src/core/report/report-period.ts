import type { ReportSettings } from '../program/program.js';
import { DateTime } from '../time/luxon.js';

/**
 * The period a report belongs to: the ISO week (`2027-W03`, weeks start on Monday and belong to the
 * year of their Thursday) or the month (`2027-03`) of `today`, a local date in the program's time zone.
 * A re-run within one period edits that period's comment.
 */
export function formatReportPeriod(today: string, period: ReportSettings['period']): string {
  const date = DateTime.fromISO(today, { zone: 'utc' });
  if (!date.isValid) throw new Error(`A report date must be an ISO date (YYYY-MM-DD), got "${today}".`);
  return period === 'month' ? date.toFormat('yyyy-MM') : date.toFormat("kkkk-'W'WW");
}

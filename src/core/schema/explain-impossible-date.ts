const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why a value written as YYYY-MM-DD is no calendar date ("February 2027 has 28 days"), or undefined
 * when it is not written that way (then the format is what to fix) or is a real date.
 */
export function explainImpossibleDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return 'a year has 12 months';
  if (day < 1) return 'days count from 1';
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return `${MONTHS[month - 1]} ${year} has ${daysInMonth} days`;
  return undefined;
}

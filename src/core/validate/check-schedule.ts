import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { HolidayCalendar } from '../program/holiday-calendar.js';
import { parseDuration, parseReminderBefore, parseSessionLength } from '../program/parse-duration.js';
import { WEEKDAYS, type Weekday } from '../program/program.js';
import { describeDate, endOfSpan, firstSessionDate, isIsoDate } from '../program/program-dates.js';
import { definitionPattern } from '../schema/program-validator.js';
import { listTimeZones, resolveTimeZone } from '../time/resolve-time-zone.js';
import { diagnosticAt } from '../yaml/diagnostic-at.js';
import { formatYamlPath } from '../yaml/format-yaml-path.js';
import { isRecord } from '../yaml/is-record.js';
import type { YamlSource } from '../yaml/parse-yaml-file.js';

const MINUTES_PER_DAY = 24 * 60;

/**
 * The program's dates and durations mean something: at least one session fits between start and end
 * (for the program and for each tandem with its own start or weekday), lengths are whole minutes,
 * and the time zone exists. Values that fail the schema's patterns are left to the schema.
 */
export function checkSchedule(source: YamlSource, holidays?: HolidayCalendar): Diagnostic[] {
  const data = isRecord(source.data) ? source.data : {};
  const diagnostics: Diagnostic[] = [];
  checkHolidays(source, data.holidays, holidays, diagnostics);
  checkBreaks(source, data.breaks, diagnostics);
  const session = isRecord(data.session) ? data.session : {};
  checkSessionLength(source, session.length, ['session', 'length'], diagnostics);
  checkTimeZone(source, data.timezone, diagnostics);
  const reminders = isRecord(data.reminders) ? data.reminders : {};
  if (matches('reminderBefore', reminders.before) && parseReminderBefore(reminders.before) === undefined) {
    const message = `reminders.before: "${reminders.before}" must be longer than zero`;
    diagnostics.push(diagnosticAt(source, 'invalid-reminder-before', message, ['reminders', 'before']));
  }

  const start = isIsoDate(data.start) ? data.start : undefined;
  const end = endOf(source, data, start, diagnostics);
  const weekday = weekdayOf(session.weekday);
  const first = start === undefined ? undefined : firstSessionDate(start, weekday);
  const isProgramFine = end !== undefined && first !== undefined && first <= end;
  if (end !== undefined && first !== undefined && !isProgramFine) {
    const endPath = data.end === undefined ? 'duration' : 'end';
    const moved = first === start ? '' : ` (the start, ${start}, moved to the next ${weekday})`;
    const message = `${endPath}: the program ends on ${end}, before its first session on ${describeDate(first)}${moved}; no session fits`;
    diagnostics.push(diagnosticAt(source, 'no-session', message, [endPath]));
  }

  const tandems = Array.isArray(data.tandems) ? data.tandems : [];
  tandems.forEach((tandem: unknown, index) => {
    if (!isRecord(tandem)) return;
    const own = isRecord(tandem.session) ? tandem.session : {};
    checkSessionLength(source, own.length, ['tandems', index, 'session', 'length'], diagnostics);
    if (!isProgramFine || (tandem.start === undefined && own.weekday === undefined)) return;
    const tandemStart = isIsoDate(tandem.start)
      ? tandem.start
      : tandem.start === undefined
        ? start
        : undefined;
    const tandemWeekday = own.weekday === undefined ? weekday : weekdayOf(own.weekday);
    if (tandemStart === undefined || (own.weekday !== undefined && tandemWeekday === undefined)) return;
    const tandemFirst = firstSessionDate(tandemStart, tandemWeekday);
    if (tandemFirst <= end) return;
    const label = formatYamlPath(['tandems', index]);
    const path = tandemStart > end ? ['tandems', index, 'start'] : ['tandems', index, 'session', 'weekday'];
    const message = `${label}: the first session of this tandem, on ${describeDate(tandemFirst)}, is after the program's end (${end}); no session fits`;
    diagnostics.push(diagnosticAt(source, 'no-session', message, path));
  });
  return diagnostics;
}

/** The inclusive end date, from `end` or from `start` + `duration`; undefined when it cannot be known. */
function endOf(
  source: YamlSource,
  data: Record<string, unknown>,
  start: string | undefined,
  diagnostics: Diagnostic[],
): string | undefined {
  if (data.duration !== undefined && data.end !== undefined) return undefined;
  if (matches('duration', data.duration)) {
    const span = parseDuration(data.duration);
    if (span === undefined) {
      diagnostics.push(
        diagnosticAt(source, 'invalid-duration', `duration: "${data.duration}" must be longer than zero`, [
          'duration',
        ]),
      );
      return undefined;
    }
    return start === undefined ? undefined : endOfSpan(start, span);
  }
  if (!isIsoDate(data.end) || start === undefined) return undefined;
  if (data.end < start) {
    const message = `end: ${data.end} is before the start (${start}); the end is the last day a session may fall on`;
    diagnostics.push(diagnosticAt(source, 'end-before-start', message, ['end']));
    return undefined;
  }
  return data.end;
}

function checkHolidays(
  source: YamlSource,
  code: unknown,
  holidays: HolidayCalendar | undefined,
  diagnostics: Diagnostic[],
): void {
  if (typeof code !== 'string' || !/^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,10}){0,2}$/.test(code)) return;
  const problem = holidays
    ? holidays.explainUnknownCode(code)
    : 'the holiday calendar was not loaded (a caller must pass loadHolidayCalendar())';
  if (problem !== undefined)
    diagnostics.push(diagnosticAt(source, 'unknown-holidays', `holidays: ${problem}`, ['holidays']));
}

function checkBreaks(source: YamlSource, breaks: unknown, diagnostics: Diagnostic[]): void {
  if (!Array.isArray(breaks)) return;
  breaks.forEach((entry: unknown, index) => {
    if (!isRecord(entry) || !isIsoDate(entry.from) || !isIsoDate(entry.to) || entry.from <= entry.to) return;
    const message = `breaks[${index}].to: ${entry.to} is before the break's first day (${entry.from})`;
    diagnostics.push(diagnosticAt(source, 'break-ends-before-start', message, ['breaks', index, 'to']));
  });
}

function checkSessionLength(
  source: YamlSource,
  length: unknown,
  path: (string | number)[],
  diagnostics: Diagnostic[],
): void {
  if (!matches('sessionLength', length)) return;
  const minutes = parseSessionLength(length);
  const label = formatYamlPath(path);
  if (minutes === undefined) {
    const message = `${label}: "${length}" is not a whole number of minutes above zero`;
    diagnostics.push(diagnosticAt(source, 'invalid-session-length', message, path));
  } else if (minutes > MINUTES_PER_DAY) {
    diagnostics.push(
      diagnosticAt(source, 'invalid-session-length', `${label}: "${length}" is longer than a day`, path),
    );
  }
}

function checkTimeZone(source: YamlSource, timezone: unknown, diagnostics: Diagnostic[]): void {
  if (!matches('timezone', timezone) || resolveTimeZone(timezone) !== undefined) return;
  const zones = listTimeZones();
  const city = zones.find((zone) => zone.toLowerCase().endsWith(`/${timezone.toLowerCase()}`));
  const hint =
    (city === undefined ? didYouMean(timezone, zones) : `; did you mean "${city}"?`) ||
    ' (e.g. Europe/Berlin, America/New_York or UTC)';
  const message = `timezone: "${timezone}" is not an IANA time zone${hint}`;
  diagnostics.push(diagnosticAt(source, 'invalid-timezone', message, ['timezone']));
}

function matches(
  definition: 'duration' | 'sessionLength' | 'reminderBefore' | 'timezone',
  value: unknown,
): value is string {
  return typeof value === 'string' && definitionPattern(definition).test(value);
}

function weekdayOf(value: unknown): Weekday | undefined {
  return WEEKDAYS.find((weekday) => weekday === value);
}

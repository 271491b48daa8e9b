import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseReminderBefore } from '../program/parse-duration.js';
import { REMINDER_CRON, REMINDER_RUN_INTERVAL_MINUTES } from '../schedule/reminder-schedule.js';
import { diagnosticAt } from '../yaml/diagnostic-at.js';
import { isRecord } from '../yaml/is-record.js';
import type { YamlSource } from '../yaml/parse-yaml-file.js';

const MINUTES_PER_DAY = 24 * 60;

/**
 * Warnings, at `reminders.before`, where the README's workflow (remind every hour) cannot give what
 * the program asks: a lead time shorter than the interval between runs, or hours before sessions
 * that have no start time, so that reminders count back from midnight.
 */
export function checkReminders(source: YamlSource): Diagnostic[] {
  const data = isRecord(source.data) ? source.data : {};
  const reminders = isRecord(data.reminders) ? data.reminders : {};
  if (typeof reminders.before !== 'string') return [];
  const before = parseReminderBefore(reminders.before);
  if (before === undefined) return [];
  const warn = (rule: string, message: string): Diagnostic =>
    diagnosticAt(source, rule, `reminders.before: ${message}`, ['reminders', 'before'], {
      severity: 'warning',
    });
  const diagnostics: Diagnostic[] = [];
  if (before < REMINDER_RUN_INTERVAL_MINUTES) {
    diagnostics.push(
      warn(
        'reminder-before-too-short',
        `"${reminders.before}" is shorter than the hour between the runs of the documented workflow ` +
          `(cron '${REMINDER_CRON}'): a reminder arrives between ${before} and ${before + REMINDER_RUN_INTERVAL_MINUTES} minutes before its session; ` +
          'write "1 hour" or more to have it when you ask',
      ),
    );
  }
  if (before % MINUTES_PER_DAY !== 0 && hasSessionsWithoutTime(data)) {
    diagnostics.push(
      warn(
        'reminder-before-without-time',
        `"${reminders.before}" counts back from 00:00 of the session's day, as sessions without session.time have no start time: ` +
          'set session.time, or write a whole number of days',
      ),
    );
  }
  return diagnostics;
}

function hasSessionsWithoutTime(data: Record<string, unknown>): boolean {
  const programTime = isRecord(data.session) ? data.session.time : undefined;
  const tandems = Array.isArray(data.tandems) ? data.tandems : [];
  if (tandems.length === 0) return programTime === undefined;
  return tandems.some((tandem: unknown) => {
    const own = isRecord(tandem) && isRecord(tandem.session) ? tandem.session.time : undefined;
    return (own ?? programTime) === undefined;
  });
}

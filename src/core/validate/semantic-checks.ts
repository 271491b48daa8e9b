import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { HolidayCalendar } from '../program/holiday-calendar.js';
import type { YamlSource } from '../yaml/parse-yaml-file.js';
import { checkReminders } from './check-reminders.js';
import { checkSchedule } from './check-schedule.js';
import { checkTandems } from './check-tandems.js';
import { checkTemplates, type ReadTemplate } from './check-templates.js';

/** What the schema cannot say about a program file: dates, pairs, topics, time zone, templates. */
export function checkProgramMeaning(
  source: YamlSource,
  readTemplate?: ReadTemplate,
  holidays?: HolidayCalendar,
): Diagnostic[] {
  return [
    ...checkSchedule(source, holidays),
    ...checkReminders(source),
    ...checkTandems(source),
    ...checkTemplates(source, readTemplate),
  ];
}

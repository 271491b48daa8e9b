import { checkReminders } from './check-reminders.js';
import { checkSchedule } from './check-schedule.js';
import { checkTandems } from './check-tandems.js';
import { checkTemplates, type ReadTemplate } from './check-templates.js';
import type { Diagnostic } from './diagnostic.js';
import type { YamlSource } from './parse-yaml-file.js';

/** What the schema cannot say about a program file: dates, pairs, topics, time zone, templates. */
export function checkProgramMeaning(source: YamlSource, readTemplate?: ReadTemplate): Diagnostic[] {
  return [
    ...checkSchedule(source),
    ...checkReminders(source),
    ...checkTandems(source),
    ...checkTemplates(source, readTemplate),
  ];
}

import { type HolidayCalendar, loadHolidayCalendar } from '../../../src/core/program/holiday-calendar.js';
import { loadProgram } from '../../../src/core/validate/load-program.js';

let calendar: HolidayCalendar | undefined;

/** date-holidays, loaded once for all tests of a file. */
export async function holidayCalendar(): Promise<HolidayCalendar> {
  calendar ??= await loadHolidayCalendar();
  return calendar;
}

export interface CalendarProgramOptions {
  readonly start: string;
  readonly end: string;
  readonly cadence: string;
  readonly weekday?: string;
  readonly time?: string;
  readonly timezone?: string;
  readonly language?: 'en' | 'de';
  readonly holidays?: string;
  /** YAML lines of `breaks:` items, e.g. `- 2027-05-14`. */
  readonly breaks?: readonly string[];
  /** YAML lines of the tandem's `moves:` items. */
  readonly moves?: readonly string[];
  readonly topics?: readonly string[];
}

/** A one-tandem program file; the holiday calendar is passed whenever it was loaded. */
export function calendarProgramYaml(options: CalendarProgramOptions): string {
  const session = [
    '  length: 45 minutes',
    ...(options.weekday ? [`  weekday: ${options.weekday}`] : []),
    ...(options.time ? [`  time: "${options.time}"`] : []),
  ];
  const topics = options.topics ?? ['social-media', 'ai-tools'];
  return [
    'version: 1',
    'id: calendar-test',
    'title: Calendar test',
    `start: ${options.start}`,
    `end: ${options.end}`,
    `cadence: ${options.cadence}`,
    'session:',
    ...session,
    `timezone: ${options.timezone ?? 'Europe/Berlin'}`,
    `language: ${options.language ?? 'en'}`,
    ...(options.holidays ? [`holidays: ${options.holidays}`] : []),
    ...(options.breaks ? ['breaks:', ...options.breaks.map((line) => `  ${line}`)] : []),
    'topics:',
    ...['social-media', 'ai-tools', 'new-work', 'data'].flatMap((id) => [
      `  - id: ${id}`,
      `    title: Topic ${id}`,
    ]),
    'tandems:',
    '  - mentor: lea-schmidt',
    '    mentee: martin-weber',
    `    topics: [${topics.join(', ')}]`,
    ...(options.moves ? ['    moves:', ...options.moves.map((line) => `      ${line}`)] : []),
    '',
  ].join('\n');
}

export async function loadCalendarProgram(options: CalendarProgramOptions) {
  const text = calendarProgramYaml(options);
  return { text, ...loadProgram('programs/calendar.yml', text, { holidays: await holidayCalendar() }) };
}

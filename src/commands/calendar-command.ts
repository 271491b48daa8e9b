import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from '../core/luxon.js';
import { renderCalendar } from '../core/render-calendar.js';
import { planProgramSchedules } from '../core/schedule-sessions.js';
import { UsageError } from './error-message.js';
import { loadPrograms } from './load-programs.js';
import type { Output } from './output.js';
import { reportDiagnostics } from './report-diagnostics.js';

export interface CalendarCommandOptions {
  readonly root: string;
  readonly file: string;
  readonly tandemId?: string;
  /** Relative to root; standard output when absent. */
  readonly outputFile?: string;
  /** Fixes DTSTAMP and SEQUENCE, for reproducible files. */
  readonly today?: string;
}

export async function runCalendarCommand(
  options: CalendarCommandOptions,
  output: Output,
  write: (text: string) => void,
): Promise<number> {
  const loaded = await loadPrograms([options.file], options.root);
  if (reportDiagnostics(loaded.diagnostics, output)) return 1;
  const program = loaded.programs[0];
  if (!program) return 1;
  const tandems = options.tandemId
    ? program.tandems.filter((tandem) => tandem.id === options.tandemId)
    : program.tandems;
  if (tandems.length === 0) {
    const known = program.tandems.map((tandem) => tandem.id).join(', ');
    throw new UsageError(
      `${options.file} has no tandem ${JSON.stringify(options.tandemId)}; its tandems: ${known}`,
    );
  }
  const now = options.today ? DateTime.fromISO(options.today, { zone: 'utc' }).toJSDate() : new Date();
  const ics = renderCalendar(program, tandems, planProgramSchedules(program), { now });
  if (options.outputFile) {
    await writeFile(path.resolve(options.root, options.outputFile), ics);
    output.line(`wrote ${options.outputFile}`);
  } else {
    write(ics);
  }
  return 0;
}

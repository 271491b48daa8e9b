import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Program, Tandem } from '../core/program/program.js';
import { renderCalendar } from '../core/render/render-calendar.js';
import { planProgramSchedules } from '../core/schedule/schedule-sessions.js';
import { DateTime } from '../core/time/luxon.js';
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
  /** `owner/name`: each event links to the tandem's issue there (by number, else by a search). */
  readonly repo?: string;
  /** The tandem's issue number (with `tandemId`). */
  readonly issueNumber?: number;
  /** Default https://github.com. */
  readonly serverUrl?: string;
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
  if (options.issueNumber !== undefined && options.tandemId === undefined) {
    throw new UsageError('--issue names one tandem’s issue: give --tandem too');
  }
  const issues = options.issueNumber === undefined ? {} : { [tandems[0]!.id]: options.issueNumber };
  const ics = renderCalendar(program, tandems, planProgramSchedules(program), {
    now: exportTime(options.today),
    issueUrl: issueLinker(program, options.repo, issues, options.serverUrl),
  });
  if (options.outputFile) {
    await writeFile(path.resolve(options.root, options.outputFile), ics);
    output.line(`wrote ${options.outputFile}`);
  } else {
    write(ics);
  }
  return 0;
}

/** `writeCalendarFiles` for the program files of a sync (the Action's `calendar-dir`). */
export async function runCalendarFilesCommand(
  options: Omit<CalendarFilesOptions, 'programs'> & { readonly patterns: readonly string[] },
  output: Output,
): Promise<void> {
  const { programs } = await loadPrograms(options.patterns, options.root);
  const written = await writeCalendarFiles({ ...options, programs });
  output.line(
    `wrote ${written.length} calendar ${written.length === 1 ? 'file' : 'files'} to ${options.dir}`,
  );
}

export interface CalendarFilesOptions {
  readonly programs: readonly Program[];
  /** Relative to root: one `<program id>/<tandem id>.ics` per tandem is written under it. */
  readonly dir: string;
  readonly root: string;
  readonly repo?: string;
  /** Tandem id → issue number, as a sync reports them. */
  readonly issues: Readonly<Record<string, number>>;
  readonly serverUrl?: string;
  readonly today?: string;
}

/** Every tandem's `.ics`, for a workflow artifact after a sync; returns the files written. */
export async function writeCalendarFiles(options: CalendarFilesOptions): Promise<string[]> {
  const written: string[] = [];
  const now = exportTime(options.today);
  for (const program of options.programs) {
    const schedules = planProgramSchedules(program);
    const issueUrl = issueLinker(program, options.repo, options.issues, options.serverUrl);
    const dir = path.join(options.dir, program.id);
    await mkdir(path.resolve(options.root, dir), { recursive: true });
    for (const tandem of program.tandems) {
      const file = path.join(dir, `${tandem.id}.ics`);
      await writeFile(
        path.resolve(options.root, file),
        renderCalendar(program, [tandem], schedules, { now, issueUrl }),
      );
      written.push(file);
    }
  }
  return written;
}

function exportTime(today: string | undefined): Date {
  return today ? DateTime.fromISO(today, { zone: 'utc' }).toJSDate() : new Date();
}

/**
 * The tandem's issue by number when known; otherwise a search of the repository's issues by the
 * program's label and the pair's logins (in the title), which finds it before the first sync too.
 */
function issueLinker(
  program: Program,
  repo: string | undefined,
  issues: Readonly<Record<string, number>>,
  serverUrl = 'https://github.com',
): ((tandem: Tandem) => string | undefined) | undefined {
  if (!repo) return undefined;
  const base = `${serverUrl.replace(/\/+$/, '')}/${repo}/issues`;
  return (tandem) => {
    const number = issues[tandem.id];
    if (number !== undefined) return `${base}/${number}`;
    const query = `is:issue label:"tandem:${program.id}" in:title ${tandem.mentor} ${tandem.mentee}`;
    return `${base}?q=${encodeURIComponent(query)}`;
  };
}

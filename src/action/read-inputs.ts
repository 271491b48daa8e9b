import * as core from '@actions/core';
import { UsageError } from '../commands/error-message.js';
import { DEFAULT_PROGRAMS } from '../commands/load-programs.js';
import { parseToday } from '../commands/today.js';
import { ACTION_COMMANDS, type ActionCommand } from './resolve-steps.js';

/** The Action's inputs, read once, checked and defaulted; nothing below this reads `INPUT_*`. */
export interface ActionInputs {
  readonly command: ActionCommand;
  readonly programs: readonly string[];
  readonly token: string;
  readonly isDryRun: boolean;
  readonly today?: string;
  /** After a sync, write every tandem's `.ics` under this directory (for a workflow artifact). */
  readonly calendarDir?: string;
}

export function readInputs(): ActionInputs {
  const command = (core.getInput('command') || 'auto').trim();
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `input command: expected one of ${ACTION_COMMANDS.join(', ')}, got ${JSON.stringify(command)}`,
    );
  }
  const programs = (core.getInput('programs') || DEFAULT_PROGRAMS)
    // A comma inside braces belongs to the glob (`programs/*.{yml,yaml}`), not to the list.
    .split(/\n|,(?![^{}]*\})/)
    .map((pattern) => pattern.trim())
    .filter(Boolean);
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const dryRun = (core.getInput('dry-run') || 'false').trim().toLowerCase();
  if (!['true', 'false'].includes(dryRun)) {
    throw new UsageError(`input dry-run: expected true or false, got ${JSON.stringify(dryRun)}`);
  }
  return {
    command: command as ActionCommand,
    programs,
    token,
    isDryRun: dryRun === 'true',
    today: parseToday(core.getInput('today') || undefined),
    ...(core.getInput('calendar-dir').trim() && { calendarDir: core.getInput('calendar-dir').trim() }),
  };
}

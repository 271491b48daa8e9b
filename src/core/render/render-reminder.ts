import { reminderMarker } from '../markers.js';
import type { Language, Program, Tandem } from '../program.js';
import type { Session } from '../session.js';
import { countOccurrences } from './count-occurrences.js';
import { runTemplate } from './handlebars-env.js';
import { type TemplateSession, toTemplateSession } from './issue-template-data.js';
import { loadDefaultTemplate } from './load-template.js';
import { BodyTooLargeError, TemplateContractError } from './render-errors.js';
import { MAX_BODY_LENGTH } from './render-issue.js';

/** Everything the reminder template receives. */
export interface ReminderTemplateData {
  readonly language: Language;
  /** `reminderMarker(tandem, session, date)`: render as `{{{marker}}}`, exactly once. */
  readonly marker: string;
  readonly program: { readonly id: string; readonly title: string };
  readonly tandem: { readonly id: string; readonly mentor: string; readonly mentee: string };
  readonly session: TemplateSession;
  readonly timezone: string;
}

export interface RenderReminderInput {
  readonly program: Program;
  readonly tandem: Tandem;
  readonly session: Session;
  /** Source of a custom reminder template (the program's `templates.reminder`). */
  readonly template?: string;
}

/** The reminder comment for one session: mentions both people, says when, lists the agenda. */
export function renderReminder(input: RenderReminderInput): string {
  const { program, tandem, session } = input;
  const source =
    input.template ??
    loadDefaultTemplate(program.language === 'de' ? 'reminder.de.md.hbs' : 'reminder.md.hbs');
  const data: ReminderTemplateData = {
    language: program.language,
    marker: reminderMarker(tandem.id, session.key, session.date),
    program: { id: program.id, title: program.title },
    tandem: { id: tandem.id, mentor: tandem.mentor, mentee: tandem.mentee },
    session: toTemplateSession(session, program.language),
    timezone: program.timezone,
  };
  const body = runTemplate(source, data);
  const markerCount = countOccurrences(body, data.marker);
  if (markerCount !== 1) {
    throw new TemplateContractError([
      `Put {{{marker}}} in the reminder template exactly once (the output has it ${markerCount} times).`,
    ]);
  }
  if (body.length > MAX_BODY_LENGTH) throw new BodyTooLargeError(tandem.id, body.length, MAX_BODY_LENGTH);
  return body;
}

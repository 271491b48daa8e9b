import { reminderMarker } from '../issue-body/markers.js';
import { inlineMarkdownToText } from '../markdown/inline-text.js';
import type { Language, Program, Tandem } from '../program/program.js';
import { countOccurrences } from '../render/count-occurrences.js';
import { runTemplate } from '../render/handlebars-env.js';
import { type TemplateSession, toTemplateSession } from '../render/issue-template-data.js';
import { loadDefaultTemplate } from '../render/load-template.js';
import { BodyTooLargeError, TemplateContractError } from '../render/render-errors.js';
import { MAX_BODY_LENGTH } from '../render/render-issue.js';
import type { Session } from '../schedule/session.js';

/** Everything the reminder template receives. */
export interface ReminderTemplateData {
  readonly language: Language;
  /** `reminderMarker(tandem, session, date)`: render as `{{{marker}}}`, exactly once. */
  readonly marker: string;
  readonly program: { readonly id: string; readonly title: string };
  readonly tandem: { readonly id: string; readonly mentor: string; readonly mentee: string };
  readonly session: TemplateSession;
  readonly timezone: string;
  /** The session's open items (the program's and the pair's own) as plain text: `{{md this}}`. */
  readonly items: readonly string[];
  /** The session's heading in the tandem's issue, when known: `[…]({{{link}}})`. */
  readonly link?: string;
}

export interface RenderReminderInput {
  readonly program: Program;
  readonly tandem: Tandem;
  readonly session: Session;
  /** Source of a custom reminder template (the program's `templates.reminder`). */
  readonly template?: string;
  /** The session's open items as Markdown source, read from the issue; default: the whole agenda. */
  readonly openItems?: readonly string[];
  /** URL of the session's heading in the issue. */
  readonly link?: string;
}

/**
 * The reminder comment for one session: mentions both people, says what and when, lists what is still
 * open and links to the session. Items from the issue are quoted as plain text, so a mention or a link
 * the pair wrote there does not turn live again in the comment.
 */
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
    items: input.openItems
      ? input.openItems.map(inlineMarkdownToText).filter((item) => item !== '')
      : session.agenda.filter((item) => item.trim() !== ''),
    ...(input.link !== undefined && { link: input.link }),
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

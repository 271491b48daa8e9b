import { escapePlainTitle, toPlainLine } from '../markdown/escape-markdown.js';
import type { Program, Tandem } from '../program/program.js';
import type { Session } from '../schedule/session.js';
import { fillIssueAddress, ISSUE_ADDRESS_SLOT } from './calendar-links.js';
import { finalizeIssueBody } from './finalize-issue-body.js';
import { runTemplate } from './handlebars-env.js';
import { buildIssueTemplateData, type TemplateDataOptions } from './issue-template-data.js';
import { loadDefaultTemplate } from './load-template.js';
import { BodyTooLargeError } from './render-errors.js';

/** GitHub rejects issue and comment bodies longer than this. */
export const MAX_BODY_LENGTH = 65_536;
/** GitHub rejects longer issue titles. */
export const MAX_TITLE_LENGTH = 256;

export interface RenderIssueInput {
  readonly program: Program;
  readonly tandem: Tandem;
  readonly sessions: readonly Session[];
  /** Source of a custom issue template (the program's `templates.issue`, read by the caller). */
  readonly template?: string;
  /** Defaults to GitHub's limit; lower it to leave room for what the pair adds. */
  readonly maxLength?: number;
  /** The tandem's issue (or where to find it), for the add-to-calendar links' text, when known. */
  readonly issueUrl?: string;
}

export interface RenderedIssue {
  readonly title: string;
  readonly body: string;
  /** Which degradation step gave this body (0: none). */
  readonly step?: number;
  /** The body whose add-to-calendar links lead to the issue at this address (none: no address). */
  readonly atAddress?: (issueUrl: string | undefined) => string;
}

/**
 * Each step is tried only when the one before is too long: first without explanatory prose, then
 * with ever shorter agenda items. Shortened items have new texts, so ticks on them start afresh.
 */
const DEGRADATION_STEPS: readonly TemplateDataOptions[] = [
  { compact: false, maxItemLength: Number.POSITIVE_INFINITY },
  { compact: true, maxItemLength: Number.POSITIVE_INFINITY },
  { compact: true, maxItemLength: 200 },
  { compact: true, maxItemLength: 120 },
  { compact: true, maxItemLength: 80 },
  { compact: true, maxItemLength: 50 },
  { compact: true, maxItemLength: 30 },
];

/**
 * `Tandem: @lea-schmidt ↔ @martin-weber · Reverse Mentoring 2027` (issue titles are plain text, but
 * GitHub links references in them: the program's title is made inert).
 */
export function formatIssueTitle(program: Program, tandem: Tandem): string {
  const title = toPlainLine(
    `Tandem: @${tandem.mentor} ↔ @${tandem.mentee} · ${escapePlainTitle(program.title)}`,
  );
  const characters = Array.from(title);
  return characters.length <= MAX_TITLE_LENGTH
    ? title
    : `${characters.slice(0, MAX_TITLE_LENGTH - 1).join('')}…`;
}

export function defaultIssueTemplate(program: Pick<Program, 'language'>): string {
  return loadDefaultTemplate(program.language === 'de' ? 'tandem-issue.de.md.hbs' : 'tandem-issue.md.hbs');
}

/**
 * The tandem's issue, all boxes open. Throws TemplateError for a template that does not compile or
 * run, TemplateContractError when its output lacks a marker, BodyTooLargeError when nothing fits.
 */
export function renderIssue(input: RenderIssueInput): RenderedIssue {
  const { program, tandem, sessions } = input;
  const source = input.template ?? defaultIssueTemplate(program);
  const maxLength = input.maxLength ?? MAX_BODY_LENGTH;
  let length = 0;
  for (const [index, step] of DEGRADATION_STEPS.entries()) {
    // Rendered once with a slot for the issue's address; the records are made after it is filled.
    const data = buildIssueTemplateData(program, tandem, sessions, {
      ...step,
      issueUrl: input.issueUrl ?? ISSUE_ADDRESS_SLOT,
    });
    const text = runTemplate(source, data);
    const atAddress = (issueUrl: string | undefined) =>
      finalizeIssueBody(fillIssueAddress(text, issueUrl), data);
    const slotted = finalizeIssueBody(text, data);
    if (slotted.length <= maxLength) {
      return {
        title: formatIssueTitle(program, tandem),
        body: input.issueUrl === undefined ? atAddress(undefined) : slotted,
        step: index,
        atAddress,
      };
    }
    length = slotted.length;
  }
  throw new BodyTooLargeError(tandem.id, length, maxLength);
}

const withIssueUrl = (step: TemplateDataOptions, input: RenderIssueInput): TemplateDataOptions =>
  input.issueUrl === undefined ? step : { ...step, issueUrl: input.issueUrl };

/**
 * The bodies of the degradation steps after `step`, for an issue whose merge with what the pair wrote
 * does not fit: Tandem shortens its own text further; the merge keeps history and the pair's words.
 */
export function renderSmallerIssueBodies(input: RenderIssueInput, step: number): string[] {
  const source = input.template ?? defaultIssueTemplate(input.program);
  return DEGRADATION_STEPS.slice(step + 1).map((options) => {
    const data = buildIssueTemplateData(
      input.program,
      input.tandem,
      input.sessions,
      withIssueUrl(options, input),
    );
    return finalizeIssueBody(runTemplate(source, data), data);
  });
}

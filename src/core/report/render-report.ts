import { discussionMarker, reportMarker } from '../issue-body/markers.js';
import { localeStrings } from '../locale/locale-strings.js';
import { escapeMarkdown } from '../markdown/escape-markdown.js';
import type { Program } from '../program/program.js';
import { runTemplate } from '../render/handlebars-env.js';
import { type DefaultTemplateName, loadDefaultTemplate } from '../render/load-template.js';
import { MAX_BODY_LENGTH } from '../render/render-issue.js';
import type { ProgramProgress } from './compute-program-progress.js';
import type { TandemProgress } from './compute-tandem-progress.js';
import { percentDone, toLocalDate } from './progress-figures.js';
import { TANDEM_STATUSES, type TandemStatus } from './tandem-status.js';

export interface RenderReportInput {
  readonly program: Pick<Program, 'id' | 'title' | 'language' | 'timezone' | 'report'>;
  readonly progress: ProgramProgress;
  /** `2027-W03` or `2027-03`. */
  readonly period: string;
  /** A custom template's source (`templates.report`); the built-in one for the language otherwise. */
  readonly template?: string;
  /** Rows are dropped, most urgent kept, until the report fits; default GitHub's comment limit. */
  readonly maxLength?: number;
}

export interface RenderedReport {
  readonly body: string;
  /** Tandem rows left out to stay under `maxLength` (visibility `tandems` only). */
  readonly omittedTandems: number;
}

/** One tandem's row, only with `visibility: tandems`: logins and figures, never an item text or note. */
export interface ReportTandemRow {
  readonly mentor: string;
  readonly mentee: string;
  readonly status: TandemStatus;
  readonly statusLabel: string;
  readonly itemsDone: number;
  readonly itemsTotal: number;
  readonly sessionsCompleted: number;
  readonly sessionsDue: number;
  readonly sessionsTotal: number;
  readonly hasIssue: boolean;
  /** Local ISO date. */
  readonly lastActivity?: string;
}

/** What a progress-report template sees. */
export interface ReportView {
  readonly language: Program['language'];
  readonly program: { readonly id: string; readonly title: string };
  readonly period: string;
  /** The period as the report's heading says it ("KW 49/2026", "März 2027" in German). */
  readonly periodTitle: string;
  readonly today: string;
  readonly visibility: Program['report']['visibility'];
  readonly showTandems: boolean;
  readonly status: TandemStatus;
  readonly statusLabel: string;
  readonly totals: {
    readonly tandems: number;
    readonly withoutIssue: number;
    readonly itemsDone: number;
    readonly itemsTotal: number;
    readonly itemsPercent: number;
    readonly sessionsCompleted: number;
    readonly sessionsDue: number;
    readonly sessionsTotal: number;
    /** Local ISO date of the latest update of any tandem issue. */
    readonly lastActivity?: string;
  };
  /** Every status, in a fixed order, with its count (zero included). */
  readonly statusRows: readonly {
    readonly status: TandemStatus;
    readonly label: string;
    readonly count: number;
  }[];
  /** The statuses with a count, for the Mermaid pie chart. */
  readonly chartSlices: readonly { readonly label: string; readonly count: number }[];
  readonly tandems: readonly ReportTandemRow[];
  readonly omittedTandems: number;
}

const DEFAULT_TEMPLATES: Readonly<Record<Program['language'], DefaultTemplateName>> = {
  en: 'progress-report.md.hbs',
  de: 'progress-report.de.md.hbs',
};

/** Rows of the tandems table come most urgent first, so a cut for size drops the calmest ones. */
const ROW_ORDER: readonly TandemStatus[] = ['behind', 'not-started', 'on-track', 'finished', 'closed'];

/**
 * The progress report as posted: the period's hidden marker, then the template's output. With
 * `visibility: aggregate` the view holds no login, tandem id, item text or note, so no template can
 * leak one; with `tandems` it holds logins and figures only.
 */
export function renderReport(input: RenderReportInput): RenderedReport {
  const maxLength = input.maxLength ?? MAX_BODY_LENGTH;
  const source = input.template ?? loadDefaultTemplate(DEFAULT_TEMPLATES[input.program.language]);
  const rows = input.program.report.visibility === 'tandems' ? buildRows(input) : [];
  const marker = reportMarker(input.program.id, input.period);
  const render = (count: number): string =>
    `${marker}\n${runTemplate(source, buildView(input, rows.slice(0, count), rows.length - count)).trim()}\n`;

  const full = render(rows.length);
  if (full.length <= maxLength) return { body: full, omittedTandems: 0 };
  // The longest prefix of rows that fits: rendering is monotonic in the number of rows.
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (render(middle).length <= maxLength) low = middle;
    else high = middle - 1;
  }
  const body = render(low);
  if (body.length > maxLength) {
    throw new Error(
      `The progress report of "${input.program.id}" is ${body.length} characters long even without tandem rows, ` +
        `more than the ${maxLength} GitHub accepts: shorten the report template.`,
    );
  }
  return { body, omittedTandems: rows.length - low };
}

/** The opening post of a program's discussion thread, with the marker by which it is found again. */
export function renderDiscussionBody(program: Pick<Program, 'id' | 'title' | 'language'>): string {
  return `${discussionMarker(program.id)}\n${localeStrings(program.language).report.discussionBody(escapeMarkdown(program.title))}\n`;
}

function buildView(
  input: RenderReportInput,
  tandems: readonly ReportTandemRow[],
  omittedTandems: number,
): ReportView {
  const { program, progress } = input;
  const strings = localeStrings(program.language).report;
  const lastActivity = toLocalDate(progress.lastActivity, program.timezone);
  return {
    language: program.language,
    program: { id: program.id, title: program.title },
    period: input.period,
    periodTitle: strings.periodTitle(input.period),
    today: progress.today,
    visibility: program.report.visibility,
    showTandems: program.report.visibility === 'tandems',
    status: progress.status,
    statusLabel: strings.status[progress.status],
    totals: {
      tandems: progress.tandemCount,
      withoutIssue: progress.withoutIssue,
      itemsDone: progress.itemsDone,
      itemsTotal: progress.itemsTotal,
      itemsPercent: percentDone(progress.itemsDone, progress.itemsTotal),
      sessionsCompleted: progress.sessionsCompleted,
      sessionsDue: progress.sessionsDue,
      sessionsTotal: progress.sessionsTotal,
      ...(lastActivity && { lastActivity }),
    },
    statusRows: TANDEM_STATUSES.map((status) => ({
      status,
      label: strings.status[status],
      count: progress.statusCounts[status],
    })),
    chartSlices: TANDEM_STATUSES.filter((status) => progress.statusCounts[status] > 0).map((status) => ({
      label: `${strings.status[status]} (${progress.statusCounts[status]})`,
      count: progress.statusCounts[status],
    })),
    tandems,
    omittedTandems,
  };
}

function buildRows(input: RenderReportInput): ReportTandemRow[] {
  const strings = localeStrings(input.program.language).report;
  const rank = (tandem: TandemProgress): number => ROW_ORDER.indexOf(tandem.status);
  return [...input.progress.tandems]
    .sort((a, b) => rank(a) - rank(b) || a.mentor.localeCompare(b.mentor) || a.mentee.localeCompare(b.mentee))
    .map((tandem) => {
      const lastActivity = toLocalDate(tandem.lastActivity, input.program.timezone);
      return {
        mentor: tandem.mentor,
        mentee: tandem.mentee,
        status: tandem.status,
        statusLabel: strings.status[tandem.status],
        itemsDone: tandem.itemsDone,
        itemsTotal: tandem.itemsTotal,
        sessionsCompleted: tandem.sessionsCompleted,
        sessionsDue: tandem.sessionsDue,
        sessionsTotal: tandem.sessionsTotal,
        hasIssue: tandem.hasIssue,
        ...(lastActivity && { lastActivity }),
      };
    });
}

import { issueMarker, NOTES_MARKER, sessionMarker } from '../issue-body/markers.js';
import { localeStrings } from '../locale/locale-strings.js';
import { toPlainLine } from '../markdown/escape-markdown.js';
import type { Language, Program, Tandem } from '../program/program.js';
import { formatLongDate, formatWeekday } from '../schedule/format-date.js';
import type { Session, SessionKind } from '../schedule/session.js';
import { buildCalendarLinks, type CalendarLinks } from './calendar-links.js';
import { formatSessionTitle } from './format-session-title.js';
import { TANDEM_CLI } from './release-tag.js';

/** One session as the templates see it. */
export interface TemplateSession {
  /** Stable key, e.g. `kickoff` or `topic-social-media-1`. */
  readonly key: string;
  /** 1-based position in the tandem's schedule. */
  readonly number: number;
  readonly kind: SessionKind;
  /** "Kickoff", "Check-in", "Retrospective" (localized) or the topic's title. Escape with `md`. */
  readonly title: string;
  /** Local ISO date `YYYY-MM-DD`: `{{date date}}`. */
  readonly date: string;
  /** ISO date-time with offset when the program sets `session.time`: `{{time startsAt}}`. */
  readonly startsAt?: string;
  readonly minutes: number;
  readonly topic?: { readonly id: string; readonly title: string };
  /** Checklist items (possibly shortened with "…" to fit GitHub's size limit). Escape with `md`. */
  readonly agenda: readonly string[];
  /** `<!-- tandem:session KEY -->`: render as `{{{marker}}}` on a line of its own, before the agenda. */
  readonly marker: string;
  /** Why the session is not on its rhythm's date: "Moved from Friday, 24 December 2027: Christmas Eve". Escape with `md`. */
  readonly moved?: string;
  /** Add-to-calendar links (Google Calendar, Outlook on the web): `{{{calendarLinks.google}}}`. */
  readonly calendarLinks?: CalendarLinks;
}

/** Everything the tandem issue template receives. */
export interface IssueTemplateData {
  /** `en` | `de`: the language of the `date` and `time` helpers. */
  readonly language: Language;
  /** Render as `{{{markers.issue}}}` (first) and `{{{markers.notes}}}` (after the sessions), each on its own line. */
  readonly markers: { readonly issue: string; readonly notes: string };
  readonly program: {
    readonly id: string;
    readonly title: string;
    readonly description?: string;
    /** Path of the program file, as the CLI was given it. */
    readonly file: string;
    readonly timezone: string;
  };
  readonly tandem: {
    readonly id: string;
    /** GitHub login of the mentor (the junior colleague who teaches): `{{user tandem.mentor}}`. */
    readonly mentor: string;
    /** GitHub login of the mentee (the senior colleague who learns). */
    readonly mentee: string;
    readonly goals: readonly string[];
    readonly topics: readonly { readonly id: string; readonly title: string }[];
  };
  readonly rhythm: {
    /** Localized: "every 2 weeks" / "alle 2 Wochen". */
    readonly cadence: string;
    /** Length of one meeting in minutes. */
    readonly minutes: number;
    /** "Tuesday" / "Dienstag", when the program fixes a weekday. */
    readonly weekday?: string;
    /** "Tuesdays" / "dienstags", for "on Tuesdays" / "immer dienstags". */
    readonly weekdays?: string;
    /** "HH:MM" when the program fixes a start time: `{{time rhythm.time}}`. */
    readonly time?: string;
    readonly timezone: string;
  };
  /** First and last session (ISO dates) and how many there are. */
  readonly dates: { readonly first: string; readonly last: string; readonly count: number };
  readonly sessions: readonly TemplateSession[];
  /** The command that writes the tandem's `.ics` file: `{{code calendarCommand}}`. */
  readonly calendarCommand: string;
  /** True when the body had to shrink to fit GitHub's limit: leave out explanatory prose. */
  readonly compact: boolean;
}

export interface TemplateDataOptions {
  readonly compact: boolean;
  /** The tandem's issue, for the add-to-calendar links' text, when known. */
  readonly issueUrl?: string;
  /** Agenda items and goals longer than this many characters are cut with "…". */
  readonly maxItemLength: number;
}

const calendarCommandOf = (program: Program, tandem: Tandem): string =>
  `${TANDEM_CLI} calendar ${program.file} --tandem ${tandem.id} -o ${tandem.id}.ics`;

function linksOf(program: Program, tandem: Tandem, session: Session, issueUrl: string | undefined) {
  const title = `Tandem: ${tandem.mentor} ↔ ${tandem.mentee} · ${formatSessionTitle(session, program.language)}`;
  const details = [program.title, ...(issueUrl === undefined ? [] : [issueUrl])].join('\n');
  return buildCalendarLinks(session, { title, details, timezone: program.timezone });
}

export function shortenText(text: string, maxLength: number): string {
  const characters = Array.from(text.trim());
  return characters.length <= maxLength
    ? text.trim()
    : `${characters
        .slice(0, maxLength - 1)
        .join('')
        .trimEnd()}…`;
}

/** "Moved from Friday, 24 December 2027: Christmas Eve" / "Verschoben vom Freitag, 24. Dezember 2027: Heiliger Abend". */
export function describeMove(moved: NonNullable<Session['moved']>, language: Language): string {
  const strings = localeStrings(language).moved;
  const from = `${strings.from} ${formatLongDate(moved.from, language) ?? moved.from}`;
  return moved.reason === undefined ? `${from}, ${strings.byPair}` : `${from}: ${moved.reason}`;
}

export function toTemplateSession(
  session: Session,
  language: Language,
  maxItemLength = Number.POSITIVE_INFINITY,
  calendarLinks?: CalendarLinks,
): TemplateSession {
  const strings = localeStrings(language);
  const title =
    session.kind === 'topic'
      ? (session.topic?.title ?? strings.genericSession)
      : strings.sessionTitle[session.kind];
  return {
    key: session.key,
    number: session.number,
    kind: session.kind,
    title,
    date: session.date,
    ...(session.startsAt !== undefined && { startsAt: session.startsAt }),
    minutes: session.minutes,
    ...(session.topic && { topic: { id: session.topic.id, title: session.topic.title } }),
    // A blank item would render as a bullet that is no task: it could never be ticked.
    agenda: session.agenda
      .filter((item) => toPlainLine(item) !== '')
      .map((item) => shortenText(item, maxItemLength)),
    marker: sessionMarker(session.key),
    ...(session.moved && { moved: describeMove(session.moved, language) }),
    ...(calendarLinks && { calendarLinks }),
  };
}

export function buildIssueTemplateData(
  program: Program,
  tandem: Tandem,
  sessions: readonly Session[],
  options: TemplateDataOptions,
): IssueTemplateData {
  const { language } = program;
  const strings = localeStrings(language);
  const { weekday, time } = tandem.session;
  const topicTitles = new Map(program.topics.map((topic) => [topic.id, topic.title]));
  return {
    language,
    markers: { issue: issueMarker(program.id, tandem.id), notes: NOTES_MARKER },
    program: {
      id: program.id,
      title: program.title,
      ...(program.description !== undefined && { description: program.description }),
      file: program.file,
      timezone: program.timezone,
    },
    tandem: {
      id: tandem.id,
      mentor: tandem.mentor,
      mentee: tandem.mentee,
      goals: tandem.goals
        .filter((goal) => toPlainLine(goal) !== '')
        .map((goal) => shortenText(goal, options.maxItemLength)),
      topics: tandem.topics.map((id) => ({ id, title: topicTitles.get(id) ?? id })),
    },
    rhythm: {
      cadence: strings.cadence(tandem.cadence.every, tandem.cadence.unit),
      minutes: tandem.session.minutes,
      ...(weekday !== undefined && {
        weekday: formatWeekday(weekday, language),
        weekdays: strings.recurringWeekday(formatWeekday(weekday, language)),
      }),
      ...(time !== undefined && { time }),
      timezone: program.timezone,
    },
    dates: {
      first: sessions[0]?.date ?? tandem.start,
      last: sessions.at(-1)?.date ?? tandem.end,
      count: sessions.length,
    },
    sessions: sessions.map((session) =>
      toTemplateSession(
        session,
        language,
        options.maxItemLength,
        // A compact issue leaves the links out: ~600 characters a session.
        options.compact ? undefined : linksOf(program, tandem, session, options.issueUrl),
      ),
    ),
    calendarCommand: calendarCommandOf(program, tandem),
    compact: options.compact,
  };
}

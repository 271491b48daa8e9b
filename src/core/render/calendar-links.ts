import type { Session } from '../schedule/session.js';

/** Add-to-calendar links for one session: a pair needs no tool to put it into their calendar. */
export interface CalendarLinks {
  readonly google: string;
  readonly outlook: string;
}

export interface CalendarLinkEvent {
  readonly title: string;
  /** The event's text: what the session is about, and where the issue is. */
  readonly details: string;
  readonly timezone: string;
}

/**
 * Google Calendar's and Outlook on the web's event templates. A timed session is given as UTC instants
 * (so no client has to know the zone's rules) with the program's zone for display (Google's `ctz`); a
 * session without a time is an all-day event on its local date.
 */
const GOOGLE_TEMPLATE = 'https://calendar.google.com/calendar/render?';

/** A line that carries a session's add-to-calendar links: it changes with the session's date and time. */
export const isCalendarLinksLine = (line: string): boolean => line.includes(`](${GOOGLE_TEMPLATE}`);

export function buildCalendarLinks(session: Session, event: CalendarLinkEvent): CalendarLinks {
  const times = eventTimes(session);
  const google = query({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${times.google[0]}/${times.google[1]}`,
    ctz: event.timezone,
    details: event.details,
  });
  const outlook = query({
    subject: event.title,
    ...(times.allDay && { allday: 'true' }),
    startdt: times.outlook[0],
    enddt: times.outlook[1],
    body: event.details,
  });
  return {
    google: `${GOOGLE_TEMPLATE}${google}`,
    outlook: `https://outlook.office.com/calendar/0/deeplink/compose?${outlook}`,
  };
}

interface EventTimes {
  readonly allDay: boolean;
  /** `20270309T150000Z`, or `20270309` for a whole day (end exclusive). */
  readonly google: readonly [string, string];
  /** `2027-03-09T15:00:00Z`, or `2027-03-09` for a whole day (end exclusive). */
  readonly outlook: readonly [string, string];
}

const MS_PER_MINUTE = 60_000;

/** Plain `Date` arithmetic on the instant that `startsAt` names: an issue has dozens of sessions. */
function eventTimes(session: Session): EventTimes {
  if (session.startsAt === undefined) {
    const end = new Date(Date.parse(`${session.date}T00:00:00Z`) + 1440 * MS_PER_MINUTE)
      .toISOString()
      .slice(0, 10);
    return { allDay: true, google: [compact(session.date), compact(end)], outlook: [session.date, end] };
  }
  const start = Date.parse(session.startsAt);
  const utc = [start, start + session.minutes * MS_PER_MINUTE].map((ms) =>
    new Date(ms).toISOString().slice(0, 19),
  );
  const [from, to] = utc as [string, string];
  return {
    allDay: false,
    google: [`${compact(from).replaceAll(':', '')}Z`, `${compact(to).replaceAll(':', '')}Z`],
    outlook: [`${from}Z`, `${to}Z`],
  };
}

const compact = (date: string): string => date.replaceAll('-', '');

/**
 * `encodeURIComponent` throughout (`+` for a space is read literally by some of these pages), and
 * parentheses too, so that the URL can stand in a Markdown link.
 */
function query(parameters: Record<string, string>): string {
  return Object.entries(parameters)
    .map(([key, value]) => `${key}=${encodeQueryValue(value)}`)
    .join('&');
}

const encodeQueryValue = (value: string): string =>
  encodeURIComponent(value).replace(/\(/g, '%28').replace(/\)/g, '%29');

/**
 * Stands in the links' text for the issue's own address until it is known: an issue is rendered before
 * sync knows which issue it is, or which number GitHub will give a new one. As long as an address.
 */
export const ISSUE_ADDRESS_SLOT = 'https://tandem.invalid/owner/repository/issues/address-to-come';

/** Puts the issue's address into the slot of rendered text, or takes the slot out (no issue yet). */
export function fillIssueAddress(text: string, issueUrl: string | undefined): string {
  return issueUrl === undefined
    ? text.replaceAll(encodeQueryValue(`\n${ISSUE_ADDRESS_SLOT}`), '')
    : text.replaceAll(encodeQueryValue(ISSUE_ADDRESS_SLOT), encodeQueryValue(issueUrl));
}

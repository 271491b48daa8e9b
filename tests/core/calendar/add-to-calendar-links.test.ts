import { describe, expect, it } from 'vitest';
import { renderIssue } from '../../../src/core/render/render-issue.js';
import { scheduleSessions } from '../../../src/core/schedule/schedule-sessions.js';
import { renderDesiredIssue } from '../../../src/core/sync/desired-issues.js';
import { loadCalendarProgram } from '../schedule/load-calendar-program.js';

/** Every add-to-calendar link of an issue body, by the session heading it is under. */
function linksOf(body: string) {
  const links: { heading: string; google: URL; outlook: URL }[] = [];
  let heading = '';
  for (const line of body.split('\n')) {
    if (line.startsWith('### ')) heading = line;
    const match = /\[Google\]\((\S+)\) · \[Outlook\]\((\S+)\)/.exec(line);
    if (match) links.push({ heading, google: new URL(match[1]!), outlook: new URL(match[2]!) });
  }
  return links;
}

/** Google's `20270326T150000Z` as an ISO instant. */
const fromGoogle = (text: string) =>
  text.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');

describe('add-to-calendar links in the issue', () => {
  // Weekly on Fridays at 16:00 in Berlin, across the change to summer time on 28 March 2027.
  const options = {
    start: '2027-03-19',
    end: '2027-04-16',
    cadence: 'weekly',
    weekday: 'friday',
    time: '16:00',
  };

  it('decode to the right instant in UTC on both sides of a daylight-saving change', async () => {
    const { program } = await loadCalendarProgram(options);
    const links = linksOf(renderDesiredIssue(program!, program!.tandems[0]!).body);
    expect(links.map(({ google }) => google.searchParams.get('dates')!.split('/').map(fromGoogle))).toEqual([
      ['2027-03-19T15:00:00Z', '2027-03-19T15:45:00Z'],
      ['2027-03-26T15:00:00Z', '2027-03-26T15:45:00Z'],
      ['2027-04-02T14:00:00Z', '2027-04-02T14:45:00Z'],
      ['2027-04-09T14:00:00Z', '2027-04-09T14:45:00Z'],
      ['2027-04-16T14:00:00Z', '2027-04-16T14:45:00Z'],
    ]);
    expect(
      links.map(({ outlook }) => [outlook.searchParams.get('startdt'), outlook.searchParams.get('enddt')]),
    ).toEqual(links.map(({ google }) => google.searchParams.get('dates')!.split('/').map(fromGoogle)));
    const [first] = links;
    expect(first!.google.origin + first!.google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(first!.google.searchParams.get('action')).toBe('TEMPLATE');
    expect(first!.google.searchParams.get('ctz')).toBe('Europe/Berlin');
    expect(first!.google.searchParams.get('text')).toBe('Tandem: lea-schmidt ↔ martin-weber · Kickoff');
    expect(first!.outlook.origin + first!.outlook.pathname).toBe(
      'https://outlook.office.com/calendar/0/deeplink/compose',
    );
    expect(first!.outlook.searchParams.get('subject')).toBe('Tandem: lea-schmidt ↔ martin-weber · Kickoff');
  });

  it('carry the issue’s link in their text when it is known', async () => {
    const { program } = await loadCalendarProgram(options);
    const tandem = program!.tandems[0]!;
    const issueUrl = 'https://github.com/acme/mentoring/issues/7';
    const { body } = renderIssue({
      program: program!,
      tandem,
      sessions: scheduleSessions(program!, tandem),
      issueUrl,
    });
    const [first] = linksOf(body);
    expect(first!.google.searchParams.get('details')).toBe(`Calendar test\n${issueUrl}`);
    expect(first!.outlook.searchParams.get('body')).toBe(`Calendar test\n${issueUrl}`);
  });

  it('make a session without a time an all-day event on its local date', async () => {
    const { program } = await loadCalendarProgram({ ...options, time: undefined });
    const [first] = linksOf(renderDesiredIssue(program!, program!.tandems[0]!).body);
    expect(first!.google.searchParams.get('dates')).toBe('20270319/20270320');
    expect(first!.outlook.searchParams.get('allday')).toBe('true');
    expect(first!.outlook.searchParams.get('startdt')).toBe('2027-03-19');
  });
});

describe('a moved session says why in the issue', () => {
  it.each([
    [
      'en',
      'Moved from Friday, 24 December 2027: Christmas Eve',
      '### 2 · Topic social-media — Monday, 27 December 2027',
    ],
    [
      'de',
      'Verschoben vom Freitag, 24. Dezember 2027: Heiliger Abend',
      '### 2 · Topic social-media — Montag, 27. Dezember 2027',
    ],
  ] as const)('in %s', async (language, note, heading) => {
    const { program } = await loadCalendarProgram({
      start: '2027-12-17',
      end: '2028-01-14',
      cadence: 'weekly',
      weekday: 'friday',
      holidays: 'DE-BE',
      language,
    });
    const body = renderDesiredIssue(program!, program!.tandems[0]!).body;
    const lines = body.split('\n');
    const at = lines.indexOf(heading);
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at, at + 5)).toContain(`↪️ ${note}`);
  });

  it('names the pair’s agreement for a move in `moves`', async () => {
    const { program } = await loadCalendarProgram({
      start: '2027-03-02',
      end: '2027-04-30',
      cadence: 'weekly',
      weekday: 'tuesday',
      moves: ['- { from: 2027-03-09, to: 2027-03-11 }'],
    });
    expect(renderDesiredIssue(program!, program!.tandems[0]!).body).toContain(
      '↪️ Moved from Tuesday, 9 March 2027, as you agreed',
    );
  });
});

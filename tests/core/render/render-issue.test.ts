import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/core/issue-body/checklist.js';
import { lineRecordMarker } from '../../../src/core/issue-body/item-record.js';
import { issueMarker, NOTES_MARKER, sessionMarker } from '../../../src/core/issue-body/markers.js';
import {
  BodyTooLargeError,
  TemplateContractError,
  TemplateError,
} from '../../../src/core/render/render-errors.js';
import { MAX_BODY_LENGTH, renderIssue } from '../../../src/core/render/render-issue.js';
import type { Session } from '../../../src/core/schedule/session.js';
import { exampleProgram, exampleSessions, exampleTandem } from './example-program.js';

const lines = (body: string) => body.split('\n');

describe('renderIssue with the English default template', () => {
  const program = exampleProgram();
  const { title, body } = renderIssue({ program, tandem: exampleTandem, sessions: exampleSessions(program) });

  it('titles the issue with both people and the program', () => {
    expect(title).toBe('Tandem: @lea-schmidt ↔ @martin-weber · Reverse Mentoring 2027 — Digital Leadership');
  });

  it('starts with the hidden issue marker, not with the template comment', () => {
    expect(lines(body)[0]).toBe(issueMarker('digital-leadership-2027', 'lea-schmidt-martin-weber'));
    expect(body).not.toContain('{{');
  });

  it('says who mentors, the rhythm and the dates', () => {
    expect(body).toContain(
      '- **Who:** @lea-schmidt is the mentor, @martin-weber the mentee. Reverse mentoring',
    );
    expect(body).toContain(
      '- **Rhythm:** every 2 weeks, 45 minutes each, on Tuesdays at 16:00 (Europe/Berlin time).',
    );
    expect(body).toContain(
      '- **Dates:** 4 sessions, the first on Tuesday, 12 January 2027, the last on Tuesday, 23 February 2027.',
    );
    expect(body).toContain('- Martin publishes one post a month on his own\n- Martin uses an AI assistant');
  });

  it('has one section per session: heading, marker, agenda checklist', () => {
    const headings = lines(body).filter((line) => line.startsWith('### ') && /^### \d/.test(line));
    expect(headings).toEqual([
      '### 1 · Kickoff — Tuesday, 12 January 2027, 16:00',
      '### 2 · Social media and short video — Tuesday, 26 January 2027, 16:00',
      '### 3 · AI tools at work — Tuesday, 9 February 2027, 16:00',
      '### 4 · Retrospective — Tuesday, 23 February 2027, 16:00',
    ]);
    const kickoff = body.indexOf('### 1 · Kickoff');
    expect(lines(body.slice(kickoff)).slice(1, 7)).toEqual([
      sessionMarker('kickoff'),
      expect.stringMatching(/^<!-- tandem:items session=kickoff date=2027-01-12(?: [0-9a-f]{12}){3} -->$/),
      expect.stringMatching(
        /^📅 Add to calendar: \[Google\]\(https:\/\/calendar\.google\.com\/.+\) · \[Outlook\]\(https:\/\/outlook\.office\.com\/.+\)$/,
      ),
      '',
      '- [ ] Share expectations and agree on roles',
      '- [ ] Agree that what is said here stays here',
    ]);
  });

  it('renders every agenda item as an open box in its session', () => {
    const items = parseChecklist(body);
    expect(items.every((item) => !item.checked && !item.inNotes)).toBe(true);
    expect(items.map((item) => `${item.sessionKey}: ${item.text}`)).toEqual([
      'kickoff: Share expectations and agree on roles',
      'kickoff: Agree that what is said here stays here',
      'topic-social-media-1: Mentor walks through three accounts the team admires and why they work',
      "topic-social-media-1: Mentee sets up or tidies a professional profile, with the mentor's help",
      'topic-social-media-1: Mentee drafts a first short video or post; mentor gives feedback',
      'topic-ai-tools-1: Mentor shows three everyday uses of AI assistants in their job',
      'topic-ai-tools-1: Mentee tries an assistant on a real task (summary, draft, analysis) during the session',
      "topic-ai-tools-1: Discuss limits, data protection and our company's rules on AI use",
      'retrospective: What stays with you?',
      'retrospective: What comes next?',
    ]);
  });

  it('tells the pair how to get their calendar file, asks for discretion, then opens the notes', () => {
    expect(body).toContain(
      'run `npx github:tandem-mentoring/tandem#v1 calendar programs/example.yml --tandem lea-schmidt-martin-weber -o lea-schmidt-martin-weber.ics`',
    );
    expect(body).toContain('What is said in the tandem stays in the tandem.');
    const notes = body.slice(body.indexOf(NOTES_MARKER) + NOTES_MARKER.length);
    expect(notes.startsWith('\n## Notes\n\nThis part is yours')).toBe(true);
    expect(body.indexOf(NOTES_MARKER)).toBeGreaterThan(body.indexOf('stays in the tandem'));
  });
});

describe('renderIssue with the German default template', () => {
  const program = exampleProgram({ language: 'de' });
  const { title, body } = renderIssue({ program, tandem: exampleTandem, sessions: exampleSessions(program) });

  it('writes German dates, times and rhythm', () => {
    expect(title).toBe('Tandem: @lea-schmidt ↔ @martin-weber · Reverse Mentoring 2027 — Digital Leadership');
    expect(body).toContain('- **Wer:** @lea-schmidt übernimmt das Mentoring, @martin-weber ist Mentee.');
    expect(body).toContain(
      '- **Rhythmus:** alle 2 Wochen, jeweils 45 Minuten, immer dienstags um 16:00 Uhr (Zeitzone Europe/Berlin).',
    );
    expect(body).toContain(
      '- **Termine:** 4 Treffen, das erste am Dienstag, 12. Januar 2027, das letzte am Dienstag, 23. Februar 2027.',
    );
    expect(body).toContain(
      '### 1 · Auftakt — Dienstag, 12. Januar 2027, 16:00 Uhr\n<!-- tandem:session kickoff -->',
    );
    expect(body).toContain('### 4 · Rückblick — Dienstag, 23. Februar 2027, 16:00 Uhr');
    expect(body).toContain('Was im Tandem gesagt wird, bleibt im Tandem.');
    expect(body).toContain(`${NOTES_MARKER}\n## Notizen\n`);
    expect(parseChecklist(body)).toHaveLength(10);
  });
});

describe('renderIssue with hostile program text', () => {
  const hostile = exampleProgram({
    title: 'Hi @everyone <script>alert(1)</script>\n<!-- tandem:notes -->',
    topics: [
      {
        id: 'social-media',
        title: '<!-- tandem:issue program=x tandem=y --> | table |',
        agenda: [
          '@everyone look at #1\n- [x] forged',
          '](http://x) <b>bold</b>',
          '<!-- tandem:session kickoff -->',
        ],
      },
    ],
  });
  const tandem = { ...exampleTandem, goals: ['- [x] forged goal', '@org/team'] };
  const sessions: Session[] = [
    {
      key: 'topic-social-media-1',
      number: 1,
      kind: 'topic',
      date: '2027-01-12',
      minutes: 45,
      topic: hostile.topics[0]!,
      agenda: hostile.topics[0]!.agenda,
    },
  ];
  const { title, body } = renderIssue({ program: hostile, tandem, sessions });

  it('keeps the title on one plain line', () => {
    expect(title).toBe(
      'Tandem: @lea-schmidt ↔ @martin-weber · Hi @\u200beveryone <\u200bscript>alert(1)<\u200b/script> <\u200b!-- tandem:notes -->',
    );
  });

  it('mentions nobody, forges no marker, no box and no HTML', () => {
    expect(body).not.toMatch(/@everyone|@org/);
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('<b>');
    expect(body.split('<!--').length - 1).toBe(6); // issue, head record, session, items record, tail record, notes
    const items = parseChecklist(body);
    expect(items.map((item) => [item.sessionKey, item.checked])).toEqual([
      ['topic-social-media-1', false],
      ['topic-social-media-1', false],
      ['topic-social-media-1', false],
    ]);
    expect(items[0]!.text).toBe('@&#8203;everyone look at #&#8203;1 - \\[x] forged');
  });
});

describe('renderIssue with a custom template', () => {
  const program = exampleProgram();
  const sessions = exampleSessions(program);
  const valid = [
    '{{{markers.issue}}}',
    '# {{md program.title}} for {{user tandem.mentor}}',
    '{{#each sessions}}',
    '## {{md title}} ({{date date}})',
    '{{{marker}}}',
    '{{#each agenda}}',
    '* [ ] {{md this}}',
    '{{/each}}',
    '{{/each}}',
    '{{{markers.notes}}}',
    '',
  ].join('\n');

  it('renders it, with the item records added', () => {
    const { body } = renderIssue({ program, tandem: exampleTandem, sessions, template: valid });
    expect(
      body.startsWith(
        `${issueMarker(program.id, exampleTandem.id)}\n${lineRecordMarker('head', ['# Reverse Mentoring 2027 — Digital Leadership for @lea-schmidt'])}\n# Reverse Mentoring 2027 — Digital Leadership for @lea-schmidt\n## Kickoff (Tuesday, 12 January 2027)\n${sessionMarker('kickoff')}\n<!-- tandem:items session=kickoff `,
      ),
    ).toBe(true);
    expect(parseChecklist(body)).toHaveLength(10);
  });

  it.each([
    [valid.replace('{{{markers.issue}}}', ''), '{{{markers.issue}}}'],
    [valid.replace('{{{marker}}}', ''), '{{{marker}}}'],
    [valid.replace('{{{marker}}}', '{{{marker}}} {{{marker}}}'), '{{{marker}}}'],
    [valid.replace('{{{markers.notes}}}', ''), '{{{markers.notes}}}'],
    [valid.replace('{{{markers.notes}}}', 'Notes: {{{markers.notes}}}'), 'alone on a line'],
    [valid.replace('{{{marker}}}', '    {{{marker}}}'), 'alone on a line'],
    [`{{{markers.notes}}}\n${valid.replace('{{{markers.notes}}}', '')}`, 'after the sessions'],
  ])('rejects a template whose output breaks the contract (%#)', (template, hint) => {
    const render = () => renderIssue({ program, tandem: exampleTandem, sessions, template });
    expect(render).toThrow(TemplateContractError);
    expect(render).toThrow(hint);
  });

  it('reports a template that does not compile', () => {
    const render = () =>
      renderIssue({ program, tandem: exampleTandem, sessions, template: '{{#each sessions}}' });
    expect(render).toThrow(TemplateError);
    expect(render).toThrow(/does not compile/);
  });
});

describe('renderIssue near GitHub size limit', () => {
  const program = exampleProgram();
  const longItem = (n: number) => `Item ${n}: ${'a long agenda sentence that goes on and on '.repeat(8)}`;
  const manySessions = (count: number, items: number): Session[] =>
    Array.from({ length: count }, (_, index) => ({
      key: `topic-social-media-${index + 1}`,
      number: index + 1,
      kind: 'topic' as const,
      date: '2027-01-12',
      minutes: 45,
      topic: program.topics[0]!,
      agenda: Array.from({ length: items }, (_, n) => longItem(n)),
    }));

  it('drops the prose, then shortens agenda items with an ellipsis', () => {
    const { body } = renderIssue({ program, tandem: exampleTandem, sessions: manySessions(60, 4) });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(body).not.toContain('Reverse mentoring turns the usual roles around');
    const items = parseChecklist(body);
    expect(items).toHaveLength(240);
    expect(items[0]!.text).toMatch(/^Item 0: a long agenda .*…$/);
  });

  it('keeps the full prose when it fits', () => {
    const { body } = renderIssue({ program, tandem: exampleTandem, sessions: manySessions(5, 4) });
    expect(body).toContain('Reverse mentoring turns the usual roles around');
    expect(body).toContain(longItem(3).trim());
  });

  it('names the tandem when even the most compact issue is too long', () => {
    const render = () => renderIssue({ program, tandem: exampleTandem, sessions: manySessions(200, 6) });
    expect(render).toThrow(BodyTooLargeError);
    expect(render).toThrow(/lea-schmidt-martin-weber/);
  });
});

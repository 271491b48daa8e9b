import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/core/issue-body/checklist.js';
import { reminderMarker } from '../../../src/core/issue-body/markers.js';
import { renderReminder } from '../../../src/core/remind/render-reminder.js';
import { TemplateContractError } from '../../../src/core/render/render-errors.js';
import { exampleProgram, exampleSessions, exampleTandem } from './example-program.js';

describe('renderReminder', () => {
  it('mentions both people, says when and how long, and lists the agenda as plain bullets', () => {
    const program = exampleProgram();
    const session = exampleSessions(program)[1]!;
    expect(renderReminder({ program, tandem: exampleTandem, session })).toBe(
      [
        reminderMarker('lea-schmidt-martin-weber', 'topic-social-media-1', '2027-01-26'),
        '👋 @lea-schmidt and @martin-weber, your next tandem session is coming up:',
        '',
        '**2 · Social media and short video** — Tuesday, 26 January 2027, 16:00 (Europe/Berlin time), 45 minutes',
        '',
        'Still open:',
        '',
        '- Mentor walks through three accounts the team admires and why they work',
        "- Mentee sets up or tidies a professional profile, with the mentor's help",
        '- Mentee drafts a first short video or post; mentor gives feedback',
        '',
        'Enjoy your conversation!',
        '',
      ].join('\n'),
    );
  });

  it('speaks German for a German program and has no checkboxes', () => {
    const program = exampleProgram({ language: 'de' });
    const session = exampleSessions(program)[0]!;
    const body = renderReminder({ program, tandem: exampleTandem, session });
    expect(body).toContain('👋 @lea-schmidt und @martin-weber, euer nächstes Tandem-Treffen steht an:');
    expect(body).toContain(
      '**1 · Auftakt** — Dienstag, 12. Januar 2027, 16:00 Uhr (Zeitzone Europe/Berlin), 45 Minuten',
    );
    expect(body).toContain('- Share expectations and agree on roles');
    expect(parseChecklist(body)).toEqual([]);
  });

  it('leaves out the agenda heading for a session without items, and the time when none is set', () => {
    const program = exampleProgram();
    const session = { ...exampleSessions(program)[0]!, agenda: [], startsAt: undefined };
    const body = renderReminder({ program, tandem: exampleTandem, session });
    expect(body).toContain(
      '**1 · Kickoff** — Tuesday, 12 January 2027 (Europe/Berlin time), 45 minutes\n\nEnjoy',
    );
    expect(body).not.toContain('Still open');
  });

  it('lists only the open items it is given, the pair’s own included, and links to the session', () => {
    const program = exampleProgram();
    const session = exampleSessions(program)[2]!;
    const body = renderReminder({
      program,
      tandem: exampleTandem,
      session,
      openItems: [
        'Mentee tries an assistant on a real task (summary, draft, analysis) during the session',
        'Ask **@boss** about the [AI policy](https://intranet.example/ai) `v2`',
      ],
      link: 'https://github.com/acme/mentoring/issues/7#3--ai-tools-at-work--tuesday-9-february-2027-1600',
    });
    expect(body).toBe(
      [
        reminderMarker('lea-schmidt-martin-weber', 'topic-ai-tools-1', '2027-02-09'),
        '👋 @lea-schmidt and @martin-weber, your next tandem session is coming up:',
        '',
        '**3 · AI tools at work** — Tuesday, 9 February 2027, 16:00 (Europe/Berlin time), 45 minutes',
        '',
        'Still open:',
        '',
        '- Mentee tries an assistant on a real task (summary, draft, analysis) during the session',
        '- Ask @&#8203;boss about the AI policy v2',
        '',
        '[Open session 3 in your issue](https://github.com/acme/mentoring/issues/7#3--ai-tools-at-work--tuesday-9-february-2027-1600) to tick off what you have done or add your own items.',
        '',
        'Enjoy your conversation!',
        '',
      ].join('\n'),
    );
  });

  it('says the same in German, with the German date, time and link', () => {
    const program = exampleProgram({ language: 'de' });
    const session = exampleSessions(program)[3]!;
    const body = renderReminder({
      program,
      tandem: exampleTandem,
      session,
      openItems: ['Was kommt als Nächstes?', 'Unser eigener Punkt'],
      link: 'https://github.com/acme/mentoring/issues/7#4--rückblick--dienstag-23-februar-2027-1600-uhr',
    });
    expect(body).toContain(
      '**4 · Rückblick** — Dienstag, 23. Februar 2027, 16:00 Uhr (Zeitzone Europe/Berlin), 45 Minuten',
    );
    expect(body).toContain('Noch offen:\n\n- Was kommt als Nächstes?\n- Unser eigener Punkt\n');
    expect(body).not.toContain('What stays with you?');
    expect(body).toContain(
      '[Treffen 4 in eurem Issue öffnen](https://github.com/acme/mentoring/issues/7#4--rückblick--dienstag-23-februar-2027-1600-uhr): Dort hakt ihr ab',
    );
  });

  it('rejects a custom template without the reminder marker', () => {
    const program = exampleProgram();
    const render = () =>
      renderReminder({
        program,
        tandem: exampleTandem,
        session: exampleSessions(program)[0]!,
        template: 'Hi {{user tandem.mentor}}',
      });
    expect(render).toThrow(TemplateContractError);
    expect(render).toThrow('{{{marker}}}');
  });
});

import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/core/checklist.js';
import { reminderMarker } from '../../../src/core/markers.js';
import { TemplateContractError } from '../../../src/core/render/render-errors.js';
import { renderReminder } from '../../../src/core/render/render-reminder.js';
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
        'On the agenda:',
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
    expect(body).not.toContain('On the agenda');
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

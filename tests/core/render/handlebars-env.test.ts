import { describe, expect, it } from 'vitest';
import { compileTemplate, runTemplate } from '../../../src/core/render/handlebars-env.js';
import { TemplateError } from '../../../src/core/render/render-errors.js';

describe('the Handlebars helpers', () => {
  it('write long local dates in the data language', () => {
    const source = '{{date day}} | {{date at}} | {{time at}} | {{time clock}}';
    const data = { day: '2027-01-12', at: '2027-01-12T16:00:00+01:00', clock: '9:05' };
    expect(runTemplate(source, { ...data, language: 'en' })).toBe(
      'Tuesday, 12 January 2027 | Tuesday, 12 January 2027 | 16:00 | 09:05',
    );
    expect(runTemplate(source, { ...data, language: 'de' })).toBe(
      'Dienstag, 12. Januar 2027 | Dienstag, 12. Januar 2027 | 16:00 Uhr | 09:05 Uhr',
    );
  });

  it('keep a date on its local calendar day whatever the offset', () => {
    expect(runTemplate('{{date at}}', { language: 'en', at: '2027-01-12T23:30:00-10:00' })).toBe(
      'Tuesday, 12 January 2027',
    );
  });

  it('mention valid logins and escape anything else', () => {
    expect(runTemplate('{{user a}} {{user b}}', { a: 'lea-schmidt', b: '@everyone <x>' })).toBe(
      '@lea-schmidt @&#8203;everyone &lt;x>',
    );
  });

  it('escape text for Markdown without HTML-escaping quotes', () => {
    expect(runTemplate('{{md t}}', { t: `Lea's "idea" *now*` })).toBe(`Lea's "idea" \\*now\\*`);
  });

  it('pluralise and compare', () => {
    expect(runTemplate('{{n}} {{plural n "session" "sessions"}}{{#if (eq n 1)}}!{{/if}}', { n: 1 })).toBe(
      '1 session!',
    );
    expect(runTemplate('{{n}} {{plural n "session" "sessions"}}', { n: 3 })).toBe('3 sessions');
  });

  it('compile a template once per source', () => {
    expect(compileTemplate('{{md x}} cached')).toBe(compileTemplate('{{md x}} cached'));
  });

  it('report templates that do not compile or run as TemplateError', () => {
    expect(() => compileTemplate('{{#if x}}')).toThrow(TemplateError);
    expect(() => runTemplate('{{nohelper x}}', { x: 1 })).toThrow(/cannot be rendered: Missing helper/);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCalendarFilesCommand } from '../../../src/commands/calendar-command.js';
import { createOutput } from '../../../src/commands/output.js';
import { runTandem } from '../../helpers/run-tandem.js';
import { createWorkspace } from '../../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../../..');
const example = readFileSync(path.join(root, 'programs/example.yml'), 'utf8');

const urlsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((vevent) => vevent.getFirstPropertyValue('url'));

describe('calendar files link each event to the tandem’s issue', () => {
  it('tandem calendar --repo --issue links to that issue; without a number, to a search for it', async () => {
    await using workspace = await createWorkspace({ 'programs/example.yml': example });
    const args = [
      'calendar',
      'programs/example.yml',
      '--tandem',
      'lea-schmidt-martin-weber',
      '--repo',
      'acme/mentoring',
    ];
    const numbered = await runTandem([...args, '--issue', '7'], { root: workspace.root, env: {} });
    expect(numbered.code).toBe(0);
    expect(new Set(urlsOf(numbered.stdout))).toEqual(new Set(['https://github.com/acme/mentoring/issues/7']));
    const searched = await runTandem(args, { root: workspace.root, env: {} });
    const [url] = new Set(urlsOf(searched.stdout));
    expect(new URL(String(url)).searchParams.get('q')).toBe(
      'is:issue label:"tandem:digital-leadership-2027" in:title lea-schmidt martin-weber',
    );
  });

  it('after a sync, writes one .ics per tandem under calendar-dir, linked to the issues the sync reported', async () => {
    await using workspace = await createWorkspace({ 'programs/example.yml': example });
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk) => {
      printed += String(chunk);
    });
    const output = createOutput({ stdout, stderr: new PassThrough(), isGitHubActions: false });
    await runCalendarFilesCommand(
      {
        root: workspace.root,
        patterns: ['programs/*.yml'],
        dir: 'calendars',
        repo: 'acme/mentoring',
        issues: { 'lea-schmidt-martin-weber': 12 },
        serverUrl: 'https://github.example.com/',
        today: '2027-01-01',
      },
      output,
    );
    expect(printed).toBe('wrote 6 calendar files to calendars\n');
    const lea = await workspace.read('calendars/digital-leadership-2027/lea-schmidt-martin-weber.ics');
    expect(urlsOf(lea)).toHaveLength(13);
    expect(new Set(urlsOf(lea))).toEqual(new Set(['https://github.example.com/acme/mentoring/issues/12']));
  });
});

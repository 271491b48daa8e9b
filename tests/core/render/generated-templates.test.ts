import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateTemplatesCode,
  readDefaultTemplates,
  templatesOutfile,
} from '../../../scripts/build-templates.mjs';
import { compileTemplate } from '../../../src/core/render/handlebars-env.js';
import { loadDefaultTemplate } from '../../../src/core/render/load-template.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the precompiled default templates', () => {
  it('match a fresh generation from templates/*.hbs (run `npm run bundle` when this fails)', async () => {
    const fresh = generateTemplatesCode(await readDefaultTemplates());
    expect(readFileSync(path.join(root, templatesOutfile), 'utf8') === fresh).toBe(true);
  });

  it('render exactly as the same template compiled at run time', () => {
    const data = {
      language: 'en',
      markers: { issue: '<!-- i -->', notes: '<!-- n -->' },
      program: { id: 'p', title: 'P & Co', timezone: 'Europe/Berlin' },
      tandem: { id: 't', mentor: 'lea', mentee: 'max', goals: ['One *goal*'], topics: [] },
      rhythm: { cadence: 'weekly', minutes: 45, timezone: 'Europe/Berlin' },
      dates: { first: '2027-01-11', last: '2027-01-11', count: 1 },
      sessions: [
        {
          key: 'kickoff',
          number: 1,
          kind: 'kickoff',
          title: 'Kickoff',
          date: '2027-01-11',
          minutes: 45,
          agenda: ['Hello'],
          marker: '<!-- s -->',
        },
      ],
      calendarCommand: 'tandem calendar',
      compact: false,
    };
    const source = loadDefaultTemplate('tandem-issue.md.hbs');
    // With one more line break the source is not in the precompiled table, so it is compiled now.
    const rendered = compileTemplate(source)(data);
    expect(rendered).toContain('- [ ] Hello');
    expect(compileTemplate(`${source}\n`)(data)).toBe(`${rendered}\n`);
  });
});

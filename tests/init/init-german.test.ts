import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPool } from '../../src/core/match/load-pool.js';
import {
  signupFormPath,
  signupFormText,
  topicOptionLabel,
} from '../../src/core/signup/signup-form-fields.js';
import { runTandem } from '../helpers/run-tandem.js';
import { createWorkspace } from '../helpers/workspace.js';
import { issueFormProblems } from './issue-form-rules.js';

const PROGRAM = 'programs/reverse-mentoring.yml';
const POOL = 'pools/reverse-mentoring.yml';

describe('tandem init --language de', () => {
  it('writes a German program, pool comments, forms and next steps, all valid', async () => {
    await using workspace = await createWorkspace();
    const run = await runTandem(
      ['init', '--language', 'de', '--today', '2026-11-30', '--timezone', 'Europe/Berlin'],
      {
        root: workspace.root,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nächste Schritte:');
    expect(run.stdout).toContain('die Kategorie „Mentoring“ anlegen');
    expect(run.stdout).toContain('„Allow GitHub Actions to create and approve pull requests“ ankreuzen');

    const source = await workspace.read(PROGRAM);
    const program = parse(source) as { language: string; topics: { id: string; title: string }[] };
    expect(program.language).toBe('de');
    expect(program.topics.map((topic) => topic.title)).toContain('KI-Werkzeuge im Arbeitsalltag');
    expect(source).toContain('# Worüber die Tandems sprechen.');
    const validate = await runTandem(['validate'], { root: workspace.root });
    expect(validate.stdout).toBe('1 program file valid\n');

    const pool = await workspace.read(POOL);
    expect(pool).toContain('# Die jüngeren Kolleg:innen, die etwas vermitteln');
    expect(loadPool(POOL, pool).diagnostics).toEqual([]);

    for (const role of ['mentor', 'mentee'] as const) {
      const file = await workspace.read(signupFormPath('reverse-mentoring', role));
      expect(issueFormProblems(file)).toEqual([]);
      const form = parse(file) as {
        name: string;
        body: { id?: string; attributes: { label?: string; options?: unknown[] } }[];
      };
      const text = signupFormText('de', role);
      expect(form.name).toBe(text.name);
      const topics = form.body.find((element) => element.id === 'topics')!;
      expect(topics.attributes.label).toBe(text.labels.topics);
      expect(topics.attributes.options).toEqual(
        program.topics.map((topic) => ({ label: topicOptionLabel(topic.id, topic.title) })),
      );
      expect(form.body.find((element) => element.id === 'program')!.attributes.label).toBe('Programm');
    }
  });
});

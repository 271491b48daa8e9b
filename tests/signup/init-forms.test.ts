import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderSignupForm } from '../../src/core/init/render-signup-form.js';
import { checkSignup } from '../../src/core/signup/check-signup.js';
import { readSignupForm } from '../../src/core/signup/read-signup-form.js';
import { DEFAULT_TOPICS } from '../helpers/program-yaml.js';

interface FormField {
  type: string;
  attributes: { label: string; options?: (string | { label: string })[] };
}

/** What GitHub writes when someone submits `form`: each field's `### label`, its answer; markdown left out. */
function submit(form: { body: FormField[] }): string {
  return form.body
    .filter((field) => field.type !== 'markdown')
    .map((field) => {
      const { label, options = [] } = field.attributes;
      const answer =
        field.type === 'checkboxes'
          ? options
              .map((o, i) => `- [${i === 1 ? 'X' : ' '}] ${typeof o === 'string' ? o : o.label}`)
              .join('\n')
          : field.type === 'dropdown'
            ? String(options.at(-1))
            : label.startsWith('Team')
              ? 'marketing'
              : '_No response_';
      return `### ${label}\n\n${answer}`;
    })
    .join('\n\n');
}

const program = {
  id: 'pilot',
  title: 'Pilot program',
  topics: DEFAULT_TOPICS.map((topic) => ({ ...topic, agenda: [...topic.agenda] })),
  signup: { pool: 'pools/pilot.yml' },
};

describe('the forms tandem init writes', () => {
  it.each([
    ['en', 'mentor'],
    ['en', 'mentee'],
    ['de', 'mentor'],
    ['de', 'mentee'],
  ] as const)('%s %s: a submitted form reads back as the sign-up it asked for', (language, role) => {
    const form = parse(renderSignupForm({ ...program, language }, role).content) as { body: FormField[] };
    const reading = readSignupForm({ number: 4, author: 'lea-schmidt', body: submit(form) });
    expect(reading?.kind).toBe('form');
    if (reading?.kind !== 'form') return;
    expect(checkSignup(reading.form, [program])).toEqual({
      program,
      problems: [],
      signup: {
        issueNumber: 4,
        login: 'lea-schmidt',
        role,
        programId: 'pilot',
        team: 'marketing',
        topics: ['ai-tools'],
        // Only the mentor's form asks for a capacity; a mentee takes one mentor (the pool's default).
        ...(role === 'mentor' && { capacity: 3 }),
      },
    });
  });
});

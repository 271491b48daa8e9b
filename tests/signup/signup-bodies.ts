import {
  CAPACITY_OPTIONS,
  signupFormText,
  topicOptionLabel,
} from '../../src/core/signup/signup-form-fields.js';
import { DEFAULT_TOPICS } from '../helpers/program-yaml.js';

/**
 * Sign-up bodies exactly as GitHub renders a submitted issue form: each field's label as a `### `
 * heading, a blank line, the answer, a blank line; `_No response_` for an empty optional field; every
 * checkbox option listed, the ticked ones as `- [X]`. Markdown fields are not in the body. See
 * GitHub's "Syntax for issue forms" (docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms)
 * and github/issue-parser's fixtures, which are copies of real bodies.
 */
export const MENTOR_EN = `### Program

pilot

### Team

marketing

### Manager (GitHub login)

nina-berg

### Topics I can teach

- [X] \`social-media\` — Social media
- [ ] \`ai-tools\` — AI tools at work
- [X] \`new-work\` — New work

### How many mentees can you take?

2`;

export const MENTEE_DE = `### Programm

pilot

### Team

Finanzen

### Führungskraft (GitHub-Login)

_No response_

### Themen, die ich lernen möchte

- [ ] \`social-media\` — Social media
- [X] \`ai-tools\` — AI tools at work
- [ ] \`new-work\` — New work

### Wie viele Mentor:innen wünschst du dir?

_No response_`;

export interface SignupAnswers {
  readonly language?: 'en' | 'de';
  readonly role?: 'mentor' | 'mentee';
  readonly program?: string;
  readonly team?: string;
  readonly manager?: string;
  /** Topic ids to tick; an id not among the program's topics is added as an extra option. */
  readonly ticked?: readonly string[];
  readonly capacity?: string;
}

/** A body in the same shape as the fixtures above, for the tests that need many. */
export function signupBody(answers: SignupAnswers = {}): string {
  const { labels } = signupFormText(answers.language ?? 'en', answers.role ?? 'mentor');
  const ticked = new Set(answers.ticked ?? ['social-media']);
  const options: { id: string; title: string }[] = DEFAULT_TOPICS.map((topic) => ({ ...topic }));
  for (const id of ticked) if (!options.some((o) => o.id === id)) options.push({ id, title: id });
  const boxes = options.map((o) => `- [${ticked.has(o.id) ? 'X' : ' '}] ${topicOptionLabel(o.id, o.title)}`);
  const answer = (value: string | undefined) => value ?? '_No response_';
  return [
    `### ${labels.program}\n\n${answers.program ?? 'pilot'}`,
    `### ${labels.team}\n\n${answer(answers.team)}`,
    `### ${labels.manager}\n\n${answer(answers.manager)}`,
    `### ${labels.topics}\n\n${boxes.join('\n')}`,
    `### ${labels.capacity}\n\n${answer(answers.capacity ?? CAPACITY_OPTIONS[0])}`,
  ].join('\n\n');
}

import { Document } from 'yaml';
import type { Language } from '../locale/language.js';
import { escapeInline } from '../markdown/escape-markdown.js';
import {
  CAPACITY_OPTIONS,
  SIGNUP_LABEL,
  type SignupRole,
  signupFormPath,
  signupFormText,
  topicOptionLabel,
} from '../signup/signup-form-fields.js';
import { INIT_YAML_OPTIONS, useFlowStyle } from './yaml-comments.js';

/** What a sign-up form needs of a program. */
export interface SignupFormProgram {
  readonly id: string;
  readonly title: string;
  readonly language: Language;
  readonly topics: readonly { readonly id: string; readonly title: string }[];
}

interface FormHelp {
  readonly intro: (program: SignupFormProgram) => string;
  readonly team: string;
  readonly manager: string;
  readonly topics: string;
  readonly capacity: string;
}

const HELP: Record<Language, FormHelp> = {
  en: {
    intro: (program) =>
      `**${escapeInline(program.title)}.** Your GitHub login, the author of this issue, is your sign-up. Tandem checks it ` +
      'and comments on this issue: what to fix, or that you are in. The pairs are proposed from all sign-ups ' +
      'and reviewed before anyone is told. Everyone who can see this repository can read this issue.',
    team: 'Your team, as your colleagues call it: nobody is paired within their own team.',
    manager: 'GitHub login of your manager, without @: nobody is paired within their own reporting line.',
    topics: 'Tick at least one.',
    capacity: 'One is the usual; more only if you have the time.',
  },
  de: {
    intro: (program) =>
      `**${escapeInline(program.title)}.** Dein GitHub-Login (du eröffnest dieses Issue) ist deine Anmeldung. Tandem prüft ` +
      'sie und kommentiert hier: was zu korrigieren ist oder dass du dabei bist. Die Paare werden aus allen ' +
      'Anmeldungen vorgeschlagen und geprüft, bevor jemand davon erfährt. Wer dieses Repository sehen kann, ' +
      'kann dieses Issue lesen.',
    team: 'Dein Team, wie es die Kolleg:innen nennen: Niemand bildet ein Tandem im eigenen Team.',
    manager:
      'GitHub-Login deiner Führungskraft, ohne @: Niemand bildet ein Tandem in der eigenen Berichtslinie.',
    topics: 'Mindestens eines ankreuzen.',
    capacity: 'Üblich ist eines; mehr nur, wenn du die Zeit hast.',
  },
};

/**
 * One sign-up issue form (.github/ISSUE_TEMPLATE/), built from the contract the sign-up parser reads:
 * its labels become the `### ` headings of the issue, each topic option starts with the topic id.
 */
export function renderSignupForm(
  program: SignupFormProgram,
  role: SignupRole,
): { path: string; content: string } {
  const text = signupFormText(program.language, role);
  const help = HELP[program.language];
  const body: unknown[] = [
    { type: 'markdown', attributes: { value: help.intro(program) } },
    {
      type: 'dropdown',
      id: 'program',
      // The only option, preselected: a sign-up names its program even when forms are copied around.
      attributes: { label: text.labels.program, options: [program.id], default: 0 },
      validations: { required: true },
    },
    {
      type: 'input',
      id: 'team',
      attributes: { label: text.labels.team, description: help.team },
      validations: { required: true },
    },
    {
      type: 'input',
      id: 'manager',
      attributes: { label: text.labels.manager, description: help.manager },
    },
    {
      type: 'checkboxes',
      id: 'topics',
      attributes: {
        label: text.labels.topics,
        description: help.topics,
        options: program.topics.map((topic) => ({ label: topicOptionLabel(topic.id, topic.title) })),
      },
    },
  ];
  if (role === 'mentor') {
    body.push({
      type: 'dropdown',
      id: 'capacity',
      attributes: {
        label: text.labels.capacity,
        description: help.capacity,
        options: [...CAPACITY_OPTIONS],
        default: 0,
      },
      validations: { required: true },
    });
  }
  const form = {
    name: text.name,
    description: text.description,
    title: text.title,
    labels: [SIGNUP_LABEL],
    body,
  };
  const document = new Document(form);
  useFlowStyle(document, ['labels']);
  return { path: signupFormPath(program.id, role), content: document.toString(INIT_YAML_OPTIONS) };
}

import type { Language } from '../program/program.js';

/**
 * The contract between the sign-up issue forms that `tandem init` writes and the parser that reads
 * a sign-up issue: the form's file, its field ids and the labels GitHub turns into `### <label>`
 * headings of the issue body. A sign-up is recognised by these headings, not by its label: an
 * ordinary member's issue arrives without the form's labels.
 */
export const SIGNUP_LABEL = 'tandem-signup';

export type SignupRole = 'mentor' | 'mentee';

export type SignupFieldId = 'program' | 'team' | 'manager' | 'topics' | 'capacity';

/** Where the forms live in a repository, per program. */
export function signupFormPath(programId: string, role: SignupRole): string {
  return `.github/ISSUE_TEMPLATE/tandem-${programId}-${role}.yml`;
}

/** A checkbox option of the topics field: the id first as code, so a renamed title still parses. */
export function topicOptionLabel(topicId: string, topicTitle: string): string {
  return `\`${topicId}\` — ${topicTitle}`;
}

export const CAPACITY_OPTIONS = ['1', '2', '3'] as const;

export interface SignupFormText {
  readonly name: string;
  readonly description: string;
  readonly title: string;
  readonly labels: Readonly<Record<SignupFieldId, string>>;
}

const FIELD_LABELS: Record<Language, Record<SignupRole, Record<SignupFieldId, string>>> = {
  en: {
    mentor: {
      program: 'Program',
      team: 'Team',
      manager: 'Manager (GitHub login)',
      topics: 'Topics I can teach',
      capacity: 'How many mentees can you take?',
    },
    mentee: {
      program: 'Program',
      team: 'Team',
      manager: 'Manager (GitHub login)',
      topics: 'Topics I want to learn',
      capacity: 'How many mentors would you like?',
    },
  },
  de: {
    mentor: {
      program: 'Programm',
      team: 'Team',
      manager: 'Führungskraft (GitHub-Login)',
      topics: 'Themen, die ich vermitteln kann',
      capacity: 'Wie viele Mentees kannst du begleiten?',
    },
    mentee: {
      program: 'Programm',
      team: 'Team',
      manager: 'Führungskraft (GitHub-Login)',
      topics: 'Themen, die ich lernen möchte',
      capacity: 'Wie viele Mentor:innen wünschst du dir?',
    },
  },
};

const FORM_TEXT: Record<Language, Record<SignupRole, Omit<SignupFormText, 'labels'>>> = {
  en: {
    mentor: {
      name: 'Sign up as a mentor',
      description: 'Teach a senior colleague the digital topics you know best.',
      title: 'Sign-up: mentor',
    },
    mentee: {
      name: 'Sign up as a mentee',
      description: 'Learn digital topics from a junior colleague.',
      title: 'Sign-up: mentee',
    },
  },
  de: {
    mentor: {
      name: 'Als Mentor:in anmelden',
      description: 'Zeige einer erfahrenen Kollegin oder einem erfahrenen Kollegen digitale Themen.',
      title: 'Anmeldung: Mentor:in',
    },
    mentee: {
      name: 'Als Mentee anmelden',
      description: 'Lerne digitale Themen von einer jüngeren Kollegin oder einem jüngeren Kollegen.',
      title: 'Anmeldung: Mentee',
    },
  },
};

export function signupFormText(language: Language, role: SignupRole): SignupFormText {
  return { ...FORM_TEXT[language][role], labels: FIELD_LABELS[language][role] };
}

/** Every (language, role) pair, for the parser that must recognise any of the forms. */
export const SIGNUP_FORMS: readonly { language: Language; role: SignupRole }[] = (
  ['en', 'de'] as const
).flatMap((language) => (['mentor', 'mentee'] as const).map((role) => ({ language, role })));

/** One parsed sign-up: what the pool needs, plus where it came from. */
export interface Signup {
  readonly issueNumber: number;
  readonly login: string;
  readonly role: SignupRole;
  readonly programId: string;
  readonly team?: string;
  readonly manager?: string;
  readonly topics: readonly string[];
  readonly capacity?: number;
}

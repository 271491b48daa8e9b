import { parseIssue } from '@github/issue-parser';
import type { Language } from '../program/program.js';
import {
  SIGNUP_FORMS,
  SIGNUP_LABEL,
  type SignupFieldId,
  type SignupRole,
  signupFormText,
} from './signup-form-fields.js';

/** The issue as the sign-up reader needs it; `author` is who opened it (GitHub's `user.login`). */
export interface SignupIssue {
  readonly number: number;
  readonly author: string;
  readonly body: string;
  readonly labels?: readonly string[];
}

/** A sign-up form's answers as written, before they are checked against a program. */
export interface SignupForm {
  readonly issueNumber: number;
  /** Always the issue's author: a body cannot sign someone else up. */
  readonly author: string;
  readonly language: Language;
  readonly role: SignupRole;
  /** The form's labels, so messages can name the field a person must edit. */
  readonly labels: Readonly<Record<SignupFieldId, string>>;
  readonly program?: string;
  readonly team?: string;
  readonly manager?: string;
  /** The ticked checkbox labels, as GitHub wrote them (`` `id` — Title ``). */
  readonly topics: readonly string[];
  readonly capacity?: string;
  /** A login someone added by hand under a "Login" heading; the form has no such field. */
  readonly login?: string;
}

export type SignupReading =
  | { readonly kind: 'form'; readonly form: SignupForm }
  /** Labelled `tandem-signup`, but without the form's sections (written by hand, or the sections deleted). */
  | { readonly kind: 'label-only'; readonly issueNumber: number; readonly author: string };

// Headings someone might add to name another person; the form itself never asks for a login.
const LOGIN_HEADINGS = ['Login', 'GitHub login', 'GitHub Login', 'GitHub-Login', 'Username'];

/**
 * Reads a sign-up issue, or answers undefined for any other issue. A sign-up is recognised by the
 * `### <label>` headings GitHub writes for the form's fields (the program's and the topics' at
 * least), not by its label: an ordinary member's issue arrives without the form's labels.
 */
export function readSignupForm(issue: SignupIssue): SignupReading | undefined {
  const body = issue.body.replace(/\r\n?/g, '\n');
  const headings = new Set([...body.matchAll(/^###[ \t]*(.*?)[ \t]*$/gm)].map((match) => match[1]!));
  const candidates = SIGNUP_FORMS.map((form) => ({
    ...form,
    labels: signupFormText(form.language, form.role).labels,
  })).filter(({ labels }) => headings.has(labels.program) && headings.has(labels.topics));
  const best = candidates
    .map((form) => ({ form, score: Object.values(form.labels).filter((l) => headings.has(l)).length }))
    .sort((a, b) => b.score - a.score)[0]?.form;
  if (!best) {
    const isLabelled = (issue.labels ?? []).some((label) => label.toLowerCase() === SIGNUP_LABEL);
    return isLabelled ? { kind: 'label-only', issueNumber: issue.number, author: issue.author } : undefined;
  }
  const answers = parseIssue(body, formTemplate(best.labels));
  const text = (id: string): string | undefined => {
    const value = answers[id];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const ticked = answers.topics;
  const login = LOGIN_HEADINGS.map((_, index) => text(`login${index}`)).find(Boolean);
  const form: SignupForm = {
    issueNumber: issue.number,
    author: issue.author,
    language: best.language,
    role: best.role,
    labels: best.labels,
    topics: typeof ticked === 'object' && !Array.isArray(ticked) ? ticked.selected : [],
    ...optional('program', text('program')),
    ...optional('team', text('team')),
    ...optional('manager', text('manager')),
    ...optional('capacity', text('capacity')),
    ...optional('login', login),
  };
  return { kind: 'form', form };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/**
 * The issue form as @github/issue-parser wants it (YAML; JSON is YAML): field ids, labels and types.
 * Program and capacity are read as text, so a dropdown and an input field both parse.
 */
function formTemplate(labels: Readonly<Record<SignupFieldId, string>>): string {
  const input = (id: string, label: string) => ({ type: 'input', id, attributes: { label } });
  return JSON.stringify({
    body: [
      input('program', labels.program),
      input('team', labels.team),
      input('manager', labels.manager),
      { type: 'checkboxes', id: 'topics', attributes: { label: labels.topics, options: [] } },
      input('capacity', labels.capacity),
      ...LOGIN_HEADINGS.map((label, index) => input(`login${index}`, label)),
    ],
  });
}

import type { Program } from '../program/program.js';
import type { SignupForm } from './read-signup-form.js';
import type { Signup } from './signup-form-fields.js';

/** What a sign-up is checked against: the parts of a program a sign-up names. */
export type SignupProgram = Pick<Program, 'id' | 'title' | 'topics' | 'signup'>;

/** One thing wrong with a sign-up; `render-signup-comment.ts` says it, with how to fix it. */
export type SignupProblem =
  | { readonly kind: 'no-program'; readonly validIds: readonly string[] }
  | { readonly kind: 'unknown-program'; readonly given: string; readonly validIds: readonly string[] }
  | { readonly kind: 'no-pool'; readonly programId: string }
  | { readonly kind: 'unknown-topic'; readonly given: string; readonly validIds: readonly string[] }
  | { readonly kind: 'no-topics' }
  | { readonly kind: 'bad-capacity'; readonly given: string }
  | { readonly kind: 'bad-manager'; readonly given: string }
  | { readonly kind: 'manager-is-author' }
  | { readonly kind: 'other-login'; readonly given: string }
  | { readonly kind: 'team-too-long' }
  | { readonly kind: 'no-form' };

export interface SignupCheck {
  /** The program the sign-up names, when it exists. */
  readonly program?: SignupProgram;
  /** Present only when there is no problem. */
  readonly signup?: Signup;
  readonly problems: readonly SignupProblem[];
}

// The pool's own limits (schema/pool.schema.json): a sign-up that passes here passes the pool's schema.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const MAX_CAPACITY = 20;
const MAX_TEAM_LENGTH = 100;

/** Checks a sign-up form against the program it names; every problem is reported, not only the first. */
export function checkSignup(form: SignupForm, programs: readonly SignupProgram[]): SignupCheck {
  const problems: SignupProblem[] = [];
  const validIds = programs.map((program) => program.id);
  const program = form.program === undefined ? undefined : findProgram(form.program, programs);
  if (form.program === undefined) problems.push({ kind: 'no-program', validIds });
  else if (!program) problems.push({ kind: 'unknown-program', given: form.program, validIds });
  else if (!program.signup) problems.push({ kind: 'no-pool', programId: program.id });

  const topics: string[] = [];
  if (form.topics.length === 0) problems.push({ kind: 'no-topics' });
  for (const label of form.topics) {
    if (!program) break;
    const id = findTopic(label, program);
    if (id === undefined)
      problems.push({
        kind: 'unknown-topic',
        given: label.match(/^\s*`([^`]+)`/)?.[1]?.trim() ?? label,
        validIds: program.topics.map((t) => t.id),
      });
    else if (!topics.includes(id)) topics.push(id);
  }

  const capacity = form.capacity === undefined ? undefined : Number(form.capacity);
  if (
    form.capacity !== undefined &&
    (!/^\d+$/.test(form.capacity) || capacity! < 1 || capacity! > MAX_CAPACITY)
  )
    problems.push({ kind: 'bad-capacity', given: form.capacity });

  const manager = form.manager?.replace(/^@/, '');
  if (manager !== undefined && !LOGIN.test(manager))
    problems.push({ kind: 'bad-manager', given: form.manager! });
  else if (manager !== undefined && manager.toLowerCase() === form.author.toLowerCase())
    problems.push({ kind: 'manager-is-author' });

  const login = form.login?.replace(/^@/, '');
  if (login !== undefined && login.toLowerCase() !== form.author.toLowerCase())
    problems.push({ kind: 'other-login', given: form.login! });
  if (form.team !== undefined && form.team.length > MAX_TEAM_LENGTH) problems.push({ kind: 'team-too-long' });

  if (problems.length > 0 || !program) return { ...(program && { program }), problems };
  return {
    program,
    problems,
    signup: {
      issueNumber: form.issueNumber,
      login: form.author,
      role: form.role,
      programId: program.id,
      ...(form.team !== undefined && { team: form.team }),
      ...(manager !== undefined && { manager }),
      topics,
      ...(capacity !== undefined && { capacity }),
    },
  };
}

/** By id (case folded), by an id in backticks (a dropdown option that shows the title too), or by title. */
function findProgram(given: string, programs: readonly SignupProgram[]): SignupProgram | undefined {
  const key = (given.match(/`([^`]+)`/)?.[1] ?? given).trim().toLowerCase();
  return (
    programs.find((program) => program.id.toLowerCase() === key) ??
    programs.find((program) => program.title.trim().toLowerCase() === given.trim().toLowerCase())
  );
}

/** A checkbox label is `` `id` — Title `` (signup-form-fields.ts); the id counts, so a renamed title still parses. */
function findTopic(label: string, program: SignupProgram): string | undefined {
  const quoted = label.match(/^\s*`([^`]+)`/)?.[1]?.trim();
  const key = (quoted ?? label).trim().toLowerCase();
  const byId = program.topics.find((topic) => topic.id.toLowerCase() === key);
  if (byId || quoted !== undefined) return byId?.id;
  return program.topics.find((topic) => topic.title.trim().toLowerCase() === key)?.id;
}

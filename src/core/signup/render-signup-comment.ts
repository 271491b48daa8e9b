import { escapeInline, formatCodeSpan, formatLoginInert } from '../markdown/escape-markdown.js';
import type { Language } from '../program/program.js';
import type { SignupCheck } from './check-signup.js';
import { describeSignupProblem } from './describe-signup-problem.js';
import type { SignupReading } from './read-signup-form.js';

/** The one comment Tandem keeps on a sign-up issue is found again by this hidden marker. */
export const SIGNUP_COMMENT_MARKER = '<!-- tandem:signup-comment -->';

export interface SignupCommentInput {
  readonly reading: SignupReading;
  readonly check: SignupCheck;
  readonly isClosed: boolean;
}

/**
 * What the sign-up's author reads: what is wrong and how to fix it, that they are in (and where), or,
 * once the issue is closed, that the sign-up left the pool. Nobody is mentioned: the manager's
 * login is shown inert, and every answer from the form goes through the escapers.
 */
export function renderSignupComment({ reading, check, isClosed }: SignupCommentInput): string {
  const language: Language = reading.kind === 'form' ? reading.form.language : 'en';
  const de = language === 'de';
  const programName = check.program
    ? `${escapeInline(check.program.title)} (${formatCodeSpan(check.program.id)})`
    : undefined;
  if (isClosed) {
    const text = programName
      ? de
        ? `**Diese Anmeldung ist geschlossen:** Sie verlässt den Pool von ${programName} beim nächsten Lauf von \`tandem signups\`. Öffne das Issue wieder, um dich erneut anzumelden.`
        : `**This sign-up is closed:** it leaves the pool of ${programName} at the next \`tandem signups\` run. Reopen the issue to sign up again.`
      : de
        ? '**Diese Anmeldung ist geschlossen** und in keinem Pool. Öffne das Issue wieder, um dich erneut anzumelden.'
        : '**This sign-up is closed** and in no pool. Reopen the issue to sign up again.';
    return `${SIGNUP_COMMENT_MARKER}\n${text}\n`;
  }
  if (!check.signup || reading.kind !== 'form') {
    const labels = reading.kind === 'form' ? reading.form.labels : undefined;
    const author = reading.kind === 'form' ? reading.form.author : reading.author;
    const lines = check.problems.map(
      (problem) => `- ${describeSignupProblem(problem, language, labels ?? EMPTY_LABELS, author)}`,
    );
    const head = de
      ? '**Diese Anmeldung kann noch nicht in den Pool.** Bitte korrigiere:'
      : '**This sign-up cannot go into the pool yet.** Please fix:';
    const tail = de
      ? 'Dieser Kommentar aktualisiert sich, sobald du das Issue bearbeitest.'
      : 'This comment updates itself when you edit the issue.';
    return `${SIGNUP_COMMENT_MARKER}\n${head}\n\n${lines.join('\n')}\n\n${tail}\n`;
  }
  const { signup } = check;
  const topics = signup.topics.map(formatCodeSpan).join(', ');
  const details = [
    signup.team !== undefined && `${de ? 'Team' : 'team'} ${escapeInline(signup.team)}`,
    signup.manager !== undefined && `${de ? 'Führungskraft' : 'manager'} ${formatLoginInert(signup.manager)}`,
    signup.capacity !== undefined &&
      (de ? `bis zu ${signup.capacity} Tandem(s)` : `up to ${signup.capacity} tandem(s)`),
  ].filter(Boolean);
  const role = de ? (signup.role === 'mentor' ? 'Mentor:in' : 'Mentee') : signup.role;
  const text = de
    ? `**Du bist dabei:** als ${role} in ${programName}, Themen ${topics}${details.length ? `; ${details.join(', ')}` : ''}.\n\nDer nächste Lauf von \`tandem signups\` trägt dich in den Pool ein, aus dem die Programmleitung die Tandems vorschlägt. Bearbeite das Issue, um deine Angaben zu ändern; schließe es, um dich abzumelden.`
    : `**You are in:** as a ${role} in ${programName}, topics ${topics}${details.length ? `; ${details.join(', ')}` : ''}.\n\nThe next \`tandem signups\` run adds you to the pool the program managers propose the tandems from. Edit the issue to change your answers; close it to leave.`;
  return `${SIGNUP_COMMENT_MARKER}\n${text}\n`;
}

const EMPTY_LABELS = { program: '', team: '', manager: '', topics: '', capacity: '' } as const;

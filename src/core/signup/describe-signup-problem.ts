import { suggestClosest } from '../diagnostics/suggest.js';
import { formatCodeSpan, formatLoginInert } from '../markdown/escape-markdown.js';
import type { Language } from '../program/program.js';
import type { SignupProblem } from './check-signup.js';
import type { SignupFieldId } from './signup-form-fields.js';

type Labels = Readonly<Record<SignupFieldId, string>>;

const codes = (ids: readonly string[]): string => ids.map(formatCodeSpan).join(', ');
const field = (label: string): string => `“${label}”`;
/** ` (did you mean `x`?)` in the language, or nothing when no id is close. */
function guess(given: string, ids: readonly string[], language: Language): string {
  const closest = suggestClosest(given, ids);
  if (closest === undefined) return '';
  return language === 'de'
    ? ` (meintest du ${formatCodeSpan(closest)}?)`
    : ` (did you mean ${formatCodeSpan(closest)}?)`;
}

/** One problem as a plain sentence that says how to fix it, in the form's language. */
export function describeSignupProblem(
  problem: SignupProblem,
  language: Language,
  labels: Labels,
  author: string,
): string {
  return language === 'de'
    ? describeGerman(problem, labels, author)
    : describeEnglish(problem, labels, author);
}

function describeEnglish(problem: SignupProblem, labels: Labels, author: string): string {
  switch (problem.kind) {
    case 'no-program':
      return `The form names no program: edit the issue and write the program's id under ${field(labels.program)}${problem.validIds.length ? ` (${codes(problem.validIds)})` : ''}.`;
    case 'unknown-program':
      return `There is no program ${formatCodeSpan(problem.given)} in this repository${guess(problem.given, problem.validIds, 'en')}: edit the issue and write one of ${problem.validIds.length ? codes(problem.validIds) : 'its program ids'} under ${field(labels.program)}.`;
    case 'no-pool':
      return `The program ${formatCodeSpan(problem.programId)} does not take sign-ups yet (its file has no \`signup.pool\`): ask a program manager to add one, then edit this issue.`;
    case 'unknown-topic':
      return `${formatCodeSpan(problem.given)} is not a topic of this program${guess(problem.given, problem.validIds, 'en')}: edit the issue and untick it; the topics are ${codes(problem.validIds)}.`;
    case 'no-topics':
      return `No topic is ticked: edit the issue and tick at least one under ${field(labels.topics)}.`;
    case 'bad-capacity':
      return `${field(labels.capacity)} says ${formatCodeSpan(problem.given)}: edit the issue and choose a whole number from 1 to 20.`;
    case 'bad-manager':
      return `${formatCodeSpan(problem.given)} under ${field(labels.manager)} is not a GitHub login: edit the issue and write your manager's login (letters, digits and single hyphens), or leave the field empty.`;
    case 'manager-is-author':
      return `You named yourself under ${field(labels.manager)}: edit the issue and write your manager's GitHub login, or leave the field empty.`;
    case 'other-login':
      return `This issue names ${formatCodeSpan(problem.given)}, but a sign-up is always for the person who opens it (${formatLoginInert(author)}): edit the issue and remove that section; ${formatCodeSpan(problem.given)} opens a sign-up of their own.`;
    case 'team-too-long':
      return `The team under ${field(labels.team)} is longer than 100 characters: edit the issue and shorten it.`;
    case 'no-form':
      return 'This issue has the `tandem-signup` label but not the sections of a sign-up form: open a new issue with one of the sign-up forms (New issue), or remove the label.';
  }
}

function describeGerman(problem: SignupProblem, labels: Labels, author: string): string {
  switch (problem.kind) {
    case 'no-program':
      return `Das Formular nennt kein Programm: Bearbeite das Issue und trage unter ${field(labels.program)} die Kennung des Programms ein${problem.validIds.length ? ` (${codes(problem.validIds)})` : ''}.`;
    case 'unknown-program':
      return `In diesem Repository gibt es kein Programm ${formatCodeSpan(problem.given)}${guess(problem.given, problem.validIds, 'de')}: Bearbeite das Issue und trage unter ${field(labels.program)} eine dieser Kennungen ein: ${problem.validIds.length ? codes(problem.validIds) : '–'}.`;
    case 'no-pool':
      return `Das Programm ${formatCodeSpan(problem.programId)} nimmt noch keine Anmeldungen an (seine Datei hat kein \`signup.pool\`): Bitte die Programmleitung, es einzutragen, und bearbeite dann dieses Issue.`;
    case 'unknown-topic':
      return `${formatCodeSpan(problem.given)} ist kein Thema dieses Programms${guess(problem.given, problem.validIds, 'de')}: Bearbeite das Issue und entferne das Häkchen; die Themen sind ${codes(problem.validIds)}.`;
    case 'no-topics':
      return `Kein Thema ist angekreuzt: Bearbeite das Issue und kreuze unter ${field(labels.topics)} mindestens eines an.`;
    case 'bad-capacity':
      return `${field(labels.capacity)} sagt ${formatCodeSpan(problem.given)}: Bearbeite das Issue und wähle eine ganze Zahl von 1 bis 20.`;
    case 'bad-manager':
      return `${formatCodeSpan(problem.given)} unter ${field(labels.manager)} ist kein GitHub-Login: Bearbeite das Issue und trage den Login deiner Führungskraft ein (Buchstaben, Ziffern und einzelne Bindestriche) oder lass das Feld leer.`;
    case 'manager-is-author':
      return `Du hast dich selbst unter ${field(labels.manager)} eingetragen: Bearbeite das Issue und trage den GitHub-Login deiner Führungskraft ein oder lass das Feld leer.`;
    case 'other-login':
      return `Dieses Issue nennt ${formatCodeSpan(problem.given)}, aber eine Anmeldung gilt immer für die Person, die sie öffnet (${formatLoginInert(author)}): Bearbeite das Issue und entferne diesen Abschnitt; ${formatCodeSpan(problem.given)} meldet sich selbst an.`;
    case 'team-too-long':
      return `Das Team unter ${field(labels.team)} ist länger als 100 Zeichen: Bearbeite das Issue und kürze es.`;
    case 'no-form':
      return 'Dieses Issue hat das Label `tandem-signup`, aber nicht die Abschnitte eines Anmeldeformulars: Öffne ein neues Issue mit einem der Anmeldeformulare (New issue) oder entferne das Label.';
  }
}

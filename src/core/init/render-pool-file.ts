import type { Language } from '../locale/language.js';
import { schemaModeline } from './schema-url.js';
import type { StarterProgram } from './starter-program.js';
import {
  commentAbove,
  commentAfter,
  createCommentedDocument,
  INIT_YAML_OPTIONS,
  useFlowStyle,
} from './yaml-comments.js';

interface PoolComments {
  readonly header: readonly string[];
  readonly mentors: readonly string[];
  readonly mentees: readonly string[];
  readonly optional: readonly string[];
  readonly allowSameTeam: string;
}

const COMMENTS: Record<Language, (program: StarterProgram) => PoolComments> = {
  en: (program) => ({
    header: [
      `Who wants to take part in ${program.id}. The Tandem sign-ups workflow collects every open sign-up`,
      'issue into this file, as a pull request; people can be added by hand as well. The Tandem match',
      `workflow then proposes the tandems into ${program.programPath}: the most shared topics, never two`,
      'people of one reporting line. Topic ids are the program’s.',
    ],
    mentors: [
      'The junior colleagues who teach, for example:',
      '  - login: lea-schmidt',
      '    team: marketing',
      '    reports_to: nina-berg              # their manager’s GitHub login',
      `    offers: [${program.topics[0]!.id}, ${program.topics[1]!.id}]`,
      '    capacity: 1                        # mentees they take on (default 1)',
    ],
    mentees: [
      'The senior colleagues who learn, most wanted topic first, for example:',
      '  - login: martin-weber',
      '    team: finance',
      '    reports_to: ceo-anna',
      `    wants: [${program.topics[0]!.id}, ${program.topics[3]!.id}]`,
    ],
    optional: [
      'Optional: avoid: [[lea-schmidt, jonas-krause]] (never pair these two),',
      `weights: { ${program.topics[1]!.id}: 2 } (a shared topic counts more), org: { nina-berg: martin-weber }`,
      '(reporting lines of people not in the pool).',
    ],
    allowSameTeam: 'true pairs people of the same team too',
  }),
  de: (program) => ({
    header: [
      `Wer bei ${program.id} mitmachen möchte. Der Workflow „Tandem sign-ups“ trägt jede offene Anmeldung`,
      '(Issue) per Pull Request in diese Datei ein; Personen können auch von Hand ergänzt werden. Der',
      `Workflow „Tandem match“ schlägt daraus die Tandems in ${program.programPath} vor: möglichst viele`,
      'gemeinsame Themen, nie zwei Personen derselben Berichtslinie. Themen-ids sind die des Programms.',
    ],
    mentors: [
      'Die jüngeren Kolleg:innen, die etwas vermitteln, zum Beispiel:',
      '  - login: lea-schmidt',
      '    team: marketing',
      '    reports_to: nina-berg              # GitHub-Login der Führungskraft',
      `    offers: [${program.topics[0]!.id}, ${program.topics[1]!.id}]`,
      '    capacity: 1                        # wie viele Mentees (Standard 1)',
    ],
    mentees: [
      'Die Führungskräfte, die lernen, das wichtigste Thema zuerst, zum Beispiel:',
      '  - login: martin-weber',
      '    team: finance',
      '    reports_to: ceo-anna',
      `    wants: [${program.topics[0]!.id}, ${program.topics[3]!.id}]`,
    ],
    optional: [
      'Optional: avoid: [[lea-schmidt, jonas-krause]] (diese beiden nie zusammen),',
      `weights: { ${program.topics[1]!.id}: 2 } (ein gemeinsames Thema zählt mehr), org: { nina-berg: martin-weber }`,
      '(Berichtslinien von Personen außerhalb des Pools).',
    ],
    allowSameTeam: 'true bildet auch Tandems innerhalb eines Teams',
  }),
};

/** pools/<id>.yml: an empty pool that sign-ups fill, with the format shown in comments. */
export function renderPoolFile(program: StarterProgram): string {
  const comments = COMMENTS[program.language](program);
  const document = createCommentedDocument({ version: 1, mentors: [], mentees: [], allow_same_team: false }, [
    schemaModeline('pool'),
    ...comments.header,
  ]);
  commentAbove(document, ['mentors'], comments.mentors, true);
  useFlowStyle(document, ['mentors']);
  commentAbove(document, ['mentees'], comments.mentees, true);
  useFlowStyle(document, ['mentees']);
  commentAbove(document, ['allow_same_team'], comments.optional, true);
  commentAfter(document, ['allow_same_team'], comments.allowSameTeam);
  return document.toString(INIT_YAML_OPTIONS);
}

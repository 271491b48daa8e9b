import type { ProjectRecord, StandIn } from '../stand-in/index.js';
import { projectsOf } from '../stand-in/index.js';

export const BOARD_COLUMNS = ['Status', 'Next session', 'Sessions', 'Progress', 'Last activity'] as const;

export interface BoardRow {
  readonly issue: number;
  readonly title: string;
  readonly values: Readonly<Record<string, string | number | undefined>>;
}

/** The board as its table view shows it: one row per item, option names in place of option ids. */
export function boardRows(standIn: StandIn, project: ProjectRecord): BoardRow[] {
  return project.items.map((item) => {
    const values: Record<string, string | number | undefined> = {};
    for (const name of BOARD_COLUMNS) {
      const field = project.fields.find((candidate) => candidate.name === name);
      const value = field ? item.values.get(field.node_id) : undefined;
      values[name] =
        field?.dataType === 'SINGLE_SELECT'
          ? field.options.find((option) => option.id === value)?.name
          : value;
    }
    const issue = standIn.state.issues.find((candidate) => candidate.number === item.issueNumber);
    return { issue: item.issueNumber, title: issue?.title ?? '', values };
  });
}

export function onlyBoard(standIn: StandIn): ProjectRecord {
  const [project] = projectsOf(standIn.state).projects;
  if (!project) throw new Error('no board seeded');
  return project;
}

/** The table as Markdown, as the README shows it. */
export function boardMarkdown(rows: readonly BoardRow[]): string {
  const cell = (value: string | number | undefined): string => (value === undefined ? '' : String(value));
  return [
    `| Title | ${BOARD_COLUMNS.join(' | ')} |`,
    `| --- |${BOARD_COLUMNS.map(() => ' --- |').join('')}`,
    // Logins inert, as Tandem writes them in tables: `@&#8203;lea-schmidt` reads as @lea-schmidt.
    ...rows.map(
      (row) =>
        `| ${row.title.replaceAll('@', '@&#8203;')} | ${BOARD_COLUMNS.map((name) => cell(row.values[name])).join(' | ')} |`,
    ),
  ].join('\n');
}

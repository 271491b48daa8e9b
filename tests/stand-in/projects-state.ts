/**
 * Projects (v2) boards in the stand-in: records and seeding. Kept beside the core state (one store
 * per state object) so the rest of the stand-in does not change shape.
 */
import { nextId, type StandInState, stampWrite } from './state.js';

export type ProjectFieldType = 'TITLE' | 'ASSIGNEES' | 'TEXT' | 'NUMBER' | 'DATE' | 'SINGLE_SELECT';

export interface ProjectOptionRecord {
  readonly id: string;
  name: string;
  color: string;
  description: string;
}

export interface ProjectFieldRecord {
  readonly id: number;
  readonly node_id: string;
  name: string;
  readonly dataType: ProjectFieldType;
  options: ProjectOptionRecord[];
  readonly created_at: string;
  updated_at: string;
}

export interface ProjectItemRecord {
  readonly id: number;
  readonly node_id: string;
  readonly issueNumber: number;
  /** By field node id: text, number, date `YYYY-MM-DD` or a single select's option id. */
  readonly values: Map<string, string | number>;
  readonly created_at: string;
  updated_at: string;
}

export interface ProjectRecord {
  readonly id: number;
  readonly node_id: string;
  readonly ownerKind: 'organization' | 'user';
  readonly owner: string;
  readonly number: number;
  readonly title: string;
  readonly fields: ProjectFieldRecord[];
  readonly items: ProjectItemRecord[];
  readonly created_at: string;
}

export interface ProjectsStore {
  readonly projects: ProjectRecord[];
  /** The token cannot reach any board (the built-in GITHUB_TOKEN): GitHub answers FORBIDDEN. */
  denyAccess: boolean;
}

/** A board to seed. A new board on GitHub comes with Title, Assignees and Status (Todo, In Progress, Done). */
export interface ProjectInput {
  readonly owner: string;
  readonly ownerKind?: 'organization' | 'user';
  readonly number: number;
  readonly title?: string;
  /** Leave out GitHub's own Status field (a board whose Status was deleted). */
  readonly withoutStatus?: boolean;
  readonly fields?: readonly {
    readonly name: string;
    readonly dataType: ProjectFieldType;
    readonly options?: readonly string[];
  }[];
  /** Issue numbers already on the board. */
  readonly items?: readonly number[];
}

const stores = new WeakMap<StandInState, ProjectsStore>();

export function projectsOf(state: StandInState): ProjectsStore {
  let store = stores.get(state);
  if (!store) {
    store = { projects: [], denyAccess: false };
    stores.set(state, store);
  }
  return store;
}

const nodeId = (prefix: string, id: number): string =>
  `${prefix}_kwDO${Buffer.from(`stand-in:${prefix}:${id}`).toString('base64url')}`;

export function optionId(state: StandInState): string {
  return nextId(state).toString(16).padStart(8, '0');
}

export function addProjectField(
  state: StandInState,
  project: ProjectRecord,
  input: { readonly name: string; readonly dataType: ProjectFieldType; readonly options?: readonly string[] },
  colours: readonly string[] = [],
): ProjectFieldRecord {
  const id = nextId(state);
  const now = stampWrite(state);
  const field: ProjectFieldRecord = {
    id,
    node_id: nodeId(input.dataType === 'SINGLE_SELECT' ? 'PVTSSF' : 'PVTF', id),
    name: input.name,
    dataType: input.dataType,
    options: (input.options ?? []).map((name, index) => ({
      id: optionId(state),
      name,
      color: colours[index] ?? 'GRAY',
      description: '',
    })),
    created_at: now,
    updated_at: now,
  };
  project.fields.push(field);
  return field;
}

export function addProjectItem(
  state: StandInState,
  project: ProjectRecord,
  issueNumber: number,
): ProjectItemRecord {
  const id = nextId(state);
  const now = stampWrite(state);
  const item: ProjectItemRecord = {
    id,
    node_id: nodeId('PVTI', id),
    issueNumber,
    values: new Map(),
    created_at: now,
    updated_at: now,
  };
  project.items.push(item);
  return item;
}

export function addProject(state: StandInState, input: ProjectInput): ProjectRecord {
  const id = nextId(state);
  const project: ProjectRecord = {
    id,
    node_id: nodeId('PVT', id),
    ownerKind: input.ownerKind ?? 'organization',
    owner: input.owner,
    number: input.number,
    title: input.title ?? `Board ${input.number}`,
    fields: [],
    items: [],
    created_at: stampWrite(state),
  };
  projectsOf(state).projects.push(project);
  addProjectField(state, project, { name: 'Title', dataType: 'TITLE' });
  addProjectField(state, project, { name: 'Assignees', dataType: 'ASSIGNEES' });
  if (!input.withoutStatus) {
    const options = ['Todo', 'In Progress', 'Done'];
    addProjectField(state, project, { name: 'Status', dataType: 'SINGLE_SELECT', options }, [
      'GREEN',
      'YELLOW',
      'PURPLE',
    ]);
  }
  for (const field of input.fields ?? []) addProjectField(state, project, field);
  for (const issueNumber of input.items ?? []) addProjectItem(state, project, issueNumber);
  return project;
}

/** Projects (v2) as GraphQL objects: `organization`/`user` → `projectV2(number)`, its fields, items and values. */
import { type ConnectionArgs, GitHubGraphQLError, toConnection } from './graphql-connection.js';
import { actorObject, type GqlObject, issueObject, notFound } from './graphql-objects.js';
import {
  type ProjectFieldRecord,
  type ProjectItemRecord,
  type ProjectRecord,
  projectsOf,
} from './projects-state.js';
import { findIssue, type StandInState } from './state.js';

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export const noAccess = (): GitHubGraphQLError =>
  new GitHubGraphQLError('FORBIDDEN', 'Resource not accessible by integration');

function projectUrl(project: ProjectRecord): string {
  const kind = project.ownerKind === 'organization' ? 'orgs' : 'users';
  return `https://github.com/${kind}/${project.owner}/projects/${project.number}`;
}

export function fieldObject(
  state: StandInState,
  project: ProjectRecord,
  field: ProjectFieldRecord,
): GqlObject {
  const isSelect = field.dataType === 'SINGLE_SELECT';
  return {
    __typename: isSelect ? 'ProjectV2SingleSelectField' : 'ProjectV2Field',
    id: field.node_id,
    databaseId: field.id,
    name: field.name,
    dataType: field.dataType,
    createdAt: field.created_at,
    updatedAt: field.updated_at,
    ...(isSelect && {
      options: ({ names }: { names?: readonly string[] | null }) =>
        field.options
          .filter((option) => !names || names.includes(option.name))
          .map((option) => ({ ...option, nameHTML: option.name, descriptionHTML: option.description })),
    }),
    project: () => projectObject(state, project),
  };
}

function valueObject(
  state: StandInState,
  project: ProjectRecord,
  item: ProjectItemRecord,
  field: ProjectFieldRecord,
): GqlObject | undefined {
  const common = {
    id: `PVTFV_${item.id}_${field.id}`,
    createdAt: item.created_at,
    updatedAt: item.updated_at,
  };
  const fieldRef = () => fieldObject(state, project, field);
  if (field.dataType === 'TITLE') {
    const title = findIssue(state, item.issueNumber)?.title ?? '';
    return { ...common, __typename: 'ProjectV2ItemFieldTextValue', text: title, field: fieldRef };
  }
  const value = item.values.get(field.node_id);
  if (value === undefined) return undefined;
  switch (field.dataType) {
    case 'TEXT':
      return { ...common, __typename: 'ProjectV2ItemFieldTextValue', text: value, field: fieldRef };
    case 'NUMBER':
      return { ...common, __typename: 'ProjectV2ItemFieldNumberValue', number: value, field: fieldRef };
    case 'DATE':
      return { ...common, __typename: 'ProjectV2ItemFieldDateValue', date: value, field: fieldRef };
    case 'SINGLE_SELECT': {
      const option = field.options.find((candidate) => candidate.id === value);
      return {
        ...common,
        __typename: 'ProjectV2ItemFieldSingleSelectValue',
        optionId: value,
        name: option?.name ?? null,
        color: option?.color ?? 'GRAY',
        field: fieldRef,
      };
    }
    default:
      return undefined;
  }
}

export function itemObject(state: StandInState, project: ProjectRecord, item: ProjectItemRecord): GqlObject {
  const issue = findIssue(state, item.issueNumber);
  const values = project.fields.flatMap((field) => {
    const value = valueObject(state, project, item, field);
    return value ? [{ field, value }] : [];
  });
  return {
    __typename: 'ProjectV2Item',
    id: item.node_id,
    databaseId: item.id,
    type: 'ISSUE',
    isArchived: false,
    createdAt: item.created_at,
    updatedAt: item.updated_at,
    content: issue ? () => issueObject(state, issue) : null,
    fieldValues: (args: ConnectionArgs) =>
      toConnection(
        values,
        args,
        (entry) => entry.field.id,
        (entry) => entry.value,
      ),
    project: () => projectObject(state, project),
  };
}

export function projectObject(state: StandInState, project: ProjectRecord): GqlObject {
  return {
    __typename: 'ProjectV2',
    id: project.node_id,
    databaseId: project.id,
    number: project.number,
    title: project.title,
    url: projectUrl(project),
    closed: false,
    public: false,
    createdAt: project.created_at,
    fields: (args: ConnectionArgs) =>
      toConnection(
        project.fields,
        args,
        (field) => field.id,
        (field) => fieldObject(state, project, field),
      ),
    items: (args: ConnectionArgs) =>
      toConnection(
        project.items,
        args,
        (item) => item.id,
        (item) => itemObject(state, project, item),
      ),
  };
}

/** The board of `owner` with `number`; FORBIDDEN for a token without access, NOT_FOUND for none. */
function findBoard(
  state: StandInState,
  kind: ProjectRecord['ownerKind'],
  owner: string,
  number: number,
): GqlObject {
  const store = projectsOf(state);
  if (store.denyAccess) throw noAccess();
  const project = store.projects.find(
    (candidate) =>
      candidate.ownerKind === kind && sameLogin(candidate.owner, owner) && candidate.number === number,
  );
  if (!project) throw notFound(`a ProjectV2 with the number ${number}`);
  return projectObject(state, project);
}

/** Root fields `organization(login)` and `user(login)`: owners of a seeded board, the repository's owner, known users. */
export function projectQueryRoots(state: StandInState): GqlObject {
  const owns = (kind: ProjectRecord['ownerKind'], login: string): boolean =>
    projectsOf(state).projects.some(
      (project) => project.ownerKind === kind && sameLogin(project.owner, login),
    );
  return {
    organization: ({ login }: { login: string }) => {
      if (!owns('organization', login) && !sameLogin(state.repo.owner, login))
        throw notFound(`an Organization with the login of '${login}'`);
      return {
        __typename: 'Organization',
        login,
        projectV2: ({ number }: { number: number }) => findBoard(state, 'organization', login, number),
      };
    },
    user: ({ login }: { login: string }) => {
      if (!owns('user', login) && !state.users.has(login.toLowerCase()))
        throw notFound(`a User with the login of '${login}'`);
      return {
        ...actorObject(state, login),
        projectV2: ({ number }: { number: number }) => findBoard(state, 'user', login, number),
      };
    },
  };
}

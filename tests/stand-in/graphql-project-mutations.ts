/**
 * The Projects (v2) mutations Tandem uses, with GitHub's checks: the board, item, field and option
 * must exist, a value must fit its field's type, a field name is unique on its board.
 */
import { GitHubGraphQLError } from './graphql-connection.js';
import { type GqlObject, notFound } from './graphql-objects.js';
import { fieldObject, itemObject, noAccess } from './graphql-projects.js';
import type { ResolverContext } from './graphql-resolvers.js';
import {
  addProjectField,
  addProjectItem,
  optionId,
  type ProjectFieldType,
  type ProjectRecord,
  projectsOf,
} from './projects-state.js';
import { stampWrite } from './state.js';

interface OptionInput {
  readonly name: string;
  readonly color: string;
  readonly description: string;
}

interface ValueInput {
  readonly text?: string | null;
  readonly number?: number | null;
  readonly date?: string | null;
  readonly singleSelectOptionId?: string | null;
  readonly iterationId?: string | null;
}

const missingNode = (id: string): GitHubGraphQLError => notFound(`a node with the global id of '${id}'`);
const unprocessable = (message: string): GitHubGraphQLError =>
  new GitHubGraphQLError('UNPROCESSABLE', message);

/** Each mutation takes `{ input }`; a token without write or board access is refused first. */
export function projectMutations(ctx: ResolverContext): GqlObject {
  const { state } = ctx;
  const store = projectsOf(state);
  const mutation =
    <I>(mutate: (input: I) => GqlObject) =>
    ({ input }: { input: I }) => {
      if (ctx.isReadOnly || store.denyAccess) throw noAccess();
      return mutate(input);
    };
  const project = (id: string): ProjectRecord => {
    const found = store.projects.find((candidate) => candidate.node_id === id);
    if (!found) throw missingNode(id);
    return found;
  };
  const fieldOf = (board: ProjectRecord, id: string) => {
    const field = board.fields.find((candidate) => candidate.node_id === id);
    if (!field) throw missingNode(id);
    return field;
  };
  const itemOf = (board: ProjectRecord, id: string) => {
    const item = board.items.find((candidate) => candidate.node_id === id);
    if (!item) throw missingNode(id);
    return item;
  };
  const boardOfField = (id: string): ProjectRecord => {
    const board = store.projects.find((candidate) => candidate.fields.some((field) => field.node_id === id));
    if (!board) throw missingNode(id);
    return board;
  };
  return {
    addProjectV2ItemById: mutation((input: { projectId: string; contentId: string }) => {
      const board = project(input.projectId);
      const issue = state.issues.find((candidate) => candidate.node_id === input.contentId);
      if (!issue) throw missingNode(input.contentId);
      const item =
        board.items.find((candidate) => candidate.issueNumber === issue.number) ??
        addProjectItem(state, board, issue.number);
      return { clientMutationId: null, item: itemObject(state, board, item) };
    }),
    createProjectV2Field: mutation(
      (input: {
        projectId: string;
        name: string;
        dataType: string;
        singleSelectOptions?: OptionInput[] | null;
      }) => {
        const board = project(input.projectId);
        const dataType = input.dataType.toUpperCase().replace(' ', '_') as ProjectFieldType;
        if (!['TEXT', 'NUMBER', 'DATE', 'SINGLE_SELECT'].includes(dataType))
          throw unprocessable(`The stand-in does not create ${input.dataType} fields`);
        if (board.fields.some((field) => field.name.toLowerCase() === input.name.toLowerCase()))
          throw unprocessable('Name has already been taken');
        const options = input.singleSelectOptions ?? [];
        if (dataType === 'SINGLE_SELECT' && options.length === 0)
          throw unprocessable('Single select fields need at least one option');
        const field = addProjectField(
          state,
          board,
          { name: input.name, dataType, options: options.map((option) => option.name) },
          options.map((option) => option.color),
        );
        return { clientMutationId: null, projectV2Field: fieldObject(state, board, field) };
      },
    ),
    // Options are replaced by the list given; an option whose name stays keeps its id (and its values).
    updateProjectV2Field: mutation(
      (input: { fieldId: string; name?: string | null; singleSelectOptions?: OptionInput[] | null }) => {
        const board = boardOfField(input.fieldId);
        const field = fieldOf(board, input.fieldId);
        if (input.name) field.name = input.name;
        if (input.singleSelectOptions?.length) {
          field.options = input.singleSelectOptions.map((option) => ({
            id: field.options.find((own) => own.name === option.name)?.id ?? optionId(state),
            ...option,
          }));
          for (const item of board.items) {
            const value = item.values.get(field.node_id);
            if (value !== undefined && !field.options.some((option) => option.id === value))
              item.values.delete(field.node_id);
          }
        }
        field.updated_at = stampWrite(state);
        return { clientMutationId: null, projectV2Field: fieldObject(state, board, field) };
      },
    ),
    updateProjectV2ItemFieldValue: mutation(
      (input: { projectId: string; itemId: string; fieldId: string; value: ValueInput }) => {
        const board = project(input.projectId);
        const item = itemOf(board, input.itemId);
        const field = fieldOf(board, input.fieldId);
        const given = Object.entries(input.value).filter(
          ([, value]) => value !== null && value !== undefined,
        );
        const expected = {
          TEXT: 'text',
          NUMBER: 'number',
          DATE: 'date',
          SINGLE_SELECT: 'singleSelectOptionId',
        }[field.dataType as string];
        if (!expected || given.length !== 1 || given[0]![0] !== expected)
          throw unprocessable(`The value does not fit the field "${field.name}" (${field.dataType})`);
        const value = given[0]![1] as string | number;
        if (field.dataType === 'SINGLE_SELECT' && !field.options.some((option) => option.id === value))
          throw unprocessable(`The single select option Id does not belong to the field`);
        if (field.dataType === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(String(value)))
          throw unprocessable(`"${value}" is not a date`);
        item.values.set(field.node_id, value);
        item.updated_at = stampWrite(state);
        return { clientMutationId: null, projectV2Item: itemObject(state, board, item) };
      },
    ),
    clearProjectV2ItemFieldValue: mutation(
      (input: { projectId: string; itemId: string; fieldId: string }) => {
        const board = project(input.projectId);
        const item = itemOf(board, input.itemId);
        const field = fieldOf(board, input.fieldId);
        item.values.delete(field.node_id);
        item.updated_at = stampWrite(state);
        return { clientMutationId: null, projectV2Item: itemObject(state, board, item) };
      },
    ),
  };
}

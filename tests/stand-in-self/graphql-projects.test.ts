import type { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectsOf, type StandIn, startStandIn } from '../stand-in/index.js';
import { makeOctokit } from './clients.js';

let standIn: StandIn;
let octokit: Octokit;

beforeEach(async () => {
  standIn = await startStandIn();
  standIn.seed({
    issues: Array.from({ length: 150 }, (_, index) => ({ title: `Issue ${index + 1}` })),
    projects: [
      { owner: 'acme', number: 7, items: Array.from({ length: 150 }, (_, index) => index + 1) },
      { owner: 'lea-schmidt', ownerKind: 'user', number: 2, withoutStatus: true },
    ],
  });
  octokit = makeOctokit(standIn);
});

afterEach(async () => {
  await standIn.close();
  expect(standIn.violations).toEqual([]);
});

async function graphqlErrors(query: string, variables: Record<string, unknown> = {}) {
  try {
    await octokit.graphql(query, variables);
  } catch (error) {
    return (error as { errors: { type?: string; message: string }[] }).errors;
  }
  throw new Error('expected GraphQL errors');
}

const ITEMS = `query Items($after: String) { organization(login: "acme") { projectV2(number: 7) {
  id fields(first: 100) { nodes { ... on ProjectV2FieldCommon { id name dataType } ... on ProjectV2SingleSelectField { options { id name } } } }
  items(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id
    content { ... on Issue { number } }
    fieldValues(first: 20) { nodes { ... on ProjectV2ItemFieldTextValue { text field { ... on ProjectV2FieldCommon { name } } }
      ... on ProjectV2ItemFieldSingleSelectValue { name optionId } ... on ProjectV2ItemFieldNumberValue { number } } } } } } } }`;

const SET = `mutation Set($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }) { projectV2Item { id } } }`;

const CREATE = `mutation Create($projectId: ID!, $name: String!, $dataType: ProjectV2CustomFieldType!) {
  createProjectV2Field(input: { projectId: $projectId, name: $name, dataType: $dataType }) { projectV2Field { ... on ProjectV2Field { id } } } }`;

interface ItemsPage {
  organization: {
    projectV2: {
      id: string;
      fields: {
        nodes: { id: string; name: string; dataType: string; options?: { id: string; name: string }[] }[];
      };
      items: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: {
          id: string;
          content: { number: number };
          fieldValues: { nodes: Record<string, unknown>[] };
        }[];
      };
    };
  };
}

describe('the stand-in’s Projects (v2)', () => {
  it('pages a board’s items 100 at a time, with GitHub’s own fields and the Title value', async () => {
    const first = await octokit.graphql<ItemsPage>(ITEMS, { after: null });
    const board = first.organization.projectV2;
    expect(board.fields.nodes.map((field) => [field.name, field.dataType])).toEqual([
      ['Title', 'TITLE'],
      ['Assignees', 'ASSIGNEES'],
      ['Status', 'SINGLE_SELECT'],
    ]);
    expect(board.items.nodes).toHaveLength(100);
    expect(board.items.nodes[0]!.fieldValues.nodes).toEqual([{ text: 'Issue 1', field: { name: 'Title' } }]);
    const second = await octokit.graphql<ItemsPage>(ITEMS, { after: board.items.pageInfo.endCursor });
    expect(second.organization.projectV2.items.nodes.map((item) => item.content.number).at(-1)).toBe(150);
    expect(second.organization.projectV2.items.pageInfo.hasNextPage).toBe(false);
  });

  it('sets a single select by option id and refuses a value that does not fit the field', async () => {
    const board = (await octokit.graphql<ItemsPage>(ITEMS, { after: null })).organization.projectV2;
    const status = board.fields.nodes.find((field) => field.name === 'Status')!;
    const itemId = board.items.nodes[0]!.id;
    const base = { projectId: board.id, itemId, fieldId: status.id };
    await octokit.graphql(SET, { ...base, value: { singleSelectOptionId: status.options![2]!.id } });
    const item = projectsOf(standIn.state).projects[0]!.items[0]!;
    expect(item.values.get(status.id)).toBe(status.options![2]!.id);
    expect(await graphqlErrors(SET, { ...base, value: { text: 'Done' } })).toMatchObject([
      { type: 'UNPROCESSABLE' },
    ]);
    expect(await graphqlErrors(SET, { ...base, value: { singleSelectOptionId: 'nope' } })).toMatchObject([
      { type: 'UNPROCESSABLE' },
    ]);
    expect(
      await graphqlErrors(CREATE, { projectId: board.id, name: 'status', dataType: 'TEXT' }),
    ).toMatchObject([{ type: 'UNPROCESSABLE', message: 'Name has already been taken' }]);
  });

  it('answers NOT_FOUND for a board that does not exist and FORBIDDEN for a token without access', async () => {
    expect(
      await graphqlErrors('{ user(login: "lea-schmidt") { projectV2(number: 3) { id } } }'),
    ).toMatchObject([{ type: 'NOT_FOUND', message: 'Could not resolve to a ProjectV2 with the number 3.' }]);
    expect(
      await graphqlErrors('{ organization(login: "nobody") { projectV2(number: 1) { id } } }'),
    ).toMatchObject([{ type: 'NOT_FOUND' }]);
    standIn.seed({ denyBoardAccess: true });
    expect(
      await graphqlErrors('{ user(login: "lea-schmidt") { projectV2(number: 2) { id } } }'),
    ).toMatchObject([{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }]);
  });
});

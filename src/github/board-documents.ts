/** The GraphQL documents of the program board (Projects v2), held to GitHub's schema by the stand-in. */

const FIELD_FRAGMENT = /* GraphQL */ `
  fragment BoardFieldParts on ProjectV2FieldConfiguration {
    ... on ProjectV2FieldCommon {
      id
      name
      dataType
    }
    ... on ProjectV2SingleSelectField {
      options {
        id
        name
        color
        description
      }
    }
  }
`;

const FIELD_ID = /* GraphQL */ `
  field {
    ... on ProjectV2FieldCommon {
      id
    }
  }
`;

/** One page of 100 items with their values; the first page also brings the board's id and fields. */
export const BOARD_PAGE_QUERY = /* GraphQL */ `
  query BoardPage($login: String!, $number: Int!, $isOrganization: Boolean!, $after: String, $withFields: Boolean!) {
    organization(login: $login) @include(if: $isOrganization) {
      projectV2(number: $number) {
        ...BoardPage
      }
    }
    user(login: $login) @skip(if: $isOrganization) {
      projectV2(number: $number) {
        ...BoardPage
      }
    }
  }
  fragment BoardPage on ProjectV2 {
    id
    fields(first: 100) @include(if: $withFields) {
      nodes {
        ...BoardFieldParts
      }
    }
    items(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        content {
          __typename
          ... on Issue {
            number
            repository {
              nameWithOwner
            }
          }
        }
        fieldValues(first: 100) {
          nodes {
            __typename
            ... on ProjectV2ItemFieldTextValue {
              text
              ${FIELD_ID}
            }
            ... on ProjectV2ItemFieldNumberValue {
              number
              ${FIELD_ID}
            }
            ... on ProjectV2ItemFieldDateValue {
              date
              ${FIELD_ID}
            }
            ... on ProjectV2ItemFieldSingleSelectValue {
              optionId
              ${FIELD_ID}
            }
          }
        }
      }
    }
  }
  ${FIELD_FRAGMENT}
`;

export const ADD_ITEM_MUTATION = /* GraphQL */ `
  mutation AddBoardItem($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`;

export const CREATE_FIELD_MUTATION = /* GraphQL */ `
  mutation CreateBoardField(
    $projectId: ID!
    $name: String!
    $dataType: ProjectV2CustomFieldType!
    $options: [ProjectV2SingleSelectFieldOptionInput!]
  ) {
    createProjectV2Field(
      input: { projectId: $projectId, name: $name, dataType: $dataType, singleSelectOptions: $options }
    ) {
      projectV2Field {
        ...BoardFieldParts
      }
    }
  }
  ${FIELD_FRAGMENT}
`;

export const UPDATE_FIELD_OPTIONS_MUTATION = /* GraphQL */ `
  mutation UpdateBoardFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]!) {
    updateProjectV2Field(input: { fieldId: $fieldId, singleSelectOptions: $options }) {
      projectV2Field {
        ...BoardFieldParts
      }
    }
  }
  ${FIELD_FRAGMENT}
`;

/** The set and clear mutations of one item's changed fields, in one request (aliases `w0`, `w1`, …). */
export function itemWritesMutation(writes: readonly { readonly isClear: boolean }[]): string {
  const variables = writes.map((write, index) =>
    write.isClear ? `$f${index}: ID!` : `$f${index}: ID!, $v${index}: ProjectV2FieldValue!`,
  );
  const fields = writes.map((write, index) =>
    write.isClear
      ? `w${index}: clearProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $f${index} }) { clientMutationId }`
      : `w${index}: updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $f${index}, value: $v${index} }) { clientMutationId }`,
  );
  return `mutation WriteBoardItem($projectId: ID!, $itemId: ID!, ${variables.join(', ')}) {\n  ${fields.join('\n  ')}\n}`;
}

/** The node ids of up to 100 issues by number (aliases `i<number>`). */
export function issueIdsQuery(numbers: readonly number[]): string {
  const fields = numbers.map((number) => `i${number}: issue(number: ${number}) { id }`);
  return `query BoardIssueIds($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n    ${fields.join('\n    ')}\n  }\n}`;
}

import type { BoardFieldSpec } from '../core/board/board-fields.js';
import type { BoardAddress } from '../core/board/board-url.js';
import type { BoardValue } from '../core/board/desired-board-items.js';
import type { BoardField, BoardFieldValue, BoardItem, BoardState } from '../core/board/plan-board.js';
import {
  ADD_ITEM_MUTATION,
  BOARD_PAGE_QUERY,
  CREATE_FIELD_MUTATION,
  issueIdsQuery,
  itemWritesMutation,
  UPDATE_FIELD_OPTIONS_MUTATION,
} from './board-documents.js';
import type { GitHubClient } from './create-github-client.js';
import { queryGraphQL } from './discussions-api.js';
import type { RepoRef } from './issue-snapshot.js';

interface RawOption {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly description: string;
}
interface RawField {
  readonly id?: string;
  readonly name?: string;
  readonly dataType?: string;
  readonly options?: readonly RawOption[];
}
interface RawValue {
  readonly text?: string | null;
  readonly number?: number | null;
  readonly date?: string | null;
  readonly optionId?: string | null;
  readonly field?: { readonly id?: string };
}
interface RawItem {
  readonly id: string;
  readonly content: {
    readonly __typename: string;
    readonly number?: number;
    readonly repository?: { readonly nameWithOwner: string };
  } | null;
  readonly fieldValues: { readonly nodes: readonly (RawValue | null)[] };
}
interface RawBoard {
  readonly id: string;
  readonly fields?: { readonly nodes: readonly (RawField | null)[] };
  readonly items: {
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
    readonly nodes: readonly (RawItem | null)[];
  };
}
type BoardOwner = { readonly projectV2: RawBoard | null } | null | undefined;

/** A board field with the colours and descriptions of its options, which an update must send back. */
export interface ReadBoardField extends BoardField {
  readonly optionDetails?: readonly RawOption[];
}

export interface ReadBoard extends BoardState {
  readonly projectId: string;
  readonly fields: readonly ReadBoardField[];
}

/** The board the address names does not exist, or the token cannot see it (GitHub answers alike). */
export class BoardNotFoundError extends Error {
  override readonly name = 'BoardNotFoundError';
}

/** Option colours in order of the statuses: not started, on track, behind, finished, closed. */
const OPTION_COLOURS = ['GRAY', 'GREEN', 'RED', 'BLUE', 'PURPLE'] as const;

/** The GraphQL calls of the program board (Projects v2 has no REST API); reads in pages of 100. */
export class ProjectsApi {
  constructor(
    private readonly client: GitHubClient,
    private readonly graphqlUrl: string,
  ) {}

  /** The board's id, fields and the items that are issues of `repo`, in ⌈items / 100⌉ requests. */
  async readBoard(address: BoardAddress, repo: RepoRef): Promise<ReadBoard> {
    const repoName = `${repo.owner}/${repo.repo}`.toLowerCase();
    const items: BoardItem[] = [];
    let fields: ReadBoardField[] | undefined;
    let projectId = '';
    let after: string | null = null;
    for (;;) {
      const data: { organization?: BoardOwner; user?: BoardOwner } = await this.request(BOARD_PAGE_QUERY, {
        login: address.login,
        number: address.number,
        isOrganization: address.ownerKind === 'organization',
        after,
        withFields: fields === undefined,
      });
      const board = (address.ownerKind === 'organization' ? data.organization : data.user)?.projectV2;
      if (!board) throw new BoardNotFoundError(`no board at ${address.url}`);
      projectId = board.id;
      fields ??= (board.fields?.nodes ?? []).flatMap(toField);
      for (const node of board.items.nodes) {
        const content = node?.content;
        if (!node || content?.__typename !== 'Issue' || content.number === undefined) continue;
        if (content.repository?.nameWithOwner.toLowerCase() !== repoName) continue;
        items.push({ id: node.id, issueNumber: content.number, values: toValues(node.fieldValues.nodes) });
      }
      if (!board.items.pageInfo.hasNextPage || !board.items.pageInfo.endCursor) break;
      after = board.items.pageInfo.endCursor;
    }
    return { projectId, fields: fields ?? [], items };
  }

  /** Adds an issue (by node id) and returns its item; an issue already there returns its item. */
  async addItem(projectId: string, contentId: string): Promise<string> {
    const data = await this.request<{ addProjectV2ItemById: { item: { id: string } | null } }>(
      ADD_ITEM_MUTATION,
      { projectId, contentId },
    );
    const item = data.addProjectV2ItemById.item;
    if (!item) throw new Error(`GitHub added no item for ${contentId}`);
    return item.id;
  }

  async createField(projectId: string, spec: BoardFieldSpec): Promise<ReadBoardField> {
    const options = spec.options?.map((name, index) => ({
      name,
      color: OPTION_COLOURS[index % OPTION_COLOURS.length],
      description: '',
    }));
    const data = await this.request<{ createProjectV2Field: { projectV2Field: RawField | null } }>(
      CREATE_FIELD_MUTATION,
      { projectId, name: spec.name, dataType: spec.type, options: options ?? null },
    );
    const [field] = toField(data.createProjectV2Field.projectV2Field);
    if (!field) throw new Error(`GitHub created no field "${spec.name}"`);
    return field;
  }

  /** Adds options to a single select; its own options are sent back as they are, first. */
  async addFieldOptions(field: ReadBoardField, missing: readonly string[]): Promise<ReadBoardField> {
    const kept = (field.optionDetails ?? []).map(({ name, color, description }) => ({
      name,
      color,
      description,
    }));
    const added = missing.map((name) => ({ name, color: 'GRAY', description: '' }));
    const data = await this.request<{ updateProjectV2Field: { projectV2Field: RawField | null } }>(
      UPDATE_FIELD_OPTIONS_MUTATION,
      { fieldId: field.id, options: [...kept, ...added] },
    );
    const [updated] = toField(data.updateProjectV2Field.projectV2Field);
    if (!updated) throw new Error(`GitHub returned no field for "${field.name}"`);
    return updated;
  }

  /** One item's changed fields in one request: a value sets the field, undefined clears it. */
  async writeItem(
    projectId: string,
    itemId: string,
    writes: readonly { readonly fieldId: string; readonly value?: BoardFieldValue }[],
  ): Promise<void> {
    const variables: Record<string, unknown> = { projectId, itemId };
    writes.forEach((write, index) => {
      variables[`f${index}`] = write.fieldId;
      if (write.value) variables[`v${index}`] = write.value;
    });
    const query = itemWritesMutation(writes.map((write) => ({ isClear: write.value === undefined })));
    await this.request(query, variables);
  }

  /** Node ids of issues by number, 100 per request; an issue that does not exist is left out. */
  async readIssueIds(repo: RepoRef, numbers: readonly number[]): Promise<Map<number, string>> {
    const ids = new Map<number, string>();
    for (let start = 0; start < numbers.length; start += 100) {
      const batch = numbers.slice(start, start + 100);
      const data = await this.request<{ repository: Record<string, { id: string } | null> | null }>(
        issueIdsQuery(batch),
        { owner: repo.owner, name: repo.repo },
      );
      for (const number of batch) {
        const issue = data.repository?.[`i${number}`];
        if (issue) ids.set(number, issue.id);
      }
    }
    return ids;
  }

  private request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return queryGraphQL<T>(this.client, this.graphqlUrl, query, variables);
  }
}

function toField(raw: RawField | null): ReadBoardField[] {
  if (!raw?.id || raw.name === undefined || raw.dataType === undefined) return [];
  return [
    {
      id: raw.id,
      name: raw.name,
      dataType: raw.dataType,
      ...(raw.options && {
        options: raw.options.map(({ id, name }) => ({ id, name })),
        optionDetails: raw.options,
      }),
    },
  ];
}

function toValues(nodes: readonly (RawValue | null)[]): Map<string, BoardValue> {
  const values = new Map<string, BoardValue>();
  for (const node of nodes) {
    const fieldId = node?.field?.id;
    if (!node || !fieldId) continue;
    const value = node.text ?? node.number ?? node.date ?? node.optionId;
    if (value !== undefined && value !== null) values.set(fieldId, value);
  }
  return values;
}

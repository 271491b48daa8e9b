import type { BoardFieldKey, BoardFieldSpec } from './board-fields.js';
import type { BoardValue, DesiredBoardItem } from './desired-board-items.js';

/** A field of the board as GitHub shows it (`dataType` as in `ProjectV2FieldType`). */
export interface BoardField {
  readonly id: string;
  readonly name: string;
  readonly dataType: string;
  readonly options?: readonly { readonly id: string; readonly name: string }[];
}

/** An item whose content is an issue of the repository; values by field id (a single select's: option id). */
export interface BoardItem {
  readonly id: string;
  readonly issueNumber: number;
  readonly values: ReadonlyMap<string, BoardValue>;
}

export interface BoardState {
  readonly fields: readonly BoardField[];
  readonly items: readonly BoardItem[];
}

export interface BoardFieldPlan {
  /** Fields missing from the board, to be created. */
  readonly create: readonly BoardFieldSpec[];
  /** Single selects that lack some options: every option they have, then the missing ones. */
  readonly addOptions: readonly { readonly field: BoardField; readonly missing: readonly string[] }[];
  /** A field of that name with another type: left alone, and its values are not written. */
  readonly mismatched: readonly { readonly spec: BoardFieldSpec; readonly field: BoardField }[];
}

/** The value GitHub's `updateProjectV2ItemFieldValue` takes (`ProjectV2FieldValue`). */
export type BoardFieldValue =
  | { readonly text: string }
  | { readonly number: number }
  | { readonly date: string }
  | { readonly singleSelectOptionId: string };

export interface BoardWrite {
  readonly itemId: string;
  readonly issueNumber: number;
  readonly fieldId: string;
  readonly key: BoardFieldKey;
  /** Undefined: clear the field. */
  readonly value?: BoardFieldValue;
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function findField(fields: readonly BoardField[], name: string): BoardField | undefined {
  return fields.find((field) => sameName(field.name, name));
}

/** Which of Tandem's fields the board lacks, which lack options, and which have another type. */
export function planBoardFields(
  specs: readonly BoardFieldSpec[],
  fields: readonly BoardField[],
): BoardFieldPlan {
  const create: BoardFieldSpec[] = [];
  const addOptions: { field: BoardField; missing: string[] }[] = [];
  const mismatched: { spec: BoardFieldSpec; field: BoardField }[] = [];
  for (const spec of specs) {
    const field = findField(fields, spec.name);
    if (!field) create.push(spec);
    else if (field.dataType !== spec.type) mismatched.push({ spec, field });
    else {
      const missing = (spec.options ?? []).filter(
        (option) => !field.options?.some((own) => sameName(own.name, option)),
      );
      if (missing.length) addOptions.push({ field, missing });
    }
  }
  return { create, addOptions, mismatched };
}

/**
 * The writes that make each item show its desired values: only fields whose value differs, and only
 * on items already on the board (`missing` lists the issues that are not). Fields the board lacks,
 * or has with another type, are skipped.
 */
export function planBoardValues(
  specs: readonly BoardFieldSpec[],
  board: BoardState,
  desired: readonly DesiredBoardItem[],
): { readonly writes: readonly BoardWrite[]; readonly missing: readonly number[] } {
  const itemsByIssue = new Map(board.items.map((item) => [item.issueNumber, item]));
  const fields = new Map<BoardFieldKey, { spec: BoardFieldSpec; field: BoardField }>();
  for (const spec of specs) {
    const field = findField(board.fields, spec.name);
    if (field && field.dataType === spec.type) fields.set(spec.key, { spec, field });
  }
  const writes: BoardWrite[] = [];
  const missing: number[] = [];
  for (const wanted of desired) {
    const item = itemsByIssue.get(wanted.issueNumber);
    if (!item) {
      missing.push(wanted.issueNumber);
      continue;
    }
    for (const key of wanted.managed) {
      const target = fields.get(key);
      if (!target) continue;
      const value = toFieldValue(target.spec, target.field, wanted.values[key]);
      if (value === null) continue;
      const current = item.values.get(target.field.id);
      const base = { itemId: item.id, issueNumber: item.issueNumber, fieldId: target.field.id, key };
      if (value === undefined) {
        if (current !== undefined) writes.push(base);
      } else if (current !== Object.values(value)[0]) {
        writes.push({ ...base, value });
      }
    }
  }
  return { writes, missing };
}

/** Undefined: the field should be empty; null: the value cannot be written (no such option). */
function toFieldValue(
  spec: BoardFieldSpec,
  field: BoardField,
  value: BoardValue | undefined,
): BoardFieldValue | undefined | null {
  if (value === undefined) return undefined;
  switch (spec.type) {
    case 'SINGLE_SELECT': {
      const option = field.options?.find((candidate) => sameName(candidate.name, String(value)));
      return option ? { singleSelectOptionId: option.id } : null;
    }
    case 'NUMBER':
      return { number: Number(value) };
    case 'DATE':
      return { date: String(value) };
    case 'TEXT':
      return { text: String(value) };
  }
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const schemaFile = path.resolve(
  import.meta.dirname,
  '../fixtures/issue-forms/github-issue-forms.schema.json',
);
// strict off: the schema's oneOf branches name `properties` without repeating `type: object`.
const validateSchema = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(schemaFile, 'utf8')),
);

interface FormElement {
  type: string;
  id?: string;
  attributes: { label?: string; options?: (string | { label: string })[] };
}

/** Rails' `parameterize`, as GitHub makes a field's reference from its label: `Name???` → `name`. */
function parameterize(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\-_]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Every problem GitHub's documentation says an issue form can have: its schema, then what a schema
 * cannot say (unique ids, unique labels across fields and checkbox options, labels that parameterize
 * alike). The form is read as YAML 1.1, as GitHub reads it (`yes`, `on` are booleans there).
 */
export function issueFormProblems(source: string): string[] {
  const form = parse(source, { version: '1.1' }) as unknown;
  if (!validateSchema(form)) {
    return (validateSchema.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
  }
  const body = (form as { body: FormElement[] }).body;
  const problems: string[] = [];
  const ids = body.flatMap((element) => (element.id === undefined ? [] : [element.id]));
  if (new Set(ids).size !== ids.length) problems.push(`body must have unique ids: ${ids.join(', ')}`);
  const inputs = body.filter((element) => element.type !== 'markdown');
  const labels = inputs.map((element) => element.attributes.label!);
  const optionLabels = inputs
    .filter((element) => element.type === 'checkboxes')
    .flatMap((element) => element.attributes.options!.map((option) => (option as { label: string }).label));
  const all = [...labels, ...optionLabels];
  if (new Set(all).size !== all.length) problems.push(`labels must be unique: ${all.join(' | ')}`);
  const references = inputs
    .filter((element) => element.id === undefined)
    .map((e) => parameterize(e.attributes.label!));
  const taken = [...ids, ...references];
  if (new Set(taken).size !== taken.length) problems.push(`labels are too similar: ${taken.join(', ')}`);
  return problems;
}

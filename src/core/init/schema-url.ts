import { RELEASE_TAG, TANDEM_REPOSITORY } from '../render/release-tag.js';

export type SchemaName = 'program' | 'pool';

/**
 * Where a user's repository finds Tandem's schemas: the file at the released tag, the same tag its
 * workflows run, so that the editor explains exactly the keys its Action accepts and never goes stale
 * (a copy in their repository would).
 */
export function schemaUrl(name: SchemaName): string {
  return `https://raw.githubusercontent.com/${TANDEM_REPOSITORY}/${RELEASE_TAG}/schema/${name}.schema.json`;
}

/** The first line of a YAML file that points the YAML language server at its schema. */
export function schemaModeline(name: SchemaName): string {
  return `yaml-language-server: $schema=${schemaUrl(name)}`;
}

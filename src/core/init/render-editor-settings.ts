import { applyEdits, modify, type ParseError, parse } from 'jsonc-parser';
import { type SchemaName, schemaUrl } from './schema-url.js';

export const EDITOR_SETTINGS_PATH = '.vscode/settings.json';

/** Which files each schema explains, for the YAML language server (`yaml.schemas`). */
const SCHEMA_GLOBS: Record<SchemaName, readonly string[]> = {
  program: ['programs/*.yml', 'programs/*.yaml'],
  pool: ['pools/*.yml', 'pools/*.yaml'],
};

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** A fresh .vscode/settings.json with the two mappings. */
export function renderEditorSettings(): string {
  return mergeEditorSettings('{}\n')!;
}

/**
 * Adds the two `yaml.schemas` mappings to an existing settings file (JSON with comments, as VS Code
 * writes it), keeping every other setting, comment and glob as it is. Undefined when the file is not
 * readable as JSON: then it is left alone.
 */
export function mergeEditorSettings(existing: string): string | undefined {
  const errors: ParseError[] = [];
  const settings: unknown = parse(existing, errors, { allowTrailingComma: true });
  if (errors.length > 0 || settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
    return undefined;
  }
  const schemas = (settings as Record<string, unknown>)['yaml.schemas'];
  if (schemas !== undefined && (schemas === null || typeof schemas !== 'object' || Array.isArray(schemas))) {
    return undefined;
  }
  let text = existing;
  for (const name of Object.keys(SCHEMA_GLOBS) as SchemaName[]) {
    const url = schemaUrl(name);
    const current = (schemas as Record<string, unknown> | undefined)?.[url];
    const globs = [...(Array.isArray(current) ? current : typeof current === 'string' ? [current] : [])];
    const missing = SCHEMA_GLOBS[name].filter((glob) => !globs.includes(glob));
    if (missing.length === 0) continue;
    text = applyEdits(text, modify(text, ['yaml.schemas', url], [...globs, ...missing], FORMAT));
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}

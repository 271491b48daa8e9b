import type { CodeOptions, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** Editor-facing message keywords (the YAML language server shows them); ajv only needs to know them. */
const MESSAGE_KEYWORDS = ['errorMessage', 'patternErrorMessage'] as const;
/** Tandem's own: the message for a key that `additionalProperties: false` forbids on purpose. */
const KEY_MESSAGES_KEYWORD = 'keyErrorMessages';

/**
 * The ajv instance every Tandem schema is checked with: all errors, with the schema and data that
 * `schemaDiagnostics` needs. scripts/build-validators.mjs generates the committed validators with it.
 */
export function createSchemaAjv(code?: CodeOptions): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strictTypes: false, ...(code ? { code } : {}) });
  // ajv-formats is CommonJS; under NodeNext its function is the `default` property.
  addFormatsModule.default(ajv, ['date']);
  for (const keyword of MESSAGE_KEYWORDS) ajv.addKeyword({ keyword, schemaType: 'string' });
  ajv.addKeyword({ keyword: KEY_MESSAGES_KEYWORD, schemaType: 'object' });
  return ajv;
}

/** A validator compiled at run time (tests, ad-hoc schemas); the program and pool schemas are precompiled. */
export function compileSchema(schema: object): ValidateFunction {
  return createSchemaAjv().compile(schema);
}

import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** Editor-facing message keywords (the YAML language server shows them); ajv only needs to know them. */
const MESSAGE_KEYWORDS = ['errorMessage', 'patternErrorMessage'] as const;

/** A validator for a Tandem schema: all errors, with the schema and data that `schemaDiagnostics` needs. */
export function compileSchema(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strictTypes: false });
  // ajv-formats is CommonJS; under NodeNext its function is the `default` property.
  addFormatsModule.default(ajv, ['date']);
  for (const keyword of MESSAGE_KEYWORDS) ajv.addKeyword({ keyword, schemaType: 'string' });
  return ajv.compile(schema);
}

import type { CodeOptions } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';

export declare const validators: { readonly schema: string; readonly outfile: string }[];
export declare const generatedDeclaration: string;
export declare function generateValidatorCode(
  createSchemaAjv: (code?: CodeOptions) => Ajv2020,
  schema: object,
  schemaFile: string,
  outfile: string,
): string;
export declare function writeValidators(): Promise<void>;

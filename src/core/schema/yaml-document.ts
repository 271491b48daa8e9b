/** Reading YAML files with exact source positions, for any Tandem file (programs, pools). */

export { type ParseYamlResult, parseYamlFile, type YamlSource } from '../yaml/parse-yaml-file.js';
export { type PositionedText, rangeOf, type YamlPath } from '../yaml/range-of.js';
export { compileSchema } from './compile-schema.js';
export { schemaDiagnostics } from './schema-diagnostics.js';

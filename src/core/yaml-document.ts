/** Reading YAML files with exact source positions, for any Tandem file (programs, pools). */

export { compileSchema } from './compile-schema.js';
export { type ParseYamlResult, parseYamlFile, type YamlSource } from './parse-yaml-file.js';
export { type PositionedText, rangeOf, type YamlPath } from './range-of.js';
export { schemaDiagnostics } from './schema-diagnostics.js';

import { load } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import { isPlainYaml } from './is-plain-yaml.js';
import { isRecord } from './is-record.js';
import { type ComposedYaml, composeYaml, type YamlSource } from './parse-yaml-file.js';
import { YAML_CORE_SCHEMA } from './yaml-core-schema.js';

/**
 * A mapping read by js-yaml, which is many times faster than the `yaml` package in a fresh process
 * (before the JIT has warmed up). Its `yaml` document, which positions need, is built on first use.
 */
export class PlainYamlSource implements YamlSource {
  #composed: ComposedYaml | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly data: Record<string, unknown>,
  ) {}

  get document(): Document.Parsed {
    return this.#compose().document;
  }

  get lineCounter(): LineCounter {
    return this.#compose().lineCounter;
  }

  /** The `yaml` document, if a position was asked for. */
  get composed(): ComposedYaml | undefined {
    return this.#composed;
  }

  #compose(): ComposedYaml {
    this.#composed ??= composeYaml(this.text);
    return this.#composed;
  }
}

/**
 * The text as a `PlainYamlSource`, when it keeps to the YAML on which js-yaml and the `yaml` package agree
 * (so its data is what `parseYamlText` would give) and is a mapping; undefined otherwise.
 */
export function readPlainYaml(file: string, text: string): PlainYamlSource | undefined {
  if (!isPlainYaml(text)) return undefined;
  let data: unknown;
  let hasWarning = false;
  try {
    data = load(text, {
      schema: YAML_CORE_SCHEMA,
      onWarning: () => {
        hasWarning = true;
      },
    });
  } catch {
    return undefined;
  }
  return isRecord(data) && !hasWarning ? new PlainYamlSource(file, text, data) : undefined;
}

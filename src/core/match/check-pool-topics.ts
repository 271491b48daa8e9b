import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { YamlSource } from '../schema/yaml-document.js';
import { diagnosticAt } from '../yaml/diagnostic-at.js';
import { isRecord } from '../yaml/is-record.js';

/** The topics a pool is checked against (`match --program`): the program's ids and its file. */
export interface ProgramTopics {
  readonly file: string;
  readonly ids: readonly string[];
}

/**
 * Every topic a pool names (what mentors offer, what mentees want, weights) must be a topic of the
 * program the tandems go into: an unknown one is an error at its place in the pool file, with a
 * suggestion. Values the schema rejects are left to the schema.
 */
export function checkPoolTopics(source: YamlSource, topics: ProgramTopics): Diagnostic[] {
  const data = isRecord(source.data) ? source.data : {};
  const known = new Set(topics.ids);
  const unknown = (topic: unknown): topic is string => typeof topic === 'string' && !known.has(topic);
  const message = (where: string, topic: string) =>
    `${where}: "${topic}" is not a topic of ${topics.file} (its topics: ${topics.ids.join(', ')})${didYouMean(topic, topics.ids)}`;
  const diagnostics: Diagnostic[] = [];
  for (const [role, key] of [
    ['mentors', 'offers'],
    ['mentees', 'wants'],
  ] as const) {
    listOf(data[role]).forEach((person, index) => {
      if (!isRecord(person)) return;
      listOf(person[key]).forEach((topic, position) => {
        if (!unknown(topic)) return;
        const where = `${role}[${index}].${key}[${position}]`;
        diagnostics.push(
          diagnosticAt(source, 'unknown-topic', message(where, topic), [role, index, key, position]),
        );
      });
    });
  }
  for (const topic of Object.keys(isRecord(data.weights) ? data.weights : {})) {
    if (!unknown(topic)) continue;
    diagnostics.push(
      diagnosticAt(source, 'unknown-topic', message(`weights.${topic}`, topic), ['weights', topic], {
        part: 'key',
      }),
    );
  }
  return diagnostics;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

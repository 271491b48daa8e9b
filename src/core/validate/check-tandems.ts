import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { definitionPattern } from '../schema/program-validator.js';
import { diagnosticAt } from '../yaml/diagnostic-at.js';
import { formatYamlPath } from '../yaml/format-yaml-path.js';
import { isRecord } from '../yaml/is-record.js';
import type { YamlSource } from '../yaml/parse-yaml-file.js';

/**
 * Who is paired with whom, and on what: unique topic and tandem ids, no self-mentoring, no pair twice,
 * topics that exist, and no one in more tandems than allowed. Values the schema rejects are skipped
 * here, so one mistake gives one message. GitHub logins are case-insensitive, and so are these checks.
 */
export function checkTandems(source: YamlSource): Diagnostic[] {
  const data = isRecord(source.data) ? source.data : {};
  const diagnostics: Diagnostic[] = [];
  const topicIds = checkTopicIds(source, data.topics, diagnostics);
  const tandems = Array.isArray(data.tandems) ? data.tandems : [];
  const limit = isPositiveInteger(data.max_tandems_per_person) ? data.max_tandems_per_person : 1;
  const ids = new Map<string, number>();
  const pairs = new Map<string, number>();
  const memberships = new Map<string, number[]>();

  tandems.forEach((tandem: unknown, index) => {
    if (!isRecord(tandem)) return;
    const at = (...path: (string | number)[]) => ['tandems', index, ...path];
    const label = formatYamlPath(at());
    const mentor = loginOf(tandem.mentor);
    const mentee = loginOf(tandem.mentee);
    const isSelf = mentor !== undefined && mentor.toLowerCase() === mentee?.toLowerCase();
    if (isSelf) {
      diagnostics.push(
        diagnosticAt(
          source,
          'self-mentoring',
          `${label}: ${mentee} cannot mentor themselves; mentor and mentee must be two people`,
          at('mentee'),
        ),
      );
    }

    let isRepeatedPair = false;
    if (mentor !== undefined && mentee !== undefined && !isSelf) {
      const pair = [mentor.toLowerCase(), mentee.toLowerCase()].sort().join(' ');
      const first = pairs.get(pair);
      isRepeatedPair = first !== undefined;
      if (first === undefined) pairs.set(pair, index);
      else {
        const message = `${label}: ${mentor} and ${mentee} are already a tandem (tandems[${first}]); list each pair once`;
        diagnostics.push(diagnosticAt(source, 'duplicate-pair', message, at(), { part: 'key' }));
      }
    }

    const explicitId =
      typeof tandem.id === 'string' && definitionPattern('tandemId').test(tandem.id) ? tandem.id : undefined;
    const id =
      explicitId ?? (mentor !== undefined && mentee !== undefined ? `${mentor}-${mentee}` : undefined);
    if (id !== undefined) {
      const first = ids.get(id.toLowerCase());
      if (first === undefined) ids.set(id.toLowerCase(), index);
      else if (explicitId !== undefined) {
        const message = `${label}.id: "${id}" is already the id of tandems[${first}]; tandem ids must be unique`;
        diagnostics.push(diagnosticAt(source, 'duplicate-tandem-id', message, at('id')));
      } else if (!isRepeatedPair) {
        const message = `${label}: its id "${id}" (mentor-mentee) is already the id of tandems[${first}]; give one of them an "id:"`;
        diagnostics.push(diagnosticAt(source, 'duplicate-tandem-id', message, at(), { part: 'key' }));
      }
    }

    if (topicIds !== undefined && Array.isArray(tandem.topics)) {
      tandem.topics.forEach((topic: unknown, position) => {
        if (typeof topic !== 'string' || topicIds.has(topic) || !definitionPattern('id').test(topic)) return;
        const hint =
          didYouMean(topic, topicIds) || (topicIds.size > 0 ? ` (topics: ${listShort([...topicIds])})` : '');
        const message = `${label}.topics[${position}]: unknown topic "${topic}"${hint}`;
        diagnostics.push(diagnosticAt(source, 'unknown-topic', message, at('topics', position)));
      });
    }

    // A repeated pair is already an error; counting it again would only add noise.
    for (const [role, login] of [
      ['mentor', mentor],
      ['mentee', isSelf ? undefined : mentee],
    ] as const) {
      if (login === undefined || isRepeatedPair) continue;
      const earlier = memberships.get(login.toLowerCase()) ?? [];
      if (earlier.length >= limit) {
        const where = listShort(earlier.map((other) => `tandems[${other}]`));
        const message =
          `${label}.${role}: ${login} is already in ${earlier.length} ${earlier.length === 1 ? 'tandem' : 'tandems'} (${where}); ` +
          `max_tandems_per_person is ${limit}`;
        diagnostics.push(
          diagnosticAt(source, 'too-many-tandems', message, at(role), { severity: 'warning' }),
        );
      }
      earlier.push(index);
      memberships.set(login.toLowerCase(), earlier);
    }
  });
  return diagnostics;
}

/** The topic ids (also badly written ones, so tandems naming them are not flagged twice), or undefined without a list. */
function checkTopicIds(
  source: YamlSource,
  topics: unknown,
  diagnostics: Diagnostic[],
): Set<string> | undefined {
  if (!Array.isArray(topics)) return undefined;
  const first = new Map<string, number>();
  topics.forEach((topic: unknown, index) => {
    const id = isRecord(topic) ? topic.id : undefined;
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else {
      const message = `topics[${index}].id: "${id}" is already the id of topics[${earlier}]; topic ids must be unique`;
      diagnostics.push(diagnosticAt(source, 'duplicate-topic-id', message, ['topics', index, 'id']));
    }
  });
  return new Set(first.keys());
}

function loginOf(value: unknown): string | undefined {
  return typeof value === 'string' && definitionPattern('login').test(value) ? value : undefined;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** The first few of a list, so that a message stays one readable line however long the program. */
function listShort(items: readonly string[], shown = 5): string {
  return items.length <= shown
    ? items.join(', ')
    : `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { YamlSource } from '../schema/yaml-document.js';
import { diagnosticAt } from '../yaml/diagnostic-at.js';
import { isRecord } from '../yaml/is-record.js';
import { isLogin, isTopicId } from './pool-validator.js';

type Role = 'mentors' | 'mentees';

/**
 * What the schema cannot say about a pool: a login listed twice or on both sides (errors), an `avoid`
 * pair naming someone not in the pool, a weight for a topic no mentor offers (warnings: harmless, but
 * probably a typo). Logins compare without case, as on GitHub; values the schema rejects are skipped.
 */
export function checkPoolMeaning(source: YamlSource): Diagnostic[] {
  const data = isRecord(source.data) ? source.data : {};
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, { role: Role; index: number; login: string }>();
  const offered = new Set<string>();

  for (const role of ['mentors', 'mentees'] as const) {
    listOf(data[role]).forEach((person, index) => {
      if (!isRecord(person)) return;
      if (role === 'mentors')
        for (const topic of listOf(person.offers)) if (isTopicId(topic)) offered.add(topic);
      if (!isLogin(person.login)) return;
      const first = seen.get(person.login.toLowerCase());
      if (!first) {
        seen.set(person.login.toLowerCase(), { role, index, login: person.login });
        return;
      }
      const where = `${first.role}[${first.index}]`;
      const [rule, message] =
        first.role === role
          ? ['duplicate-login', `${person.login} is already listed as ${where}; list each person once`]
          : [
              'mentor-and-mentee',
              `${person.login} is already a mentor (${where}); a person is either a mentor or a mentee`,
            ];
      diagnostics.push(
        diagnosticAt(source, rule, `${role}[${index}].login: ${message}`, [role, index, 'login']),
      );
    });
  }

  const logins = [...seen.values()].map((person) => person.login);
  listOf(data.avoid).forEach((pair, index) => {
    listOf(pair).forEach((login, position) => {
      if (!isLogin(login) || seen.has(login.toLowerCase())) return;
      const message = `avoid[${index}][${position}]: ${login} is neither a mentor nor a mentee in this pool, so this pair changes nothing${didYouMean(login, logins)}`;
      diagnostics.push(
        diagnosticAt(source, 'unknown-login', message, ['avoid', index, position], { severity: 'warning' }),
      );
    });
  });

  for (const topic of Object.keys(isRecord(data.weights) ? data.weights : {})) {
    if (!isTopicId(topic) || offered.has(topic)) continue;
    const message = `weights.${topic}: no mentor offers "${topic}", so its weight changes nothing${didYouMean(topic, offered)}`;
    diagnostics.push(
      diagnosticAt(source, 'unused-weight', message, ['weights', topic], {
        part: 'key',
        severity: 'warning',
      }),
    );
  }
  return diagnostics;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

import { isRecord } from '../yaml/is-record.js';
import type { Pool, PoolMentee, PoolMentor } from './pool.js';

/** Pool data that passed the schema, with every default applied. */
export function buildPool(data: unknown): Pool {
  const root = isRecord(data) ? data : {};
  const people = (value: unknown) => (Array.isArray(value) ? value.filter(isRecord) : []);
  const common = (person: Record<string, unknown>) => ({
    login: String(person.login),
    ...(typeof person.team === 'string' ? { team: person.team } : {}),
    ...(typeof person.reports_to === 'string' ? { reportsTo: person.reports_to } : {}),
    capacity: typeof person.capacity === 'number' ? person.capacity : 1,
  });
  const mentors: PoolMentor[] = people(root.mentors).map((m) => ({
    ...common(m),
    offers: strings(m.offers),
  }));
  const mentees: PoolMentee[] = people(root.mentees).map((e) => ({ ...common(e), wants: strings(e.wants) }));
  return {
    mentors,
    mentees,
    org: new Map(
      Object.entries(isRecord(root.org) ? root.org : {}).map(([login, boss]) => [login, String(boss)]),
    ),
    avoid: (Array.isArray(root.avoid) ? root.avoid : []).map((pair) => {
      const [a, b] = strings(pair);
      return [a ?? '', b ?? ''] as const;
    }),
    weights: new Map(
      Object.entries(isRecord(root.weights) ? root.weights : {}).map(([topic, weight]) => [
        topic,
        Number(weight),
      ]),
    ),
    allowSameTeam: root.allow_same_team === true,
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

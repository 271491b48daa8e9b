import type { Pool } from './pool.js';

/**
 * Whether two people share a reporting line: one is in the other's management chain, following each
 * person's `reportsTo` and then the `org` map upward. Cycles in the org data end the walk.
 */
export type IsSameReportingLine = (a: string, b: string) => boolean;

export function createReportingLines(pool: Pool): IsSameReportingLine {
  const managers = new Map<string, string>();
  for (const [login, manager] of pool.org) managers.set(login.toLowerCase(), manager.toLowerCase());
  for (const person of [...pool.mentors, ...pool.mentees]) {
    if (person.reportsTo !== undefined)
      managers.set(person.login.toLowerCase(), person.reportsTo.toLowerCase());
  }
  const chains = new Map<string, ReadonlySet<string>>();
  const chainOf = (login: string): ReadonlySet<string> => {
    const known = chains.get(login);
    if (known) return known;
    const chain = new Set<string>();
    let manager = managers.get(login);
    while (manager !== undefined && manager !== login && !chain.has(manager)) {
      chain.add(manager);
      manager = managers.get(manager);
    }
    chains.set(login, chain);
    return chain;
  };
  return (a, b) => {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    return chainOf(left).has(right) || chainOf(right).has(left);
  };
}

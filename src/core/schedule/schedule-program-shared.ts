import type { Program } from '../program/program.js';
import { scheduleSessions } from './schedule-sessions.js';
import type { Session } from './session.js';

/**
 * `scheduleProgram`, computing each distinct schedule once: tandems that differ only in who they are
 * (id, logins, goals) get the same sessions. Date arithmetic in time zones costs about half a
 * millisecond a tandem, which a report over 1,000 tandems would otherwise spend again and again.
 */
export function scheduleProgramShared(program: Program): Map<string, readonly Session[]> {
  const byShape = new Map<string, readonly Session[]>();
  const schedules = new Map<string, readonly Session[]>();
  for (const tandem of program.tandems) {
    const { id: _id, mentor: _mentor, mentee: _mentee, goals: _goals, ...shape } = tandem;
    const key = JSON.stringify(shape);
    let sessions = byShape.get(key);
    if (!sessions) {
      sessions = scheduleSessions(program, tandem);
      byShape.set(key, sessions);
    }
    schedules.set(tandem.id, sessions);
  }
  return schedules;
}

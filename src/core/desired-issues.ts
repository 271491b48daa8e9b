import type { DesiredIssue } from './plan-sync.js';
import type { Program } from './program.js';
import { renderIssue } from './render/render-issue.js';
import { scheduleSessions } from './schedule-sessions.js';

/** The label every issue of a program carries: how sync and report list them. */
export const programLabel = (programId: string): string => `tandem:${programId}`;

/** Every tandem's issue as the program wants it, all boxes open. */
export function renderDesiredIssues(program: Program, issueTemplate?: string): DesiredIssue[] {
  const labels = [...new Set([...program.labels, programLabel(program.id)])];
  return program.tandems.map((tandem) => {
    const sessions = scheduleSessions(program, tandem);
    const { title, body } = renderIssue({ program, tandem, sessions, template: issueTemplate });
    return { tandemId: tandem.id, title, body, labels, assignees: [tandem.mentor, tandem.mentee] };
  });
}

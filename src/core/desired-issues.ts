import type { DesiredIssue } from './plan-sync.js';
import type { Program, Tandem } from './program.js';
import { renderIssue, renderSmallerIssueBodies } from './render/render-issue.js';
import { scheduleSessions } from './schedule-sessions.js';

/** The label every issue of a program carries: how sync and report list them. */
export const programLabel = (programId: string): string => `tandem:${programId}`;

/** One tandem's issue as the program wants it, all boxes open. */
export function renderDesiredIssue(program: Program, tandem: Tandem, issueTemplate?: string): DesiredIssue {
  const labels = [...new Set([...program.labels, programLabel(program.id)])];
  const sessions = scheduleSessions(program, tandem);
  const input = { program, tandem, sessions, template: issueTemplate };
  const { title, body, step = 0 } = renderIssue(input);
  return {
    tandemId: tandem.id,
    title,
    body,
    labels,
    assignees: [tandem.mentor, tandem.mentee],
    smallerBodies: () => renderSmallerIssueBodies(input, step),
  };
}

/** Every tandem's issue as the program wants it. */
export function renderDesiredIssues(program: Program, issueTemplate?: string): DesiredIssue[] {
  return program.tandems.map((tandem) => renderDesiredIssue(program, tandem, issueTemplate));
}

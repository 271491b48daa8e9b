import { defaultTandemId } from './build-program.js';
import { issueMarker } from './markers.js';
import type { DesiredIssue } from './plan-sync.js';
import type { Program, Tandem } from './program.js';
import { renderIssue } from './render/render-issue.js';
import { addRenderRecord, renderRecordLine } from './render-record.js';
import { scheduleSessions } from './schedule-sessions.js';

/** The label every issue of a program carries: how sync and report list them. */
export const programLabel = (programId: string): string => `tandem:${programId}`;

/** One tandem's issue as the program wants it, all boxes open, with Tandem's record of what it wrote. */
export function renderDesiredIssue(program: Program, tandem: Tandem, issueTemplate?: string): DesiredIssue {
  const labels = [...new Set([...program.labels, programLabel(program.id)])];
  const sessions = scheduleSessions(program, tandem);
  const { title, body } = renderIssue({ program, tandem, sessions, template: issueTemplate });
  const people = [tandem.mentor, tandem.mentee];
  return {
    tandemId: tandem.id,
    defaultTandemId: defaultTandemId(tandem),
    title,
    body: addRenderRecord(body, issueMarker(program.id, tandem.id), renderRecordLine(title, people)),
    labels,
    assignees: people,
  };
}

/** Every tandem's issue as the program wants it. */
export function renderDesiredIssues(program: Program, issueTemplate?: string): DesiredIssue[] {
  return program.tandems.map((tandem) => renderDesiredIssue(program, tandem, issueTemplate));
}

import { issueMarker } from '../issue-body/markers.js';
import { addRenderRecord, renderRecordLine } from '../issue-body/render-record.js';
import { defaultTandemId } from '../program/build-program.js';
import type { Program, Tandem } from '../program/program.js';
import { renderIssue, renderSmallerIssueBodies } from '../render/render-issue.js';
import { scheduleSessions } from '../schedule/schedule-sessions.js';
import type { DesiredIssue } from './sync-plan.js';

/** The label every issue of a program carries: how sync and report list them. */
export const programLabel = (programId: string): string => `tandem:${programId}`;

/** One tandem's issue as the program wants it, all boxes open, with Tandem's record of what it wrote. */
export function renderDesiredIssue(program: Program, tandem: Tandem, issueTemplate?: string): DesiredIssue {
  const labels = [...new Set([...program.labels, programLabel(program.id)])];
  const sessions = scheduleSessions(program, tandem);
  const input = { program, tandem, sessions, template: issueTemplate };
  const { title, body, step = 0, atAddress } = renderIssue(input);
  const people = [tandem.mentor, tandem.mentee];
  const withRecord = (text: string): string =>
    addRenderRecord(text, issueMarker(program.id, tandem.id), renderRecordLine(title, people));
  const desiredAt = (issueUrl: string | undefined): DesiredIssue => ({
    tandemId: tandem.id,
    defaultTandemId: defaultTandemId(tandem),
    title,
    body: withRecord(issueUrl === undefined || !atAddress ? body : atAddress(issueUrl)),
    labels,
    assignees: people,
    smallerBodies: () =>
      renderSmallerIssueBodies({ ...input, ...(issueUrl !== undefined && { issueUrl }) }, step).map(
        withRecord,
      ),
    ...(issueUrl !== undefined && { issueUrl }),
    atAddress: desiredAt,
  });
  return desiredAt(undefined);
}

/** Every tandem's issue as the program wants it. */
export function renderDesiredIssues(program: Program, issueTemplate?: string): DesiredIssue[] {
  return program.tandems.map((tandem) => renderDesiredIssue(program, tandem, issueTemplate));
}

import { createHash } from 'node:crypto';
import { NOTES_MARKER } from './markers.js';

/**
 * A hidden line under the issue marker that records what Tandem last wrote outside the body: the
 * title (as a hash) and the two people. With it a sync tells a person's edit from a program change:
 * a title that differs from the program's is the person's when Tandem last rendered the program's
 * title (so it stays), and people are assigned only when the program's people differ from the ones
 * recorded (so someone who unassigned themselves stays unassigned).
 */

export interface RenderRecord {
  readonly titleHash: string;
  /** Lower-case logins, mentor first. */
  readonly people: readonly string[];
}

const RECORD_PATTERN =
  /^<!-- tandem:rendered title=([0-9a-f]{12}) people=([A-Za-z0-9-]*(?:,[A-Za-z0-9-]+)*) -->\r?$/m;

/** A record line as Tandem writes it (the merge counts it as Tandem's wherever it stands above the sessions). */
export const isRenderRecordLine = (line: string): boolean => RECORD_PATTERN.test(line.trim());

export const hashTitle = (title: string): string =>
  createHash('sha256').update(title, 'utf8').digest('hex').slice(0, 12);

export function renderRecordLine(title: string, people: readonly string[]): string {
  return `<!-- tandem:rendered title=${hashTitle(title)} people=${people.map((login) => login.toLowerCase()).join(',')} -->`;
}

/** The first record above the notes (a copy the pair pasted into their notes does not count). */
export function readRenderRecord(body: string): RenderRecord | undefined {
  const notes = body.indexOf(NOTES_MARKER);
  const match = RECORD_PATTERN.exec(notes < 0 ? body : body.slice(0, notes));
  if (!match) return undefined;
  return { titleHash: match[1]!, people: match[2]!.split(',').filter(Boolean) };
}

/** Puts the record on the line after `marker` (the issue marker Tandem rendered). */
export function addRenderRecord(body: string, marker: string, record: string): string {
  const at = body.indexOf(marker);
  if (at < 0) return body;
  const lineEnd = body.indexOf('\n', at);
  return lineEnd < 0 ? `${body}\n${record}` : `${body.slice(0, lineEnd)}\n${record}${body.slice(lineEnd)}`;
}

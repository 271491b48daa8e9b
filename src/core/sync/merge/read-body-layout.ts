import { type BodyLine, isBlank, readItemLine, splitBodyLines } from '../../issue-body/body-lines.js';
import { scanIssueBody } from '../../issue-body/checklist.js';
import { hashItemText, hashLine, readRecordLine } from '../../issue-body/item-record.js';
import { findIssueMarkerLine } from '../../issue-body/markers.js';
import { isRenderRecordLine } from '../../issue-body/render-record.js';
import { Counts, findNotesLine, findStructure, isInCode, placeHeadRecord } from './find-structure.js';

/**
 * An issue body read as Tandem's skeleton with the pair's text in between. Every line belongs to
 * exactly one unit: either to the unit's own lines (Tandem's: a marker, a heading, a program item, a
 * line of the introduction) or to the gap after them (the pair's, up to the next unit, byte for byte).
 */
export type UnitKind =
  | 'start'
  | 'issue'
  | 'line'
  | 'header'
  | 'item'
  | 'tail'
  | 'former-heading'
  | 'former'
  | 'notes-line';

export interface Unit {
  readonly kind: UnitKind;
  /** `head`, `tail`, `notes`, `former`, or the key of the session it belongs to. */
  readonly region: string;
  readonly lines: BodyLine[];
  readonly gap: BodyLine[];
  /** Items: the text after the box; lines: the trimmed line. */
  readonly text: string;
  readonly checked: boolean;
  /** Sessions: which copy of a session (the pair may have duplicated one) this unit is in. */
  readonly copy: number;
}

export interface LayoutSession {
  readonly key: string;
  readonly date?: string;
  /** Some box in the session is ticked, a program item or one of the pair's. */
  hasTick: boolean;
  copies: number;
  /** Hashes the session's record lists that no line of the session matched: items gone from it. */
  readonly missing: string[];
}

export interface BodyLayout {
  readonly units: Unit[];
  readonly sessions: Map<string, LayoutSession>;
  /** From the notes marker in Tandem's place to the end, verbatim. */
  readonly notes?: string;
  /** `\r\n` when the pair saved Tandem's part in GitHub's editor. */
  readonly eol: string;
  /** Texts of task items that are the pair's (not recognised as Tandem's), outside the notes. */
  readonly pairItemTexts: Set<string>;
}

/** What the merge knows of Tandem's lines when a body has no records (an issue from before them). */
export interface LayoutFallback {
  readonly head: readonly string[];
  readonly tail: readonly string[];
  readonly notes: readonly string[];
  /** The desired items of a session. */
  readonly items: (sessionKey: string) => readonly string[];
}

export function readBodyLayout(body: string, fallback?: LayoutFallback): BodyLayout {
  const lines = splitBodyLines(body);
  const scan = scanIssueBody(body);
  const inCode = isInCode(scan.codeRanges);
  const notesLine = findNotesLine(body, lines);
  const end = notesLine ?? lines.length;
  const structure = findStructure(lines, end, inCode);
  const issue = findIssueMarkerLine(body);
  const issueLine = issue === undefined ? -1 : splitBodyLines(body.slice(0, issue.start)).length;
  if (issueLine >= 0 && issueLine < end) structure.set(issueLine, { kind: 'issue' });
  // Under the issue marker: the record of the title and people (render-record.ts), then the head's.
  let recordLine = issueLine + 1;
  if (issueLine >= 0 && recordLine < end && isRenderRecordLine(lines[recordLine]!.text)) {
    structure.set(recordLine, { kind: 'render-record' });
    recordLine += 1;
  }
  const headRecord = issueLine >= 0 ? readRecordLine(lines[recordLine]?.text ?? '') : undefined;
  if (headRecord?.kind === 'head')
    structure.set(recordLine, { kind: 'head-record', hashes: headRecord.hashes });
  else if (issueLine < 0) placeHeadRecord(lines, structure);

  const checkedLines = new Set(scan.items.filter((item) => item.checked).map((item) => item.line - 1));
  const units: Unit[] = [];
  const sessions = new Map<string, LayoutSession>();
  const pairItemTexts = new Set<string>();
  let unit: Unit = { kind: 'start', region: 'head', lines: [], gap: [], text: '', checked: false, copy: 0 };
  units.push(unit);
  let region = 'head';
  let known: Counts | undefined = new Counts((fallback?.head ?? []).map(hashLine));
  let session: LayoutSession | undefined;
  let isItemRecord = false;
  const open = (kind: UnitKind, own: BodyLine[], text = '', checked = false) => {
    unit = { kind, region, lines: own, gap: [], text, checked, copy: session?.copies ?? 0 };
    units.push(unit);
  };
  const leave = () => {
    if (session && known) session.missing.push(...known.left());
    session = undefined;
  };

  for (let index = 0; index < end; index += 1) {
    const line = lines[index]!;
    const found = structure.get(index);
    if (found?.kind === 'issue') {
      open('issue', [line]);
    } else if (found?.kind === 'render-record') {
      unit.lines.push(line);
    } else if (region === 'head' && !inCode(index) && isRenderRecordLine(line.text)) {
      // A record whose issue marker was deleted: Tandem's line, written again under the marker.
      open('line', [line], line.text.trim());
    } else if (found?.kind === 'head-record') {
      unit.lines.push(line);
      known = new Counts(found.hashes);
      isItemRecord = false;
    } else if (found?.kind === 'header') {
      leave();
      region = found.key;
      session = sessions.get(found.key);
      if (session) session.copies += 1;
      else {
        session = {
          key: found.key,
          hasTick: false,
          copies: 1,
          missing: [],
          ...(found.date && { date: found.date }),
        };
        sessions.set(found.key, session);
      }
      open('header', lines.slice(index, found.end));
      if (found.hashes) known = new Counts(found.hashes);
      else known = fallback && new Counts(fallback.items(found.key).map(hashItemText));
      isItemRecord = true;
      index = found.end - 1;
    } else if (found?.kind === 'tail') {
      leave();
      region = 'tail';
      open('tail', [line]);
      known = new Counts(found.hashes);
      isItemRecord = false;
    } else if (found?.kind === 'former-heading' || found?.kind === 'former') {
      leave();
      region = found.kind === 'former' ? `former:${found.key}` : 'former';
      open(found.kind, [line]);
      known = undefined;
    } else {
      const item = inCode(index) ? undefined : readItemLine(line.text);
      const isChecked = checkedLines.has(index) || (item !== undefined && item.box !== ' ');
      if (session && isChecked) session.hasTick = true;
      if (item && isItemRecord && known?.take(hashItemText(item.text))) {
        open('item', [line], item.text, item.box !== ' ');
      } else if (known && !inCode(index) && !isBlank(line) && known.take(hashLine(line.text))) {
        open('line', [line], line.text.trim());
      } else {
        if (item && region !== 'tail') pairItemTexts.add(item.text);
        unit.gap.push(line);
      }
    }
  }
  leave();
  if (fallback && !units.some((candidate) => candidate.region === 'tail'))
    splitLastGap(units, fallback.tail, 'line', 'tail');
  // Without a notes marker, the desired notes' own lines are Tandem's: what follows them was the notes.
  if (notesLine === undefined && fallback) splitLastGap(units, fallback.notes, 'notes-line', 'notes');
  const eolSource = lines.slice(0, end).find((line) => line.eol !== '')?.eol;
  const hasCrlf = lines.slice(0, end).some((line) => line.eol === '\r\n');
  return {
    units,
    sessions,
    eol: hasCrlf ? '\r\n' : (eolSource ?? '\n'),
    pairItemTexts,
    ...(notesLine !== undefined && {
      notes: lines
        .slice(notesLine)
        .map((line) => line.text + line.eol)
        .join(''),
    }),
  };
}

/**
 * Splits the last unit's gap where a line of `wanted` stands: for bodies that lack a record (the tail
 * of an issue written before tail records) or a notes marker (deleted by the pair).
 */
function splitLastGap(units: Unit[], wantedLines: readonly string[], kind: UnitKind, region: string): void {
  const wanted = new Counts(wantedLines.map((line) => line.trim()).filter((line) => line !== ''));
  const last = units.at(-1)!;
  const gap = last.gap.splice(0);
  let target = last;
  for (const line of gap) {
    if (!isBlank(line) && wanted.take(line.text.trim())) {
      target = { kind, region, lines: [line], gap: [], text: line.text.trim(), checked: false, copy: 0 };
      units.push(target);
    } else target.gap.push(line);
  }
}

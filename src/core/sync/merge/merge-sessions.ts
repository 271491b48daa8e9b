import { type BodyLine, readItemLine } from '../../issue-body/body-lines.js';
import { hashItemText } from '../../issue-body/item-record.js';
import { readSessionMarker, sessionMarker } from '../../issue-body/markers.js';
import { matchItems } from './match-items.js';
import { attachFragments, matchByText, writeUnits } from './merge-region.js';
import type { BodyLayout, Unit } from './read-body-layout.js';
import type { BodyWriter } from './write-body.js';

/** A ticked program item whose wording the program changed within the measure: the tick stays. */
export interface KeptTick {
  readonly sessionKey: string;
  readonly from: string;
  readonly to: string;
}

/** A ticked program item that the merge removes (the program dropped it from a session ahead). */
export interface DroppedTick {
  readonly sessionKey: string;
  readonly text: string;
}

export interface MergeReport {
  readonly keptTicks: KeptTick[];
  readonly droppedTicks: DroppedTick[];
}

/** Another wording, not only other Markdown escapes or blanks (Tandem's escaping changed once). */
const isNewWording = (before: string, after: string): boolean => {
  const plain = (text: string) => text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
  return plain(before) !== plain(after);
};

/** An item line with another box state or text, written as it was otherwise. */
function rewriteItem(line: BodyLine, box: string, text: string): BodyLine {
  const item = readItemLine(line.text);
  return item ? { text: `${item.prefix}${box}${item.close}${text}`, eol: line.eol } : line;
}

const itemsOf = (units: readonly Unit[]) => units.filter((unit) => unit.kind === 'item');

/**
 * A session still ahead: as the program wants it now, with the ticks of its items (the same text, or
 * reworded within the measure) and the pair's text after the item it followed.
 */
export function writeAheadSession(
  writer: BodyWriter,
  desired: readonly Unit[],
  actual: readonly Unit[],
  actualLayout: BodyLayout,
  homecoming: readonly BodyLine[][],
  report: MergeReport,
): void {
  const key = desired[0]!.region;
  const matches = matchItems(itemsOf(actual), itemsOf(desired));
  const counterparts = new Map<Unit, Unit>([...matches].map(([want, have]) => [have, want]));
  const header = actual.find((unit) => unit.kind === 'header');
  if (header) counterparts.set(header, desired[0]!);
  // Tandem's other lines of the session (a calendar link): the pair's text after one stays after it.
  const linesOf = (units: readonly Unit[]) => units.filter((unit) => unit.kind === 'line');
  for (const [have, want] of matchByText(linesOf(actual), linesOf(desired))) counterparts.set(have, want);
  // An item the pair moved into another session stays there, and is not rendered here again.
  const missing = new Set(actualLayout.sessions.get(key)?.missing ?? []);
  const shown = desired.filter(
    (unit) =>
      unit.kind !== 'item' ||
      matches.has(unit) ||
      !(missing.has(hashItemText(unit.text)) && actualLayout.pairItemTexts.has(unit.text)),
  );
  const fragments = attachFragments(shown, actual, (unit) => counterparts.get(unit));
  if (homecoming.length > 0) {
    const last = shown.at(-1)!;
    fragments.set(last, [...(fragments.get(last) ?? []), ...homecoming]);
  }
  for (const [want, have] of matches) {
    // Only a change in wording is news, not one in Markdown escaping or blanks.
    if (have.checked && isNewWording(have.text, want.text))
      report.keptTicks.push({ sessionKey: key, from: have.text, to: want.text });
  }
  const matched = new Set(matches.values());
  for (const unit of itemsOf(actual)) {
    if (unit.checked && !matched.has(unit)) report.droppedTicks.push({ sessionKey: key, text: unit.text });
  }
  writeUnits(writer, shown, fragments, (unit) => {
    const have = matches.get(unit);
    const box = have ? readItemLine(have.lines[0]!.text)?.box : undefined;
    return have && box !== undefined ? [rewriteItem(unit.lines[0]!, box, unit.text)] : unit.lines;
  });
}

/**
 * A session that is history (its day has passed, or a box in it is ticked): written as it is, with
 * its date, heading, items and ticks. Only a program item reworded within the measure takes the new
 * wording (its tick stays); a second copy the pair made of the session is folded into the first.
 */
export function writeFrozenSession(
  writer: BodyWriter,
  actual: readonly Unit[],
  desired: readonly Unit[],
  homecoming: readonly BodyLine[][],
  report: MergeReport,
): void {
  const key = actual[0]!.region;
  const { live, folded, ticked } = foldCopies(itemsOf(actual));
  const matches = matchItems(live, itemsOf(desired));
  const rewording = new Map<Unit, string>();
  for (const [want, have] of matches) {
    if (have.text === want.text || isShortened(have.text, want.text)) continue;
    rewording.set(have, want.text);
    if ((have.checked || ticked.has(have)) && isNewWording(have.text, want.text))
      report.keptTicks.push({ sessionKey: key, from: have.text, to: want.text });
  }
  for (const unit of actual) {
    if (unit.kind === 'header' && unit.copy <= 1) {
      writer.tandem(repairHeader(unit.lines, key).map((line) => rewriteRecord(line, rewording)));
    } else if (unit.kind === 'line' && unit.copy <= 1) {
      writer.tandem(unit.lines);
    } else if (unit.kind === 'item' && !folded.has(unit)) {
      const text = rewording.get(unit) ?? unit.text;
      const box = ticked.has(unit) ? 'x' : readItemLine(unit.lines[0]!.text)!.box;
      const line = unit.lines[0]!;
      writer.tandem([text === unit.text && !ticked.has(unit) ? line : rewriteItem(line, box, text)]);
    }
    writer.pair(unit.gap);
  }
  for (const gap of homecoming) writer.pair(gap);
}

/** The program's item cut to fit GitHub's limit: history keeps it whole. */
const isShortened = (whole: string, cut: string): boolean =>
  cut.endsWith('…') && whole.startsWith(cut.slice(0, -1).trimEnd());

/** A header whose session marker the pair deleted gets it back, under its heading. */
function repairHeader(lines: readonly BodyLine[], key: string): readonly BodyLine[] {
  if (lines.some((line) => readSessionMarker(line.text) === key)) return lines;
  const at = lines.findIndex((line) => line.text.startsWith('<!-- tandem:items'));
  const marker = { text: sessionMarker(key), eol: '\n' };
  return at < 0 ? [...lines, marker] : [...lines.slice(0, at), marker, ...lines.slice(at)];
}

/** In the item record of a frozen session, a reworded item's hash becomes its new text's. */
function rewriteRecord(line: BodyLine, rewording: ReadonlyMap<Unit, string>): BodyLine {
  if (!line.text.startsWith('<!-- tandem:items')) return line;
  let text = line.text;
  for (const [unit, now] of rewording)
    text = text.replace(` ${hashItemText(unit.text)}`, ` ${hashItemText(now)}`);
  return { text, eol: line.eol };
}

/**
 * Items of a session the pair duplicated: an item of a later copy whose text an earlier copy has is
 * the same item; it is written once, ticked when either was.
 */
function foldCopies(items: readonly Unit[]) {
  const folded = new Set<Unit>();
  const ticked = new Set<Unit>();
  const earlier = new Map<string, Unit[]>();
  const live: Unit[] = [];
  for (const item of items) {
    const twins = earlier.get(item.text)?.filter((twin) => twin.copy < item.copy) ?? [];
    const twin = twins.find((candidate) => !folded.has(candidate));
    if (twin && item.copy > 1) {
      folded.add(item);
      const list = earlier.get(item.text)!;
      list.splice(list.indexOf(twin), 1);
      if (item.checked && !twin.checked) ticked.add(twin);
      continue;
    }
    live.push(item);
    earlier.set(item.text, [...(earlier.get(item.text) ?? []), item]);
  }
  return { live, folded, ticked };
}

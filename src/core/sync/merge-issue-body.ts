import { type BodyLine, splitBodyLines } from '../issue-body/body-lines.js';
import { formerSessionMarker } from '../issue-body/markers.js';
import { localeStrings } from '../locale/locale-strings.js';
import type { Language } from '../program/program.js';
import { attachFragments, hasText, matchByText, writeUnits } from './merge/merge-region.js';
import { type MergeReport, writeAheadSession, writeFrozenSession } from './merge/merge-sessions.js';
import { planSessions } from './merge/plan-sessions.js';
import { type BodyLayout, readBodyLayout, type Unit } from './merge/read-body-layout.js';
import { BodyWriter } from './merge/write-body.js';

export type { DroppedTick, KeptTick, MergeReport } from './merge/merge-sessions.js';

export interface MergeIssueBodyOptions {
  /** Language of the "Items from sessions that no longer exist" heading; default English. */
  readonly language?: Language;
  /** The program's today (`YYYY-MM-DD`): sessions before it are history. Without it, only ticks freeze. */
  readonly today?: string;
}

export interface MergeResult {
  readonly body: string;
  readonly report: MergeReport;
}

const byRegion = (layout: BodyLayout) => {
  const regions = new Map<string, Unit[]>();
  for (const unit of layout.units) {
    const list = regions.get(unit.region);
    if (list) list.push(unit);
    else regions.set(unit.region, [unit]);
  }
  return regions;
};

/**
 * Merges a freshly rendered tandem issue (`desired`, all boxes open) with the issue as it is on
 * GitHub now (`actual`), so that a sync never loses what the pair did. Tandem owns what it rendered,
 * recognised by structure and by its records (see read-body-layout.ts and item-record.ts): the
 * introduction, session headings and markers, program items, the text after the sessions. Everything
 * else is the pair's and is written back byte for byte after the Tandem line it followed:
 *
 * - Sessions that are history (day before `today`, or any box ticked) stay as they are; a program
 *   item reworded within the measure (match-items.ts) takes the new text and keeps its tick.
 * - Sessions still ahead are re-planned: the program's items, with the tick of an item of the same
 *   text or reworded; a desired session that history already has, or that would fall in the past,
 *   is left out (plan-sessions.ts).
 * - The pair's text of a session the program no longer has goes to a block "Items from sessions that
 *   no longer exist" above the notes, under a marker that brings it home if the session returns.
 * - Everything from the notes marker on is carried over byte for byte; without one, the desired notes
 *   section is written and what the pair had below the old notes heading follows it.
 *
 * With the program unchanged the result is `actual` itself. Tandem's lines are written with the
 * pair's line breaks (GitHub's editor saves CRLF).
 */
export function mergeIssueBodyWithReport(
  desired: string,
  actual: string,
  options: MergeIssueBodyOptions = {},
): MergeResult {
  // Most issues of a sync are unchanged: the merge of a body with itself is that body.
  if (desired === actual) return { body: actual, report: { keptTicks: [], droppedTicks: [] } };
  const want = readBodyLayout(desired);
  const wanted = byRegion(want);
  const have = readBodyLayout(actual, {
    head: (wanted.get('head') ?? []).flatMap((unit) => (unit.kind === 'line' ? [unit.text] : [])),
    tail: (wanted.get('tail') ?? []).flatMap((unit) => (unit.kind === 'line' ? [unit.text] : [])),
    notes: splitBodyLines(want.notes ?? '').map((line) => line.text),
    items: (key) => (wanted.get(key) ?? []).flatMap((unit) => (unit.kind === 'item' ? [unit.text] : [])),
  });
  const had = byRegion(have);
  const report: MergeReport = { keptTicks: [], droppedTicks: [] };
  const writer = new BodyWriter(have.eol);
  writeByText(writer, wanted.get('head') ?? [], had.get('head') ?? []);

  const plan = planSessions(want, have, options.today);
  const homecoming = (key: string) =>
    (had.get(`former:${key}`) ?? []).map((unit) => unit.gap).filter(hasText);
  for (const { key, isFrozen } of plan) {
    if (isFrozen) writeFrozenSession(writer, had.get(key)!, wanted.get(key) ?? [], homecoming(key), report);
    else writeAheadSession(writer, wanted.get(key)!, had.get(key) ?? [], have, homecoming(key), report);
  }
  writeByText(writer, wanted.get('tail') ?? [], had.get('tail') ?? []);

  const planned = new Set(plan.map((session) => session.key));
  const former: [string, BodyLine[][]][] = [];
  for (const unit of have.units) {
    if (unit.kind === 'former' && !planned.has(unit.region.slice('former:'.length)) && hasText(unit.gap))
      former.push([unit.region.slice('former:'.length), [unit.gap]]);
  }
  for (const key of have.sessions.keys()) {
    if (planned.has(key)) continue;
    const gaps = (had.get(key) ?? []).map((unit) => unit.gap).filter(hasText);
    const last = gaps.at(-1)?.at(-1);
    if (last && last.text.trim() !== '') gaps.push([{ text: '', eol: have.eol }]);
    if (gaps.length > 0) former.push([key, gaps]);
  }
  const formerHeading = had.get('former')?.[0];
  if (former.length > 0 || (formerHeading && hasText(formerHeading.gap))) {
    if (formerHeading) writer.tandem(formerHeading.lines);
    else writer.tandemText(`### ${localeStrings(options.language ?? 'en').formerSessionsHeading}`);
    if (formerHeading) writer.pair(formerHeading.gap);
    else writer.tandemText('');
    for (const [key, gaps] of former) {
      writer.tandemText(formerSessionMarker(key));
      for (const gap of gaps) writer.pair(gap);
    }
  }

  if (have.notes !== undefined) writer.raw(have.notes);
  else {
    writer.tandem(splitBodyLines(want.notes ?? ''));
    for (const unit of had.get('notes') ?? []) if (hasText(unit.gap)) writer.pair(unit.gap);
  }
  return { body: writer.toString(), report };
}

/** The introduction or the text after the sessions: lines matched by text, the pair's in between. */
function writeByText(writer: BodyWriter, desired: readonly Unit[], actual: readonly Unit[]): void {
  if (desired.length === 0) {
    for (const unit of actual) if (hasText(unit.gap)) writer.pair(unit.gap);
    return;
  }
  const matches = matchByText(actual, desired);
  writeUnits(
    writer,
    desired,
    attachFragments(desired, actual, (unit) => matches.get(unit)),
  );
}

export function mergeIssueBody(desired: string, actual: string, options: MergeIssueBodyOptions = {}): string {
  return mergeIssueBodyWithReport(desired, actual, options).body;
}

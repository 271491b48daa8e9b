import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChecklistItem, parseChecklist, scanIssueBody } from '../../../src/core/issue-body/checklist.js';
import { hashItemText, readItemRecord } from '../../../src/core/issue-body/item-record.js';
import { NOTES_MARKER, readSessionMarker } from '../../../src/core/issue-body/markers.js';
import { mergeIssueBody, mergeIssueBodyWithReport } from '../../../src/core/sync/merge-issue-body.js';
import { propertyRuns } from '../../helpers/property-runs.js';
import { exampleProgram } from '../render/example-program.js';
import {
  actAsPair,
  changeArb,
  changeSessions,
  pairArb,
  render,
  slotArb,
  textArb,
  toSessions,
} from './merge-scenario.js';

const outsideNotes = (body: string) => parseChecklist(body).filter((item) => !item.inNotes);
const sectionOf = (item: ChecklistItem) => item.sessionKey ?? '';

describe('mergeIssueBody properties', () => {
  it('keeps every tick, every item of the pair and the notes, idempotently and without duplicates', () => {
    fc.assert(
      fc.property(
        fc.array(slotArb, { minLength: 1, maxLength: 4 }),
        changeArb,
        pairArb,
        textArb,
        fc.array(textArb, { maxLength: 2 }),
        (slots, change, pair, title, goals) => {
          const program = exampleProgram({ title });
          const before = toSessions(slots, title);
          const desiredBefore = render(program, before, goals);
          const { actual, theirs, notes } = actAsPair(desiredBefore, pair);
          const actualItems = outsideNotes(actual);
          const find = (items: readonly ChecklistItem[], text: string) =>
            items.filter((item) => item.text === text);
          // The scenario is what we think it is: every item of the pair is a GitHub task where we put it.
          expect(
            theirs.map((their) =>
              find(actualItems, their.text).map((item) => [sectionOf(item), item.checked]),
            ),
          ).toEqual(theirs.map((their) => [[their.section, their.checked]]));

          const desired = render(program, changeSessions(before, change), goals.slice(1));
          const merged = mergeIssueBody(desired, actual);
          const mergedItems = outsideNotes(merged);
          const desiredItems = outsideNotes(desired);
          const desiredLines = desired.split('\n');
          const sessionKeys = desiredLines.flatMap((line, index) => {
            const key = readSessionMarker(line);
            return key ? [{ key, record: desiredLines[index + 1] }] : [];
          });
          // The item records, written without parsing, match what a parser reads.
          expect(sessionKeys.map(({ record }) => readItemRecord(record ?? ''))).toEqual(
            sessionKeys.map(({ key }) =>
              desiredItems.filter((item) => sectionOf(item) === key).map((item) => hashItemText(item.text)),
            ),
          );

          // (a) ticks: a ticked session is history; each tick in it stays (under a reworded text too).
          const { body: reported, report } = mergeIssueBodyWithReport(desired, actual);
          expect(reported).toBe(merged);
          const ticksOf = (items: readonly ChecklistItem[]) =>
            items.filter(
              (item) => item.checked && !item.isFromFormerSession && item.sessionKey !== undefined,
            );
          const remaining = ticksOf(mergedItems).map((item) => `${sectionOf(item)}\u0000${item.text}`);
          for (const item of ticksOf(actualItems)) {
            const renamed = report.keptTicks.find(
              (tick) => tick.sessionKey === sectionOf(item) && tick.from === item.text,
            )?.to;
            const at = remaining.findIndex(
              (entry) =>
                entry === `${sectionOf(item)}\u0000${item.text}` ||
                entry === `${sectionOf(item)}\u0000${renamed}`,
            );
            expect(at, `tick on ${item.text}`).toBeGreaterThanOrEqual(0);
            remaining.splice(at, 1);
          }
          // (b) each of the pair's items exactly once, in its session (or under "former sessions").
          // A ticked session the program dropped is history and stays a session.
          // Session markers in Tandem's part only: a copy the pair pasted into their notes is text.
          const mergedScan = scanIssueBody(merged);
          const sessionMarkers = mergedScan.markers.filter(
            (marker) =>
              marker.kind === 'session' &&
              (mergedScan.notesOffset === undefined || marker.offset < mergedScan.notesOffset),
          );
          const sections = new Set([
            '',
            ...sessionMarkers.map((marker) => ('key' in marker ? marker.key : '')),
          ]);
          expect(
            theirs.map((their) =>
              find(mergedItems, their.text).map((item) => [
                sectionOf(item),
                item.checked,
                item.isFromFormerSession ?? false,
              ]),
            ),
          ).toEqual(theirs.map((their) => [[their.section, their.checked, !sections.has(their.section)]]));
          // (f) nothing twice: each session once.
          expect(new Set(sessionMarkers.map((marker) => 'key' in marker && marker.key)).size).toBe(
            sessionMarkers.length,
          );
          // (c) the notes, byte for byte, (d) idempotence and (e) identity.
          expect([
            merged.endsWith(NOTES_MARKER + notes),
            scanIssueBody(merged).notesOffset === merged.length - notes.length - NOTES_MARKER.length,
            mergeIssueBody(desired, merged) === merged,
            mergeIssueBody(desired, desired) === desired,
          ]).toEqual([true, true, true, true]);
        },
      ),
      { numRuns: propertyRuns(250) },
    );
  });
});

describe('mergeIssueBody when the pair deleted the notes marker', () => {
  it('loses none of their items or lines and is idempotent', () => {
    fc.assert(
      fc.property(fc.array(slotArb, { minLength: 1, maxLength: 3 }), pairArb, (slots, pair) => {
        const desired = render(exampleProgram(), toSessions(slots, 'Topic'), []);
        const withMarker = actAsPair(desired, pair);
        // A copy of the marker in their notes would simply be the marker again.
        fc.pre(!withMarker.notes.includes(NOTES_MARKER));
        const at = withMarker.actual.length - withMarker.notes.length - NOTES_MARKER.length;
        const actual = withMarker.actual.slice(0, at) + withMarker.actual.slice(at + NOTES_MARKER.length);
        const merged = mergeIssueBody(desired, actual);
        const mergedItems = outsideNotes(merged).map((item) => item.text);
        const lost = withMarker.theirs.filter(
          (their) => !mergedItems.includes(their.text) && !merged.includes(their.text),
        );
        // A line of theirs survives as text, or as the task item it is.
        const firstNotesLine = actual.slice(0, at).split(/\r\n|\r|\n/).length;
        const itemTextAt = new Map(parseChecklist(actual).map((item) => [item.line, item.text]));
        const lostLines = actual
          .slice(at)
          .split(/\r\n|\r|\n/)
          .filter((line, index) => {
            const itemText = itemTextAt.get(firstNotesLine + index);
            return itemText !== undefined ? !mergedItems.includes(itemText) : !merged.includes(line.trim());
          })
          // Tandem's own hidden markers, written by the pair, may be taken for Tandem's.
          .filter((line) => !/^<!-- tandem:[^>]*-->$/.test(line.trim()));
        expect({ lost, lostLines, isIdempotent: mergeIssueBody(desired, merged) === merged }).toEqual({
          lost: [],
          lostLines: [],
          isIdempotent: true,
        });
      }),
      { numRuns: propertyRuns(50) },
    );
  });
});

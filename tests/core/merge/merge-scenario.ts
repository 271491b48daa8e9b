import fc from 'fast-check';
import { readItemRecord } from '../../../src/core/issue-body/item-record.js';
import { NOTES_MARKER, readSessionMarker, sessionMarker } from '../../../src/core/issue-body/markers.js';
import type { Program, Topic } from '../../../src/core/program/program.js';
import { renderIssue } from '../../../src/core/render/render-issue.js';
import type { Session } from '../../../src/core/schedule/session.js';
import { exampleTandem } from '../render/example-program.js';

/**
 * Random programs, program changes and what a pair does to its issue, for the merge properties.
 * Texts mix Markdown syntax, Tandem's markers, mentions, code fences and unicode.
 */

/** Pieces that look like Markdown, markers, mentions or code, to mix into random text. */
const FRAGMENTS = [
  '@everyone',
  '#12',
  '<script>',
  '<!--',
  '-->',
  NOTES_MARKER,
  sessionMarker('kickoff'),
  '<!-- tandem:items abcdefabcdef -->',
  '- [x] forged',
  '[ ]',
  '```',
  '~~~',
  '    indented',
  '| a | b |',
  '](http://x)',
  '*',
  '_',
  '\\',
  '>',
  '1.',
  '#',
  'Grüße',
  '日本語',
  '👋🏽',
  'e\u0301',
  '\t',
  ' ',
  '\n',
  '\r\n',
  'Same item',
];
export const textArb = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(' ')),
  },
  { weight: 2, arbitrary: fc.constantFrom('Same item', 'Other item') },
);
/** A line the pair types: anything but a line break. */
export const lineArb = fc
  .oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...FRAGMENTS))
  .map((text) => text.replace(/[\r\n]/g, ' '));
export const notesArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 8 })
    .map((parts) => parts.join('')),
);

const TOPIC_IDS = ['alpha', 'beta', 'gamma', 'delta-2'] as const;
export const slotArb = fc.record({
  kind: fc.constantFrom('kickoff', 'topic', 'topic', 'checkin', 'retrospective'),
  topic: fc.constantFrom(...TOPIC_IDS),
  agenda: fc.array(textArb, { maxLength: 3 }),
  day: fc.integer({ min: 1, max: 28 }),
});
export type Slot = typeof slotArb extends fc.Arbitrary<infer T> ? T : never;

/** Sessions with unique keys from random slots, in slot order. */
export function toSessions(slots: readonly Slot[], topicTitle: string): Session[] {
  const seen = new Map<string, number>();
  const sessions: Session[] = [];
  for (const slot of slots) {
    const base = slot.kind === 'topic' ? `topic-${slot.topic}` : slot.kind;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (slot.kind !== 'topic' && count > 1) continue;
    const topic: Topic | undefined =
      slot.kind === 'topic'
        ? { id: slot.topic, title: `${topicTitle} ${slot.topic}`, agenda: slot.agenda }
        : undefined;
    sessions.push({
      key: slot.kind === 'topic' ? `${base}-${count}` : base,
      number: sessions.length + 1,
      kind: slot.kind,
      date: `2027-02-${String(slot.day).padStart(2, '0')}`,
      minutes: 45,
      ...(topic && { topic }),
      agenda: slot.agenda,
    });
  }
  return sessions;
}

export const changeArb = fc.record({
  keep: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  rename: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  edits: fc.array(fc.record({ drop: fc.nat(3), add: fc.option(textArb), replace: fc.option(textArb) }), {
    minLength: 6,
    maxLength: 6,
  }),
  added: fc.array(slotArb, { maxLength: 2 }),
  order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  days: fc.array(fc.integer({ min: 1, max: 28 }), { minLength: 8, maxLength: 8 }),
});

/** The program after an edit: sessions dropped, renamed, reordered, added, agendas changed. */
export function changeSessions(before: readonly Session[], change: ChangeValue): Session[] {
  const kept = before.flatMap((session, index) => {
    if (change.keep[index] === false) return [];
    const edit = change.edits[index]!;
    const agenda = session.agenda.filter((_, position) => position !== edit.drop);
    if (edit.replace !== null && agenda.length > 0) agenda[0] = edit.replace;
    if (edit.add !== null) agenda.push(edit.add);
    const key =
      change.rename[index] && session.kind === 'topic'
        ? `${session.key.replace('topic-', 'topic-renamed-')}`
        : session.key;
    return [{ ...session, key, agenda }];
  });
  const extra = toSessions(change.added, 'New').map((session) => ({ ...session, key: `${session.key}-new` }));
  const all = [...kept, ...extra];
  const ordered = all
    .map((session, index) => ({ session, rank: change.order[index % change.order.length]! * 100 + index }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ session }, index) => ({
      ...session,
      number: index + 1,
      date: `2027-03-${String(change.days[index % change.days.length]).padStart(2, '0')}`,
    }));
  return ordered;
}
export type ChangeValue = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

export const pairArb = fc.record({
  ticks: fc.array(fc.constantFrom(' ', 'x', 'X'), { maxLength: 18 }),
  additions: fc.array(
    fc.record({
      at: fc.nat(),
      style: fc.constantFrom('- ', '* ', '+ ', '1. ', '1) ', '  - ', '> - '),
      checked: fc.boolean(),
      rest: lineArb,
    }),
    { maxLength: 4 },
  ),
  textEdits: fc.array(fc.nat(), { maxLength: 2 }),
  notes: notesArb,
  crlf: fc.boolean(),
});
export type PairValue = typeof pairArb extends fc.Arbitrary<infer T> ? T : never;

export interface TheirItem {
  readonly section: string;
  readonly text: string;
  readonly checked: boolean;
}

/**
 * What the pair does to their issue on GitHub; returns the new body and the items that are theirs.
 * Works on lines: the default template renders each item as one `- [ ] ` line under its markers.
 */
export function actAsPair(
  desired: string,
  pair: PairValue,
): { actual: string; theirs: TheirItem[]; notes: string } {
  const notesAt = desired.indexOf(NOTES_MARKER);
  const lines = desired.slice(0, notesAt).split('\n');
  const theirs: TheirItem[] = [];
  const anchors: { line: number; section: string }[] = [{ line: 0, section: '' }];
  const items: { line: number; section: string }[] = [];
  let section = '';
  lines.forEach((line, index) => {
    section = readSessionMarker(line) ?? section;
    if (readItemRecord(line)) anchors.push({ line: index, section });
    if (line.startsWith('- [ ] ')) items.push({ line: index, section });
  });
  anchors.push(...items);
  const edited = lines.slice();
  items.forEach((item, index) => {
    edited[item.line] = `- [${pair.ticks[index] ?? ' '}]${lines[item.line]!.slice(5)}`;
  });
  pair.textEdits.forEach((at, index) => {
    const item = items[at % Math.max(1, items.length)];
    if (!item || edited[item.line]!.includes(' edited-')) return;
    edited[item.line] += ` edited-${index}`;
    theirs.push({
      section: item.section,
      text: edited[item.line]!.slice(6).trim(),
      checked: edited[item.line]![3] !== ' ',
    });
  });
  const added = new Map<number, string[]>();
  pair.additions.forEach((addition, index) => {
    const anchor = anchors[addition.at % anchors.length]!;
    const text = `pair-${index} ${addition.rest}`.trim();
    added.set(anchor.line, [
      ...(added.get(anchor.line) ?? []),
      `${addition.style}[${addition.checked ? 'x' : ' '}] ${text}`,
    ]);
    theirs.push({ section: anchor.section, text, checked: addition.checked });
  });
  const head = edited.flatMap((line, index) => [line, ...(added.get(index) ?? [])]).join('\n');
  const crlf = (text: string) => (pair.crlf ? text.replace(/\n/g, '\r\n') : text);
  return { actual: crlf(head + NOTES_MARKER + pair.notes), theirs, notes: crlf(pair.notes) };
}

/**
 * The default template's structure without its prose: the merge sees the same markers, headings,
 * records and items, and a Markdown parser reads a third of the text (parsing is what costs).
 */
export const LEAN_TEMPLATE = [
  '{{{markers.issue}}}',
  '**{{md program.title}}**: {{user tandem.mentor}} and {{user tandem.mentee}}',
  '{{#each tandem.goals}}',
  '- {{md this}}',
  '{{/each}}',
  '{{#each sessions}}',
  '',
  '### {{number}} · {{md title}} — {{date date}}',
  '{{{marker}}}',
  '{{#each agenda}}',
  '- [ ] {{md this}}',
  '{{/each}}',
  '{{/each}}',
  '',
  '{{{markers.notes}}}',
  '## Notes',
  '',
].join('\n');

export function render(program: Program, sessions: readonly Session[], goals: readonly string[]): string {
  return renderIssue({ program, tandem: { ...exampleTandem, goals }, sessions, template: LEAN_TEMPLATE })
    .body;
}

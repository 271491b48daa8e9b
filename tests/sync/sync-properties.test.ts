import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../src/core/checklist.js';
import { renderDesiredIssues } from '../../src/core/desired-issues.js';
import { loadProgram } from '../../src/core/load-program.js';
import { NOTES_MARKER, readIssueMarker } from '../../src/core/markers.js';
import { type ActualIssue, planSync, type SyncPlan } from '../../src/core/plan-sync.js';
import type { Program } from '../../src/core/program.js';
import { programYaml } from '../helpers/program-yaml.js';
import { propertyRuns } from '../helpers/property-runs.js';

/**
 * The sync rules as properties, over the whole pure pipeline (load → schedule → render → plan → apply
 * to an in-memory GitHub): random programs, random ticks, items and notes written by the pair, random
 * program edits. The HTTP shell on top is tested against the stand-in in sync.test.ts.
 */

const ITEM_TEXTS = [
  'Walk through three accounts',
  'Draft a *first* post',
  'Try `an assistant` on a real task',
  'Talk about limits & rules',
  'Agree on one [experiment]',
  'Über Feedback sprechen',
  'Read #12 and @mention nobody',
  'Share <b>one</b> idea',
];

const topicArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    title: fc.constantFrom('Social media', 'AI tools', 'New work', 'Führung'),
    agenda: fc.uniqueArray(fc.constantFrom(...ITEM_TEXTS), { minLength: 1, maxLength: 3 }),
  });

const TOPIC_IDS = ['social-media', 'ai-tools', 'new-work', 'leadership'] as const;

const programArb = fc
  .record({
    topics: fc.tuple(...TOPIC_IDS.map(topicArb)),
    tandemCount: fc.integer({ min: 1, max: 3 }),
    tandemTopics: fc.array(fc.subarray([...TOPIC_IDS], { minLength: 1 }), { minLength: 3, maxLength: 3 }),
    cadence: fc.constantFrom('weekly', 'every 2 weeks', 'monthly'),
    weeks: fc.integer({ min: 1, max: 14 }),
    start: fc.constantFrom('2027-01-11', '2027-03-01', '2027-10-04'),
    language: fc.constantFrom('en' as const, 'de' as const),
  })
  .map((spec) => ({
    ...spec,
    tandems: Array.from({ length: spec.tandemCount }, (_, index) => ({
      mentor: `mentor-${index + 1}`,
      mentee: `mentee-${index + 1}`,
      topics: spec.tandemTopics[index]!,
    })),
  }));
type ProgramArb = fc.Arbitrary<typeof programArb extends fc.Arbitrary<infer T> ? T : never>;
type ProgramSpecValue = ProgramArb extends fc.Arbitrary<infer T> ? T : never;

const editArb = fc.record({
  cadence: fc.option(fc.constantFrom('weekly', 'every 2 weeks', 'every 3 weeks', 'monthly'), {
    nil: undefined,
  }),
  weeks: fc.option(fc.integer({ min: 1, max: 16 }), { nil: undefined }),
  start: fc.option(fc.constantFrom('2027-01-04', '2027-01-18', '2027-02-01'), { nil: undefined }),
  renameTopic: fc.boolean(),
  dropAgendaItem: fc.boolean(),
  addTopicTo: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  removeTandem: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  addTandem: fc.boolean(),
  title: fc.option(fc.constantFrom('Pilot, second edition', 'Pilot 2028'), { nil: undefined }),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

const pairWorkArb = fc.record({
  tickSeed: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  ownItems: fc.array(
    fc.record({
      at: fc.nat(30),
      text: fc.constantFrom('our own item', 'Ask HR about it', '**bold** plan'),
      done: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  notes: fc.string({ maxLength: 80, unit: 'grapheme' }),
  notesExtra: fc.constantFrom(
    '',
    '\n- [x] a box in the notes\n',
    '\n```\n- [ ] in code\n```\n',
    `\n${NOTES_MARKER}\n`,
  ),
});
type PairWork = typeof pairWorkArb extends fc.Arbitrary<infer T> ? T : never;

function load(spec: ProgramSpecValue, edit?: Edit): Program {
  const topics = spec.topics.map((topic) => ({
    ...topic,
    title: topic.title as string,
    agenda: [...topic.agenda],
  }));
  let tandems = spec.tandems.map((tandem) => ({ ...tandem, topics: [...tandem.topics] }));
  if (edit?.renameTopic) topics[0]!.title = `${topics[0]!.title} (renamed)`;
  if (edit?.dropAgendaItem && topics[1]!.agenda.length > 1) topics[1]!.agenda.pop();
  if (edit?.addTopicTo !== undefined && tandems[edit.addTopicTo]) {
    const tandem = tandems[edit.addTopicTo]!;
    const missing = TOPIC_IDS.find((id) => !tandem.topics.includes(id));
    if (missing) tandem.topics.push(missing);
  }
  if (edit?.removeTandem !== undefined && tandems.length > 1) {
    tandems = tandems.filter((_, index) => index !== edit.removeTandem);
  }
  if (edit?.addTandem) tandems.push({ mentor: 'mentor-9', mentee: 'mentee-9', topics: ['new-work'] });
  const yaml = programYaml({
    title: edit?.title ?? 'Pilot',
    start: edit?.start ?? spec.start,
    cadence: edit?.cadence ?? spec.cadence,
    duration: `${edit?.weeks ?? spec.weeks} weeks`,
    language: spec.language,
    topics,
    tandems,
  });
  const loaded = loadProgram('programs/pilot.yml', yaml);
  if (!loaded.program) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.program;
}

/** GitHub's issues, in memory: what `applySync` would leave behind. */
class MemoryRepo {
  readonly issues: (Omit<ActualIssue, 'title' | 'body' | 'state'> & {
    title: string;
    body: string;
    state: 'open' | 'closed';
  })[] = [];
  writes = 0;

  sync(program: Program): SyncPlan {
    const plan = planSync({
      programId: program.id,
      language: program.language,
      desired: renderDesiredIssues(program),
      actual: this.issues.map((issue) => ({ ...issue })),
      closeComment: () => 'closed',
      duplicateComment: (n) => `duplicate of ${n}`,
    });
    for (const action of plan.actions) {
      const issue =
        'number' in action ? this.issues.find((candidate) => candidate.number === action.number) : undefined;
      switch (action.kind) {
        case 'create':
          this.issues.push({ ...action.issue, number: this.issues.length + 1, state: 'open' });
          break;
        case 'update':
        case 'reopen':
          if (action.changes.title !== undefined) issue!.title = action.changes.title;
          if (action.changes.body !== undefined) issue!.body = action.changes.body;
          if (action.kind === 'reopen') issue!.state = 'open';
          break;
        case 'close':
        case 'close-duplicate':
          issue!.state = 'closed';
          break;
        case 'unchanged':
          continue;
      }
      this.writes += 1;
    }
    return plan;
  }
}

const notesOf = (body: string): string => body.slice(body.indexOf(NOTES_MARKER));

/** What the pair does in the web UI: ticks, their own items, notes. */
function doPairWork(body: string, work: PairWork): string {
  let seen = 0;
  let lines = body.split('\n').map((line) => {
    if (!/^- \[ \] /.test(line)) return line;
    seen += 1;
    return work.tickSeed[seen % work.tickSeed.length] ? line.replace('- [ ]', '- [x]') : line;
  });
  const notesAt = lines.indexOf(NOTES_MARKER);
  const itemLines = lines.map((line, index) => (/^- \[[ x]\] /.test(line) && index < notesAt ? index : -1));
  const slots = itemLines.filter((index) => index >= 0);
  for (const own of work.ownItems) {
    if (slots.length === 0) break;
    const at = slots[own.at % slots.length]!;
    lines = [...lines.slice(0, at + 1), `- [${own.done ? 'x' : ' '}] ${own.text}`, ...lines.slice(at + 1)];
    for (let k = 0; k < slots.length; k += 1) if (slots[k]! > at) slots[k]! += 1;
  }
  return `${lines.join('\n')}\n${work.notes}${work.notesExtra}`;
}

/** `session key → text → ticked` for the items before the notes. */
function itemStates(body: string): Map<string, boolean> {
  const states = new Map<string, boolean>();
  for (const item of parseChecklist(body)) {
    if (item.inNotes || item.sessionKey === undefined) continue;
    states.set(`${item.sessionKey}\u0000${item.text}`, item.checked);
  }
  return states;
}

describe('sync properties (pure pipeline)', () => {
  it('keeps every tick and every own item, keeps notes byte for byte, never duplicates, and settles', () => {
    fc.assert(
      fc.property(
        programArb,
        fc.array(pairWorkArb, { minLength: 4, maxLength: 4 }),
        editArb,
        (spec, works, edit) => {
          const repo = new MemoryRepo();
          repo.sync(load(spec));
          for (const [index, issue] of repo.issues.entries())
            issue.body = doPairWork(issue.body, works[index % 4]!);
          const before = new Map(repo.issues.map((issue) => [issue.number, issue.body]));

          const edited = load(spec, edit);
          repo.sync(edited);

          const open = repo.issues.filter((issue) => issue.state === 'open');
          const openIds = open.map((issue) => readIssueMarker(issue.body)!.tandemId);
          expect(new Set(openIds).size).toBe(openIds.length);
          expect(openIds.sort()).toEqual(edited.tandems.map((tandem) => tandem.id).sort());

          for (const issue of repo.issues) {
            const old = before.get(issue.number);
            if (old === undefined) continue;
            expect(notesOf(issue.body)).toBe(notesOf(old));
            const now = itemStates(issue.body);
            for (const [key, checked] of itemStates(old)) {
              if (now.has(key)) expect(now.get(key), key).toBe(checked);
            }
            for (const own of works.flatMap((work) => work.ownItems)) {
              const count = (body: string) =>
                body.split('\n').filter((line) => line.endsWith(`] ${own.text}`)).length;
              expect(count(issue.body.slice(0, issue.body.indexOf(NOTES_MARKER)))).toBe(
                count(old.slice(0, old.indexOf(NOTES_MARKER))),
              );
            }
          }

          const writes = repo.writes;
          const again = repo.sync(edited);
          expect(again.actions.every((action) => action.kind === 'unchanged')).toBe(true);
          expect(repo.writes).toBe(writes);
        },
      ),
      { numRuns: propertyRuns(250), endOnFailure: true },
    );
  });
});

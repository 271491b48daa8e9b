import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTES_MARKER, readIssueMarker } from '../../src/core/issue-body/markers.js';
import type { Program } from '../../src/core/program/program.js';
import { renderDesiredIssues } from '../../src/core/sync/desired-issues.js';
import { planSync } from '../../src/core/sync/plan-sync.js';
import type { ActualIssue, SyncPlan } from '../../src/core/sync/sync-plan.js';
import { loadProgram } from '../../src/core/validate/load-program.js';
import { programYaml } from '../helpers/program-yaml.js';
import { propertyRuns } from '../helpers/property-runs.js';

/**
 * The sync rules as properties over the whole pure pipeline (load → schedule → render → plan → apply
 * to an in-memory GitHub), with a model of what people do: the pair ticks and unticks, writes
 * sub-items, paragraphs, code blocks, images, headings and their own items anywhere in a session,
 * rewords their items, moves items between sessions, writes notes, saves with CRLF; the program adds,
 * removes, reorders and rewords topics and items and changes cadence, duration and weekday; `--today`
 * moves forward; syncs come in between. The HTTP shell is tested against the stand-in elsewhere.
 */

const ITEMS = [
  'Walk through three accounts',
  'Draft a *first* post',
  'Try `an assistant` on a task',
  'Talk about limits & rules',
  'Agree on one experiment',
  'Über Feedback sprechen',
];
const TOPIC_IDS = ['social-media', 'ai-tools', 'new-work', 'leadership'] as const;

interface Spec {
  topics: { id: string; title: string; agenda: string[] }[];
  tandems: { mentor: string; mentee: string; topics: string[] }[];
  cadence: string;
  weeks: number;
  weekday?: string;
}

const specArb: fc.Arbitrary<Spec> = fc
  .record({
    topics: fc.tuple(
      ...TOPIC_IDS.map((id) =>
        fc.record({
          id: fc.constant(id),
          title: fc.constantFrom('Social media', 'AI tools', 'New work', 'Führung'),
          agenda: fc.uniqueArray(fc.constantFrom(...ITEMS), { minLength: 1, maxLength: 3 }),
        }),
      ),
    ),
    tandems: fc
      .array(fc.subarray([...TOPIC_IDS], { minLength: 1 }), { minLength: 1, maxLength: 2 })
      .map((lists) =>
        lists.map((topics, index) => ({
          mentor: `mentor-${index + 1}`,
          mentee: `mentee-${index + 1}`,
          topics,
        })),
      ),
    cadence: fc.constantFrom('weekly', 'every 2 weeks', 'monthly'),
    weeks: fc.integer({ min: 2, max: 16 }),
  })
  .map((spec) => ({ ...spec, topics: [...spec.topics] }));

const programEditArb = fc.oneof(
  fc.record({
    kind: fc.constant('reword' as const),
    topic: fc.nat(3),
    item: fc.nat(3),
    how: fc.constantFrom('typo', 'case', 'word', 'other'),
  }),
  fc.record({ kind: fc.constant('add-item' as const), topic: fc.nat(3) }),
  fc.record({ kind: fc.constant('remove-item' as const), topic: fc.nat(3), item: fc.nat(3) }),
  fc.record({ kind: fc.constant('reorder-topics' as const), tandem: fc.nat(1) }),
  fc.record({ kind: fc.constant('add-topic' as const), tandem: fc.nat(1), topic: fc.nat(3) }),
  fc.record({ kind: fc.constant('remove-topic' as const), tandem: fc.nat(1) }),
  fc.record({
    kind: fc.constant('cadence' as const),
    cadence: fc.constantFrom('weekly', 'every 2 weeks', 'every 3 weeks', 'monthly'),
  }),
  fc.record({ kind: fc.constant('duration' as const), weeks: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('weekday' as const),
    weekday: fc.constantFrom(undefined, 'tuesday', 'thursday'),
  }),
);
type ProgramEdit = typeof programEditArb extends fc.Arbitrary<infer T> ? T : never;

const pairEditArb = fc.oneof(
  fc.record({ kind: fc.constant('toggle' as const), box: fc.nat() }),
  fc.record({
    kind: fc.constant('write' as const),
    at: fc.nat(),
    what: fc.constantFrom(
      'sub-item',
      'paragraph',
      'code',
      'image',
      'heading',
      'own-item',
      'own-ticked',
      'second-line',
    ),
  }),
  fc.record({ kind: fc.constant('reword-own' as const), which: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), item: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('notes' as const) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
);
type PairEdit = typeof pairEditArb extends fc.Arbitrary<infer T> ? T : never;

const stepArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('pair' as const), tandem: fc.nat(1), edit: pairEditArb }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('program' as const), edit: programEditArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('today' as const), days: fc.integer({ min: 1, max: 30 }) }),
  },
);
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function applyProgramEdit(spec: Spec, edit: ProgramEdit, serial: number): Spec {
  const next: Spec = structuredClone(spec);
  const topic = 'topic' in edit ? next.topics[edit.topic % next.topics.length]! : undefined;
  const tandem = 'tandem' in edit ? next.tandems[edit.tandem % next.tandems.length]! : undefined;
  switch (edit.kind) {
    case 'reword': {
      const index = edit.item % topic!.agenda.length;
      const old = topic!.agenda[index]!;
      const reworded = {
        typo: `${old}.`,
        case:
          old[0] === old[0]!.toUpperCase()
            ? old[0]!.toLowerCase() + old.slice(1)
            : old[0]!.toUpperCase() + old.slice(1),
        word: old.replace(' ', ' really '),
        other: `Another item ${serial}`,
      }[edit.how];
      if (!topic!.agenda.includes(reworded)) topic!.agenda[index] = reworded;
      break;
    }
    case 'add-item':
      topic!.agenda.push(`New item ${serial}`);
      break;
    case 'remove-item':
      if (topic!.agenda.length > 1) topic!.agenda.splice(edit.item % topic!.agenda.length, 1);
      break;
    case 'reorder-topics':
      tandem!.topics.reverse();
      break;
    case 'add-topic': {
      const id = TOPIC_IDS[edit.topic % TOPIC_IDS.length]!;
      if (!tandem!.topics.includes(id)) tandem!.topics.push(id);
      break;
    }
    case 'remove-topic':
      if (tandem!.topics.length > 1) tandem!.topics.shift();
      break;
    case 'cadence':
      next.cadence = edit.cadence;
      break;
    case 'duration':
      next.weeks = edit.weeks;
      break;
    case 'weekday':
      if (edit.weekday === undefined) delete next.weekday;
      else next.weekday = edit.weekday;
      break;
  }
  return next;
}

function load(spec: Spec): Program {
  const yaml = programYaml({
    start: '2027-01-11',
    cadence: spec.cadence,
    duration: `${spec.weeks} weeks`,
    topics: spec.topics,
    tandems: spec.tandems,
    extra: { session: { length: '45 minutes', ...(spec.weekday && { weekday: spec.weekday }) } },
  });
  const loaded = loadProgram('programs/pilot.yml', yaml);
  if (!loaded.program) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.program;
}

/** GitHub's issues, in memory: what `applySync` would leave behind. */
class MemoryRepo {
  readonly issues: (ActualIssue & { body: string; state: 'open' | 'closed'; title: string })[] = [];
  writes = 0;

  sync(program: Program, today: string): SyncPlan {
    const plan = planSync({
      programId: program.id,
      language: program.language,
      today,
      desired: renderDesiredIssues(program),
      actual: this.issues.map((issue) => ({ ...issue })),
      closeComment: () => 'closed',
      duplicateComment: (n) => `duplicate of ${n}`,
    });
    for (const action of plan.actions) {
      const issue =
        'number' in action ? this.issues.find((candidate) => candidate.number === action.number) : undefined;
      if (action.kind === 'unchanged') continue;
      if (action.kind === 'create')
        this.issues.push({ ...action.issue, number: this.issues.length + 1, state: 'open' });
      else if (action.kind === 'update' || action.kind === 'reopen') {
        if (action.changes.title !== undefined) issue!.title = action.changes.title;
        if (action.changes.body !== undefined) issue!.body = action.changes.body;
        issue!.state = 'open';
      } else issue!.state = 'closed';
      this.writes += 1;
    }
    return plan;
  }
}

const ITEM = /^(?:[-*+]|\d+[.)]) \[([ xX])\] (.*)$/;
const SESSION = /^<!-- tandem:session ([a-z0-9-]+) -->$/;
const FORMER = /^<!-- tandem:former-session ([a-z0-9-]+) -->$/;

/** Each line's region: `head`, a session key, `tail`, `former:KEY` or `notes`, and each session's date. */
function regionsOf(body: string) {
  const lines = body.split(/\r\n|\n/);
  const regions: string[] = [];
  const dates = new Map<string, string>();
  let region = 'head';
  let fence = false;
  for (const line of lines) {
    if (/^```/.test(line)) fence = !fence;
    if (!fence && region !== 'notes') {
      region = SESSION.exec(line)?.[1] ?? region;
      const record = /^<!-- tandem:items session=([a-z0-9-]+) date=(\S+)/.exec(line);
      if (record) dates.set(record[1]!, record[2]!);
      if (line.startsWith('<!-- tandem:tail')) region = 'tail';
      const former = FORMER.exec(line)?.[1];
      if (former) region = `former:${former}`;
      if (line.startsWith(NOTES_MARKER)) region = 'notes';
    }
    regions.push(region);
  }
  return { lines, regions, dates };
}

const isSession = (region: string) =>
  !['head', 'tail', 'notes'].includes(region) && !region.startsWith('former');

/** What the pair wrote, by the unique token in it, and the session where they wrote it. */
interface Written {
  readonly token: string;
  session: string;
}

function editAsPair(body: string, edit: PairEdit, serial: number, written: Written[]): string {
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const { lines, regions } = regionsOf(body);
  const inSessions = lines.map((_, index) => index).filter((index) => isSession(regions[index]!));
  const boxes = inSessions.filter((index) => ITEM.test(lines[index]!));
  const token = `pair-${serial}`;
  switch (edit.kind) {
    case 'toggle': {
      const at = boxes[edit.box % Math.max(1, boxes.length)];
      if (at === undefined) return body;
      lines[at] = lines[at]!.replace(/\[([ xX])\]/, (_, box: string) => (box === ' ' ? '[x]' : '[ ]'));
      break;
    }
    case 'write': {
      const anchors = inSessions.filter(
        (index) => ITEM.test(lines[index]!) || lines[index]!.startsWith('<!-- tandem:items'),
      );
      const at = anchors[edit.at % Math.max(1, anchors.length)];
      if (at === undefined) return body;
      const text = {
        'sub-item': [`  - ${token} we looked at three museum accounts`],
        paragraph: ['', `${token}: we ran out of time.`, ''],
        code: ['', '```', `${token} - [ ] not a box`, '```', ''],
        image: [`<img width="200" alt="${token}" src="https://example.com/${token}.png">`],
        heading: ['', `#### ${token} what we tried`, ''],
        'own-item': [`- [ ] ${token} our own item`],
        'own-ticked': [`- [x] ${token} our own item`],
        'second-line': [`- [ ] ${token} our item`, `  ${token}b and its second line`],
      }[edit.what];
      lines.splice(at + 1, 0, ...text);
      written.push({ token, session: regions[at]! });
      if (edit.what === 'second-line') written.push({ token: `${token}b`, session: regions[at]! });
      break;
    }
    case 'reword-own': {
      const own = boxes.filter((index) => / pair-\d+ our own item$/.test(lines[index]!));
      const at = own[edit.which % Math.max(1, own.length)];
      if (at === undefined) return body;
      lines[at] = `${lines[at]} (reworded)`;
      break;
    }
    case 'move': {
      const own = boxes.filter((index) => / pair-\d+ /.test(lines[index]!));
      const from = own[edit.item % Math.max(1, own.length)];
      if (from === undefined) return body;
      const targets = boxes.filter((index) => regions[index] !== regions[from]);
      const to = targets[edit.to % Math.max(1, targets.length)];
      if (to === undefined) return body;
      const moved = lines[from]!;
      const movedToken = / (pair-\d+) /.exec(moved)![1]!;
      lines.splice(to + 1, 0, moved);
      lines.splice(from < to ? from : from + 1, 1);
      for (const entry of written) if (entry.token === movedToken) entry.session = regions[to]!;
      break;
    }
    case 'notes':
      lines.push(`${token} a note of ours`);
      written.push({ token, session: 'notes' });
      break;
    case 'crlf':
      return lines.join('\r\n');
  }
  return lines.join(eol);
}

/** Ticked boxes per session that is history now: its day is before today, or a box in it is ticked. */
function frozenTicks(body: string, today: string): Map<string, string[]> {
  const { lines, regions, dates } = regionsOf(body);
  const ticks = new Map<string, string[]>();
  lines.forEach((line, index) => {
    const match = ITEM.exec(line);
    if (!match || match[1] === ' ' || !isSession(regions[index]!)) return;
    ticks.set(regions[index]!, [...(ticks.get(regions[index]!) ?? []), match[2]!.trim()]);
  });
  for (const [key, date] of dates) if (date < today && !ticks.has(key)) ticks.set(key, []);
  return ticks;
}

function checkInvariants(
  before: string,
  after: string,
  today: string,
  plan: SyncPlan,
  tandemId: string,
  written: readonly Written[],
) {
  const { lines, regions } = regionsOf(after);
  const sessions = new Set(regions.filter(isSession));
  // Nothing twice: each session once, each line the pair wrote once.
  const markers = lines.filter((line) => SESSION.test(line));
  expect(new Set(markers).size, 'a session appears twice').toBe(markers.length);
  for (const entry of written) {
    const places = lines.flatMap((line, index) =>
      line.includes(`${entry.token} `) ||
      line.includes(`${entry.token}:`) ||
      line.includes(`${entry.token}.`) ||
      line.includes(`${entry.token}"`)
        ? [regions[index]]
        : [],
    );
    const expected =
      entry.session === 'notes' || sessions.has(entry.session) ? entry.session : `former:${entry.session}`;
    expect(places, `${entry.token} written in ${entry.session}`).toEqual([expected]);
  }
  // Every tick in a session that is history stays (a reworded program item keeps it under its new text).
  const action = plan.actions.find((candidate) => candidate.tandemId === tandemId);
  const kept = action && 'ticks' in action ? (action.ticks?.keptTicks ?? []) : [];
  const now = frozenTicks(after, '0000');
  for (const [key, ticks] of frozenTicks(before, today)) {
    const remaining = [...(now.get(key) ?? [])];
    for (const text of ticks) {
      const renamed = kept.find((tick) => tick.sessionKey === key && tick.from === text)?.to;
      const at = remaining.findIndex((candidate) => candidate === text || candidate === renamed);
      expect(at, `tick on "${text}" in ${key}`).toBeGreaterThanOrEqual(0);
      remaining.splice(at, 1);
    }
  }
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('sync properties: a human-edit model (pure pipeline)', () => {
  it('keeps every line the pair wrote in its session, every tick of the past, never duplicates, and settles', () => {
    fc.assert(
      fc.property(specArb, fc.array(stepArb, { minLength: 4, maxLength: 24 }), (initial, steps: Step[]) => {
        let spec = initial;
        let program = load(spec);
        let today = '2027-01-04';
        const repo = new MemoryRepo();
        repo.sync(program, today);
        let isProgramChanged = false;
        const written = new Map<number, Written[]>();
        steps.forEach((step, serial) => {
          if (step.kind === 'program') {
            spec = applyProgramEdit(spec, step.edit, serial);
            program = load(spec);
            isProgramChanged = true;
          } else if (step.kind === 'today') {
            today = addDays(today, step.days);
          } else if (step.kind === 'pair') {
            const open = repo.issues.filter((issue) => issue.state === 'open');
            const issue = open[step.tandem % open.length]!;
            if (!written.has(issue.number)) written.set(issue.number, []);
            issue.body = editAsPair(issue.body, step.edit, serial, written.get(issue.number)!);
          } else {
            const before = new Map(repo.issues.map((issue) => [issue.number, issue.body]));
            const writes = repo.writes;
            const plan = repo.sync(program, today);
            if (!isProgramChanged)
              expect(repo.writes, 'a sync with the program unchanged writes nothing').toBe(writes);
            isProgramChanged = false;
            for (const issue of repo.issues.filter((candidate) => candidate.state === 'open')) {
              const old = before.get(issue.number);
              if (old === undefined) continue;
              const tandemId = readIssueMarker(issue.body)!.tandemId;
              checkInvariants(old, issue.body, today, plan, tandemId, written.get(issue.number) ?? []);
            }
            const settled = repo.writes;
            repo.sync(program, today);
            expect(repo.writes, 'a second sync writes nothing').toBe(settled);
          }
        });
      }),
      { numRuns: propertyRuns(100), endOnFailure: true },
    );
  }, 600_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readIssueMarker } from '../../src/core/issue-body/markers.js';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { propertyRuns } from '../helpers/property-runs.js';
import { runTandem, standInEnv } from '../helpers/run-tandem.js';
import { createWorkspace } from '../helpers/workspace.js';
import { type IssueRecord, type StandIn, startStandIn } from '../stand-in/index.js';

/**
 * One issue per tandem as a property, against the stand-in and the real CLI: random interleavings of
 * syncs (one, or two at once), what people do to labels and markers, program-id renames with
 * `formerly`, the pair's ticks and notes, and issues a person closes. After a last sync: exactly one
 * open issue per tandem nobody closed, carrying all of the pair's ticks and notes, no issue for a
 * closed tandem opened again, and no comment posted twice.
 */

const TANDEMS = numberedTandems(3, ['social-media']);
const TANDEM_IDS = TANDEMS.map((tandem) => `${tandem.mentor}-${tandem.mentee}`);
const ITEMS = ['Walk through three accounts', 'Draft a first post'];

type Command =
  | { readonly kind: 'sync' }
  | { readonly kind: 'two-syncs' }
  | { readonly kind: 'remove-label'; readonly tandem: number }
  | { readonly kind: 'add-label-back'; readonly tandem: number }
  | { readonly kind: 'delete-marker'; readonly tandem: number }
  | { readonly kind: 'rename-program' }
  | { readonly kind: 'pair-work'; readonly tandem: number; readonly item: number }
  | { readonly kind: 'close'; readonly tandem: number };

const tandemArb = fc.integer({ min: 0, max: TANDEMS.length - 1 });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.constant({ kind: 'sync' as const }),
  fc.constant({ kind: 'two-syncs' as const }),
  fc.record({ kind: fc.constant('remove-label' as const), tandem: tandemArb }),
  fc.record({ kind: fc.constant('add-label-back' as const), tandem: tandemArb }),
  fc.record({ kind: fc.constant('delete-marker' as const), tandem: tandemArb }),
  fc.constant({ kind: 'rename-program' as const }),
  fc.record({
    kind: fc.constant('pair-work' as const),
    tandem: tandemArb,
    item: fc.integer({ min: 0, max: 1 }),
  }),
  fc.record({ kind: fc.constant('close' as const), tandem: tandemArb }),
);

class World {
  programIds = ['pilot'];
  readonly ticks = new Map<number, Set<string>>();
  readonly notes = new Map<number, string[]>();
  readonly closedByPerson = new Set<number>();
  private noteCount = 0;

  constructor(
    private readonly standIn: StandIn,
    private readonly root: string,
    private readonly write: (yaml: string) => Promise<void>,
  ) {}

  get programId(): string {
    return this.programIds.at(-1)!;
  }

  async writeProgram(): Promise<void> {
    const [id, ...formerly] = [...this.programIds].reverse();
    await this.write(programYaml({ id, tandems: TANDEMS, extra: formerly.length ? { formerly } : {} }));
  }

  sync() {
    return runTandem(['sync'], { root: this.root, env: standInEnv(this.standIn) });
  }

  /** The issue the pair works in: the open one of their tandem with the lowest number. */
  issueOf(tandem: number): IssueRecord | undefined {
    const title = `@${TANDEMS[tandem]!.mentor} ↔`;
    return this.standIn.state.issues
      .filter((issue) => issue.state === 'open' && issue.title.includes(title))
      .sort((a, b) => a.number - b.number)[0];
  }

  async run(command: Command): Promise<void> {
    const issue = 'tandem' in command ? this.issueOf(command.tandem) : undefined;
    switch (command.kind) {
      case 'sync':
        await this.sync();
        return;
      case 'two-syncs':
        await Promise.all([this.sync(), this.sync()]);
        return;
      case 'rename-program':
        this.programIds.push(`pilot-${this.programIds.length + 1}`);
        await this.writeProgram();
        return;
      case 'remove-label':
        if (issue) issue.labels = issue.labels.filter((label) => !label.startsWith('tandem:'));
        return;
      case 'add-label-back':
        if (issue && !issue.labels.includes(`tandem:${this.programId}`)) {
          this.standIn.seed({ labels: [{ name: `tandem:${this.programId}` }] });
          issue.labels.push(`tandem:${this.programId}`);
        }
        return;
      case 'delete-marker':
        if (issue) issue.body = issue.body!.replace(/<!-- tandem:issue [^>]*-->/, '');
        return;
      case 'pair-work': {
        const text = ITEMS[command.item]!;
        if (!issue?.body?.includes(`- [ ] ${text}`)) return;
        issue.body = issue.body.replace(`- [ ] ${text}`, `- [x] ${text}`);
        this.noteCount += 1;
        const note = `Our note ${this.noteCount}`;
        issue.body = `${issue.body}\n${note}\n`;
        this.ticks.set(command.tandem, new Set([...(this.ticks.get(command.tandem) ?? []), text]));
        this.notes.set(command.tandem, [...(this.notes.get(command.tandem) ?? []), note]);
        return;
      }
      case 'close':
        if (!issue) return;
        Object.assign(issue, { state: 'closed', state_reason: 'completed' });
        this.closedByPerson.add(command.tandem);
        return;
    }
  }
}

describe('sync properties (against the stand-in)', () => {
  it('leaves one open issue per tandem with all of the pair’s data, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 2, maxLength: 9 }), async (commands) => {
        const standIn = await startStandIn();
        await using workspace = await createWorkspace();
        try {
          standIn.seed({ repo: { collaborators: TANDEMS.flatMap((t) => [t.mentor, t.mentee]) } });
          const world = new World(standIn, workspace.root, (yaml) =>
            workspace.write('programs/pilot.yml', yaml),
          );
          await world.writeProgram();
          expect((await world.sync()).code).toBe(0);
          for (const command of commands) await world.run(command);
          const last = await world.sync();
          expect(last.stderr).toBe('');
          // Settled: one more run writes nothing.
          standIn.resetLog();
          await world.sync();
          expect(standIn.log.filter((entry) => entry.isWrite).map((entry) => entry.path)).toEqual([]);

          for (const [index, tandemId] of TANDEM_IDS.entries()) {
            const ofTandem = standIn.state.issues.filter((issue) =>
              issue.title.includes(`@${TANDEMS[index]!.mentor} ↔`),
            );
            const open = ofTandem.filter((issue) => issue.state === 'open');
            if (world.closedByPerson.has(index)) {
              expect(open, `${tandemId} was closed by a person`).toHaveLength(0);
              continue;
            }
            expect(open, tandemId).toHaveLength(1);
            const [issue] = open;
            expect(readIssueMarker(issue!.body!)).toEqual({ programId: world.programId, tandemId });
            expect(issue!.labels).toContain(`tandem:${world.programId}`);
            // Its add-to-calendar links lead to this issue, whichever run created it.
            const address = encodeURIComponent(`https://github.com/acme/mentoring/issues/${issue!.number}`);
            expect(issue!.body).toContain(`details=Pilot%20program%0A${address}`);
            for (const text of world.ticks.get(index) ?? []) expect(issue!.body).toContain(`- [x] ${text}`);
            for (const note of world.notes.get(index) ?? []) expect(issue!.body).toContain(note);
          }
          const comments = standIn.state.issueComments.map(
            (comment) => `${comment.issue_number} ${comment.body}`,
          );
          expect(new Set(comments).size).toBe(comments.length);
          expect(standIn.violations).toEqual([]);
        } finally {
          await standIn.close();
        }
      }),
      // Each case starts a stand-in and runs several real syncs: a few cases locally, ten times as many in CI.
      { numRuns: propertyRuns(8), endOnFailure: true },
    );
  }, 900_000);
});

import { afterEach, beforeEach, expect } from 'vitest';
import { readIssueMarker } from '../../src/core/issue-body/markers.js';
import { numberedTandems } from '../helpers/program-yaml.js';
import { runTandem, standInEnv } from '../helpers/run-tandem.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import { type IssueRecord, type StandIn, startStandIn } from '../stand-in/index.js';

/** A stand-in and a workspace per test, and the few things the sync tests do with them. */
export interface SyncFixture {
  readonly standIn: StandIn;
  readonly workspace: Workspace;
  sync(...args: string[]): ReturnType<typeof runTandem>;
  run(args: readonly string[]): ReturnType<typeof runTandem>;
  issues(state?: 'open' | 'closed' | 'all'): IssueRecord[];
  issue(number: number): IssueRecord;
}

export function useSyncFixture(collaborators: readonly string[] = []): SyncFixture {
  const fixture = {} as { standIn: StandIn; workspace: Workspace };
  beforeEach(async () => {
    fixture.standIn = await startStandIn();
    fixture.standIn.seed({
      repo: {
        collaborators: [...numberedTandems(12).flatMap((t) => [t.mentor, t.mentee]), ...collaborators],
      },
    });
    fixture.workspace = await createWorkspace();
  });
  afterEach(async () => {
    expect(fixture.standIn.violations).toEqual([]);
    await fixture.standIn.close();
    await fixture.workspace[Symbol.asyncDispose]();
  });
  const run = (args: readonly string[]) =>
    runTandem(args, { root: fixture.workspace.root, env: standInEnv(fixture.standIn) });
  return {
    get standIn() {
      return fixture.standIn;
    },
    get workspace() {
      return fixture.workspace;
    },
    run,
    sync: (...args: string[]) => run(['sync', ...args]),
    issues: (state = 'all') =>
      fixture.standIn.state.issues.filter(
        (issue) => !issue.isPullRequest && (state === 'all' || issue.state === state),
      ),
    issue: (number) => fixture.standIn.state.issues.find((issue) => issue.number === number)!,
  };
}

export const tandemOf = (issue: IssueRecord): string | undefined =>
  readIssueMarker(issue.body ?? '')?.tandemId;

/** What the pair does in the web UI: tick an item of their issue. */
export function tick(issue: IssueRecord, itemText: string): void {
  const line = `- [ ] ${itemText}`;
  expect(issue.body).toContain(line);
  issue.body = issue.body!.replace(line, `- [x] ${itemText}`);
}

/** What the pair does in the web UI: write below the notes marker. */
export function writeNote(issue: IssueRecord, note: string): void {
  issue.body = `${issue.body}\n${note}\n`;
}

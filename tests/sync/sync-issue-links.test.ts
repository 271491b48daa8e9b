import { describe, expect, it } from 'vitest';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import type { IssueRecord } from '../stand-in/index.js';
import { tick, useSyncFixture } from './sync-stand-in.js';

const t = useSyncFixture();

/** The issue's address on the web, as GitHub gives it (`html_url`). */
const addressOf = (issue: IssueRecord): string => `https://github.com/acme/mentoring/issues/${issue.number}`;

/** The text of every add-to-calendar link of an issue: Google's `details` and Outlook's `body`. */
function linkTexts(issue: IssueRecord): string[] {
  return [...(issue.body ?? '').matchAll(/\[Google\]\((\S+)\) · \[Outlook\]\((\S+)\)/g)].flatMap((match) => [
    new URL(match[1]!).searchParams.get('details')!,
    new URL(match[2]!).searchParams.get('body')!,
  ]);
}

async function syncProgram(count: number): Promise<void> {
  await t.workspace.write('programs/pilot.yml', programYaml({ tandems: numberedTandems(count) }));
  const run = await t.sync();
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}

describe('each session’s add-to-calendar link leads back to its own issue', () => {
  it('a new issue’s links carry its own address, and a second sync writes nothing', async () => {
    await syncProgram(3);
    const issues = t.issues();
    expect(issues).toHaveLength(3);
    for (const issue of issues) {
      const texts = linkTexts(issue);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(text.split('\n')).toContain(addressOf(issue));
    }
    t.standIn.resetLog();
    await syncProgram(3);
    expect(t.standIn.log.filter((entry) => entry.isWrite)).toEqual([]);
  });

  it('still links to itself when someone opens another issue while the sync creates them', async () => {
    await syncProgram(1);
    tick(t.issues()[0]!, 'Walk through three accounts');
    // A colleague opens an issue right after the sync has looked up the repository's newest number.
    t.standIn.hooks.after(
      { operation: 'issues/list-for-repo' },
      () => {
        t.standIn.seed({ issues: [{ title: 'Printer on floor 3 is broken', body: 'Again.' }] });
      },
      3,
    );
    t.standIn.resetLog();
    await syncProgram(3);
    // The guess was wrong, and apply put each new issue's own address in right after creating it.
    const created = t.standIn.log.filter(
      (entry) => entry.method === 'POST' && entry.path.endsWith('/issues'),
    );
    const corrected = t.standIn.log.filter((entry) => entry.method === 'PATCH');
    expect([created.length, corrected.length]).toEqual([2, 2]);
    const tandemIssues = t.issues().filter((issue) => issue.title.startsWith('Tandem'));
    expect(tandemIssues).toHaveLength(3);
    for (const issue of tandemIssues)
      for (const text of linkTexts(issue)) expect(text.split('\n')).toContain(addressOf(issue));
    expect(tandemIssues[0]!.body).toContain('- [x] Walk through three accounts');
    t.standIn.resetLog();
    await syncProgram(3);
    expect(t.standIn.log.filter((entry) => entry.isWrite)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/create-github-client.js';
import { type ProposeFileChangesOptions, proposeFileChanges } from '../../src/github/propose-file-changes.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { commitFiles, readFileAt, type StandIn } from '../stand-in/index.js';

let standIn: StandIn;
useStandIn((started) => {
  standIn = started;
  standIn.seed({ files: { 'programs/pilot.yml': 'id: pilot\ntandems: []\n', 'README.md': '# Mentoring\n' } });
});

const BRANCH = 'tandem/match-pilot';

function propose(overrides: Partial<ProposeFileChangesOptions> = {}) {
  return proposeFileChanges({
    octokit: createGitHubClient({ token: 'test-token', apiUrl: standIn.url, pacing: 0.001 }),
    owner: 'acme',
    repo: 'mentoring',
    branch: BRANCH,
    files: [{ path: 'programs/pilot.yml', content: 'id: pilot\ntandems: [a]\n' }],
    commitMessage: 'Propose tandems for pilot',
    title: 'Proposed tandems: pilot',
    body: '| mentor | mentee |',
    ...overrides,
  });
}

const writes = () => standIn.log.filter((entry) => entry.isWrite).map((entry) => entry.operation);
const pulls = () => standIn.state.issues.filter((issue) => issue.isPullRequest);

describe('proposing file changes as a pull request', () => {
  it('opens one pull request from a new branch with the changed file, leaving the base as it was', async () => {
    const result = await propose();
    expect(result).toMatchObject({
      outcome: 'opened',
      number: 1,
      url: 'https://github.com/acme/mentoring/pull/1',
    });
    expect(writes()).toEqual(['git/create-ref', 'repos/create-or-update-file-contents', 'pulls/create']);
    expect(readFileAt(standIn.state, BRANCH, 'programs/pilot.yml')).toBe('id: pilot\ntandems: [a]\n');
    expect(readFileAt(standIn.state, 'main', 'programs/pilot.yml')).toBe('id: pilot\ntandems: []\n');
    expect(pulls()[0]).toMatchObject({
      title: 'Proposed tandems: pilot',
      pull: { head: BRANCH, base: 'main' },
    });
  });

  it('a second run with the same input writes nothing and says unchanged', async () => {
    await propose();
    standIn.resetLog();
    expect(await propose()).toMatchObject({ outcome: 'unchanged', number: 1 });
    expect(writes()).toEqual([]);
  });

  it('a changed file or description updates the same pull request, writing only what differs', async () => {
    await propose();
    standIn.resetLog();
    const result = await propose({
      files: [{ path: 'programs/pilot.yml', content: 'id: pilot\ntandems: [b]\n' }],
    });
    expect(result).toMatchObject({ outcome: 'updated', number: 1 });
    // The description carries the proposal's fingerprint, so it changes with the file.
    expect(writes()).toEqual(['repos/create-or-update-file-contents', 'pulls/update']);
    standIn.resetLog();
    expect(
      await propose({
        files: [{ path: 'programs/pilot.yml', content: 'id: pilot\ntandems: [b]\n' }],
        title: 'New title',
      }),
    ).toMatchObject({ outcome: 'updated' });
    expect(writes()).toEqual(['pulls/update']);
    expect(pulls()).toHaveLength(1);
  });

  it('a proposal a person closed without merging stays closed; a different proposal opens a new pull request', async () => {
    await propose();
    Object.assign(pulls()[0]!, { state: 'closed', closed_by: 'nina-berg' });
    standIn.resetLog();
    expect(await propose()).toMatchObject({ outcome: 'declined', number: 1 });
    expect(writes()).toEqual([]);
    const next = await propose({
      files: [{ path: 'programs/pilot.yml', content: 'id: pilot\ntandems: [c]\n' }],
    });
    expect(next).toMatchObject({ outcome: 'opened', number: 2 });
    expect(readFileAt(standIn.state, BRANCH, 'programs/pilot.yml')).toBe('id: pilot\ntandems: [c]\n');
  });

  it('reuses a branch that exists without a pull request', async () => {
    commitFiles(standIn.state, 'main', {}, 'noop');
    standIn.state.git!.refs.set(`heads/${BRANCH}`, standIn.state.git!.refs.get('heads/main')!);
    expect(await propose()).toMatchObject({ outcome: 'opened' });
    expect(writes()).not.toContain('git/create-ref');
  });

  it('resets its branch onto a base that moved when the branch holds only its own commits', async () => {
    await propose();
    commitFiles(
      standIn.state,
      'main',
      { 'programs/pilot.yml': 'id: pilot\nstart: 2027-02-01\ntandems: []\n' },
      'A person edits the program',
    );
    standIn.resetLog();
    const result = await propose({
      files: [{ path: 'programs/pilot.yml', content: 'id: pilot\nstart: 2027-02-01\ntandems: [a]\n' }],
    });
    expect(result).toMatchObject({ outcome: 'updated', number: 1 });
    expect(writes()).toEqual(['git/update-ref', 'repos/create-or-update-file-contents', 'pulls/update']);
    const head = standIn.state.git!.commits.get(standIn.state.git!.refs.get(`heads/${BRANCH}`)!)!;
    expect(head.parents).toEqual([standIn.state.git!.refs.get('heads/main')]);
  });

  it('leaves an open pull request alone once a person has pushed to its branch', async () => {
    await propose();
    commitFiles(
      standIn.state,
      BRANCH,
      { 'programs/pilot.yml': 'id: pilot\ntandems: [a, edited]\n' },
      'Reviewer swaps a pair',
      'nina-berg',
    );
    commitFiles(standIn.state, 'main', { 'README.md': '# Mentoring 2027\n' }, 'Base moves');
    standIn.resetLog();
    expect(
      await propose({ files: [{ path: 'programs/pilot.yml', content: 'id: pilot\ntandems: [d]\n' }] }),
    ).toMatchObject({ outcome: 'taken-over', number: 1 });
    expect(writes()).toEqual([]);
    expect(readFileAt(standIn.state, BRANCH, 'programs/pilot.yml')).toBe('id: pilot\ntandems: [a, edited]\n');
  });

  it('merged, the base holds the proposed file; with nothing left to propose, no pull request opens', async () => {
    const result = await propose();
    const octokit = createGitHubClient({ token: 'test-token', apiUrl: standIn.url, pacing: 0.001 });
    await octokit.rest.pulls.merge({
      owner: 'acme',
      repo: 'mentoring',
      pull_number: result.outcome === 'same-as-base' ? 0 : result.number,
    });
    expect(readFileAt(standIn.state, 'main', 'programs/pilot.yml')).toBe('id: pilot\ntandems: [a]\n');
    standIn.resetLog();
    expect(await propose()).toEqual({ outcome: 'same-as-base' });
    expect(writes()).toEqual([]);
  });

  it('says which setting to turn on when the repository does not let Actions open pull requests', async () => {
    standIn.state.repo.actionsMayCreatePullRequests = false;
    await expect(propose()).rejects.toThrow(
      /GitHub Actions may not open pull requests here\. Turn on "Allow GitHub Actions to create and approve pull requests"/,
    );
  });

  it('two runs at once leave one pull request: the later run finds the one the other opened', async () => {
    const [a, b] = await Promise.all([propose(), propose()]);
    expect(pulls()).toHaveLength(1);
    expect([a.outcome, b.outcome].sort()).toEqual(['opened', 'unchanged']);
  });
});

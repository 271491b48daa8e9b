import type { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileAt, type StandIn, startStandIn } from '../stand-in/index.js';
import { makeOctokit, OWNER, REPO, rejectionOf } from './clients.js';

let standIn: StandIn;
let octokit: Octokit;
const repo = { owner: OWNER, repo: REPO };
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

beforeEach(async () => {
  // checkResponses: every answer must also match GitHub's response schemas.
  standIn = await startStandIn({ checkResponses: true, clock: () => new Date('2027-01-11T08:00:00Z') });
  standIn.seed({ files: { 'programs/pilot.yml': 'id: pilot\n', 'README.md': '# Mentoring\n' } });
  octokit = makeOctokit(standIn);
});

afterEach(async () => {
  await standIn.close();
  expect(standIn.violations).toEqual([]);
});

async function branchFromMain(branch: string): Promise<string> {
  const main = await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
  await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: main.data.object.sha });
  return main.data.object.sha;
}

describe('branches and files', () => {
  it('reads a seeded file with its git blob sha at the default branch', async () => {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: 'programs/pilot.yml' });
    expect(data).toMatchObject({ type: 'file', path: 'programs/pilot.yml', encoding: 'base64' });
    const file = data as { content: string; sha: string };
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe('id: pilot\n');
    // `git hash-object` of "id: pilot\n"
    expect(file.sha).toBe('e9bb2b6b32526344bb617747e9b6f408106792dd');
    expect((await rejectionOf(octokit.rest.repos.getContent({ ...repo, path: 'nope.yml' }))).status).toBe(
      404,
    );
  });

  it('creates a branch, commits a changed file on it with the blob sha, and leaves main as it was', async () => {
    const mainSha = await branchFromMain('tandem/match-pilot');
    const before = await octokit.rest.repos.getContent({
      ...repo,
      path: 'programs/pilot.yml',
      ref: 'tandem/match-pilot',
    });
    const sha = (before.data as { sha: string }).sha;
    const missingSha = await rejectionOf(
      octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'programs/pilot.yml',
        branch: 'tandem/match-pilot',
        message: 'Propose tandems',
        content: base64('id: pilot\ntandems: []\n'),
      }),
    );
    expect(missingSha.status).toBe(422);
    const written = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'programs/pilot.yml',
      branch: 'tandem/match-pilot',
      message: 'Propose tandems',
      content: base64('id: pilot\ntandems: []\n'),
      sha,
    });
    expect(written.status).toBe(200);
    expect(written.data.commit.parents?.[0]?.sha).toBe(mainSha);
    const stale = await rejectionOf(
      octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'programs/pilot.yml',
        branch: 'tandem/match-pilot',
        message: 'again',
        content: base64('x'),
        sha,
      }),
    );
    expect(stale.status).toBe(409);
    // GitHub's description of this 409 is a oneOf of two schemas that every error body matches both of.
    expect(standIn.violations.map((violation) => violation.message)).toEqual([
      'repos/create-or-update-file-contents 409: response is invalid',
    ]);
    standIn.clearViolations();
    expect(readFileAt(standIn.state, 'tandem/match-pilot', 'programs/pilot.yml')).toBe(
      'id: pilot\ntandems: []\n',
    );
    expect(readFileAt(standIn.state, 'main', 'programs/pilot.yml')).toBe('id: pilot\n');

    const compared = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main...tandem/match-pilot',
    });
    expect(compared.data).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0 });
    expect(compared.data.commits[0]?.commit.message).toBe('Propose tandems');
  });

  it('moves a branch only forward unless forced, and refuses a branch that exists', async () => {
    const mainSha = await branchFromMain('feature');
    await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'new.md',
      branch: 'feature',
      message: 'add',
      content: base64('new\n'),
    });
    const exists = await rejectionOf(
      octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/feature', sha: mainSha }),
    );
    expect(exists.status).toBe(422);
    const backwards = await rejectionOf(
      octokit.rest.git.updateRef({ ...repo, ref: 'heads/feature', sha: mainSha }),
    );
    expect(backwards.message).toMatch(/not a fast forward/);
    const forced = await octokit.rest.git.updateRef({
      ...repo,
      ref: 'heads/feature',
      sha: mainSha,
      force: true,
    });
    expect(forced.data.object.sha).toBe(mainSha);
    await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/feature' });
    expect((await rejectionOf(octokit.rest.git.getRef({ ...repo, ref: 'heads/feature' }))).status).toBe(404);
  });
});

describe('pull requests', () => {
  async function proposal(): Promise<number> {
    await branchFromMain('tandem/match-pilot');
    const { data } = await octokit.rest.repos.getContent({
      ...repo,
      path: 'programs/pilot.yml',
      ref: 'tandem/match-pilot',
    });
    await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'programs/pilot.yml',
      branch: 'tandem/match-pilot',
      message: 'Propose tandems',
      content: base64('id: pilot\ntandems: [a]\n'),
      sha: (data as { sha: string }).sha,
    });
    const created = await octokit.rest.pulls.create({
      ...repo,
      head: 'tandem/match-pilot',
      base: 'main',
      title: 'Proposed tandems',
      body: 'table',
    });
    return created.data.number;
  }

  it('opens, lists by head, base and state, updates and merges: main then holds the head’s files', async () => {
    const number = await proposal();
    const listed = await octokit.rest.pulls.list({
      ...repo,
      head: `${OWNER}:tandem/match-pilot`,
      base: 'main',
      state: 'open',
    });
    expect(listed.data.map((pull) => pull.number)).toEqual([number]);
    expect((await octokit.rest.pulls.list({ ...repo, head: `${OWNER}:other` })).data).toEqual([]);
    const again = await rejectionOf(
      octokit.rest.pulls.create({ ...repo, head: 'tandem/match-pilot', base: 'main', title: 'twice' }),
    );
    expect(again.status).toBe(422);

    const updated = await octokit.rest.pulls.update({
      ...repo,
      pull_number: number,
      title: 'New title',
      body: 'new',
    });
    expect(updated.data).toMatchObject({ title: 'New title', body: 'new', state: 'open', merged: false });
    // Its conversation is an issue's: comments go through the issues API.
    await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: 'plan' });

    const merged = await octokit.rest.pulls.merge({ ...repo, pull_number: number });
    expect(merged.data.merged).toBe(true);
    expect(readFileAt(standIn.state, 'main', 'programs/pilot.yml')).toBe('id: pilot\ntandems: [a]\n');
    const after = await octokit.rest.pulls.get({ ...repo, pull_number: number });
    expect(after.data).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: merged.data.sha });
    const closedList = await octokit.rest.pulls.list({ ...repo, state: 'closed' });
    expect(closedList.data[0]?.merged_at).not.toBeNull();
    expect((await rejectionOf(octokit.rest.pulls.merge({ ...repo, pull_number: number }))).status).toBe(405);
  });

  it('refuses a pull request without commits between base and head', async () => {
    await branchFromMain('empty');
    const refused = await rejectionOf(
      octokit.rest.pulls.create({ ...repo, head: 'empty', base: 'main', title: 'x' }),
    );
    expect(refused.status).toBe(422);
  });
});

import type { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StandIn, startStandIn } from '../stand-in/index.js';
import { makeOctokit, OWNER, REPO, rejectionOf } from './clients.js';

let standIn: StandIn;
let octokit: Octokit;
const repo = { owner: OWNER, repo: REPO };

beforeEach(async () => {
  standIn = await startStandIn({ checkResponses: true });
  standIn.seed({ issues: [{ title: 'A tandem', body: 'before', labels: ['tandem:pilot'] }] });
  octokit = makeOctokit(standIn);
});

afterEach(async () => {
  expect(standIn.violations).toEqual([]);
  await standIn.close();
});

describe('the stand-in: what people and other runs do meanwhile', () => {
  it('runs a hook after a matching request is handled, before the client reads the answer', async () => {
    standIn.hooks.after({ operation: 'issues/list-for-repo' }, (state) => {
      state.issues[0]!.body = 'edited by a person';
    });
    const listed = await octokit.rest.issues.listForRepo({ ...repo, state: 'all' });
    expect(listed.data[0]!.body).toBe('before');
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).data.body).toBe(
      'edited by a person',
    );
  });

  it('says who closed an issue on a single read, and lists by creator', async () => {
    await octokit.rest.issues.update({
      ...repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
    });
    const read = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    expect(read.data.closed_by?.login).toBe('github-actions[bot]');
    const byBot = await octokit.rest.issues.listForRepo({
      ...repo,
      creator: 'github-actions[bot]',
      state: 'all',
    });
    expect(byBot.data).toHaveLength(1);
    const byOther = await octokit.rest.issues.listForRepo({ ...repo, creator: 'lea-schmidt', state: 'all' });
    expect(byOther.data).toHaveLength(0);
  });

  it('refuses GET /user to a bot, and ignores label changes without triage', async () => {
    expect((await rejectionOf(octokit.rest.users.getAuthenticated())).status).toBe(403);
    standIn.seed({ repo: { permissions: { push: false, triage: false } } });
    const answer = await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['x'] });
    expect(answer.data.map((label) => label.name)).toEqual(['tandem:pilot']);
  });

  it('renames and deletes a label on every issue that carries it', async () => {
    await octokit.rest.issues.updateLabel({ ...repo, name: 'tandem:pilot', new_name: 'mentoring' });
    expect(standIn.state.issues[0]!.labels).toEqual(['mentoring']);
    await octokit.rest.issues.deleteLabel({ ...repo, name: 'mentoring' });
    expect(standIn.state.issues[0]!.labels).toEqual([]);
  });
});

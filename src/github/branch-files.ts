import type { Octokit } from '@octokit/rest';
import { isNotFound } from './github-errors.js';
import type { RepoRef } from './issue-snapshot.js';

/**
 * Files on a branch through the contents API: read with the blob sha that a replacing write must
 * name, written one commit per changed file. Branch refs: read, created, moved.
 */

export interface FileChange {
  /** Path from the repository root, `/`-separated. */
  readonly path: string;
  readonly content: string;
}

export interface BranchFile {
  readonly content: string;
  /** The blob sha a write that replaces this version must send. */
  readonly sha: string;
}

export interface BranchTarget extends RepoRef {
  readonly octokit: Octokit;
}

export async function readBranchSha(target: BranchTarget, branch: string): Promise<string | undefined> {
  try {
    const { data } = await target.octokit.rest.git.getRef({
      owner: target.owner,
      repo: target.repo,
      ref: `heads/${branch}`,
    });
    return data.object.sha;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export async function createBranch(target: BranchTarget, branch: string, sha: string): Promise<void> {
  await target.octokit.rest.git.createRef({
    owner: target.owner,
    repo: target.repo,
    ref: `refs/heads/${branch}`,
    sha,
  });
}

/** Puts the branch on `sha`, dropping the commits it had (only ever Tandem's own, see the caller). */
export async function resetBranch(target: BranchTarget, branch: string, sha: string): Promise<void> {
  await target.octokit.rest.git.updateRef({
    owner: target.owner,
    repo: target.repo,
    ref: `heads/${branch}`,
    sha,
    force: true,
  });
}

export async function readFile(
  target: BranchTarget,
  path: string,
  ref: string,
): Promise<BranchFile | undefined> {
  try {
    const { data } = await target.octokit.rest.repos.getContent({
      owner: target.owner,
      repo: target.repo,
      path,
      ref,
    });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      throw new Error(`${path} at ${ref} is not a file`);
    }
    return { content: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export async function writeFile(
  target: BranchTarget,
  branch: string,
  change: FileChange,
  current: BranchFile | undefined,
  message: string,
): Promise<void> {
  await target.octokit.rest.repos.createOrUpdateFileContents({
    owner: target.owner,
    repo: target.repo,
    path: change.path,
    branch,
    message,
    content: Buffer.from(change.content, 'utf8').toString('base64'),
    ...(current && { sha: current.sha }),
  });
}

/**
 * How the branch stands against the base: commits behind, and whether every commit it has that the
 * base lacks carries `trailer` (was made by Tandem), so that resetting it loses nobody's work.
 */
export async function compareWithBase(
  target: BranchTarget,
  base: string,
  branch: string,
  trailer: string,
): Promise<{ readonly behindBy: number; readonly isOnlyOurs: boolean }> {
  const { data } = await target.octokit.rest.repos.compareCommitsWithBasehead({
    owner: target.owner,
    repo: target.repo,
    basehead: `${base}...${branch}`,
    per_page: 100,
  });
  const isOnlyOurs = data.commits.every((commit) => commit.commit.message.includes(trailer));
  return { behindBy: data.behind_by, isOnlyOurs };
}

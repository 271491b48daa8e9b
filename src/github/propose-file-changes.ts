import { createHash } from 'node:crypto';
import type { Octokit } from '@octokit/rest';
import {
  type BranchFile,
  type BranchTarget,
  compareWithBase,
  createBranch,
  type FileChange,
  readBranchSha,
  readFile,
  resetBranch,
  writeFile,
} from './branch-files.js';
import {
  isActionsMayNotCreatePullRequests,
  isPullRequestAlreadyOpen,
  isRefAlreadyExisting,
} from './github-errors.js';

export type { FileChange };

export interface ProposeFileChangesOptions {
  /** A client from createGitHubClient: its writes are paced as every other write. */
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  /** Default: the repository's default branch. */
  readonly base?: string;
  /** Tandem's own branch for this proposal, e.g. `tandem/match-<program>`: one pull request per branch. */
  readonly branch: string;
  readonly files: readonly FileChange[];
  readonly commitMessage: string;
  readonly title: string;
  readonly body: string;
}

/**
 * `opened`, `updated` (files, title or body written), `unchanged` (nothing written), `declined` (a
 * person closed the pull request of this very proposal without merging: it is left closed),
 * `taken-over` (a person pushed to the open pull request's branch: nothing written), and
 * `same-as-base` (the base already holds these files and no pull request is open: nothing to propose).
 */
export type ProposalOutcome = 'opened' | 'updated' | 'unchanged' | 'declined' | 'taken-over';

export type ProposeFileChangesResult =
  | { readonly outcome: ProposalOutcome; readonly number: number; readonly url: string }
  | { readonly outcome: 'same-as-base' };

/** In each commit message: the commits on the branch that carry it are Tandem's and may be reset. */
const COMMIT_TRAILER = 'Proposed-by: tandem';
/** In the description: which files this pull request proposes, so a declined proposal is not repeated. */
const PROPOSAL_MARKER = '<!-- tandem-proposal:';

/**
 * Opens or updates one pull request that puts `files` on `base`, from Tandem's own `branch`. Writes
 * only what differs: a second run with the same files, title and body reads and writes nothing.
 * The branch is created from the base when missing, reused when it exists without a pull request, and
 * reset onto the base when the base moved and the files must change, as long as it holds only
 * Tandem's commits. Once a person has pushed to the branch of an open pull request, it is theirs:
 * Tandem writes neither files nor description (`taken-over`); a person's commit is never dropped.
 */
export async function proposeFileChanges(
  options: ProposeFileChangesOptions,
): Promise<ProposeFileChangesResult> {
  const { octokit, owner, repo, branch } = options;
  const target: BranchTarget = { octokit, owner, repo };
  const base = options.base ?? (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
  const fingerprint = fingerprintOf(options.files);
  const body = `${options.body.trimEnd()}\n\n${PROPOSAL_MARKER} ${fingerprint} -->\n`;

  const pulls = (
    await octokit.rest.pulls.list({
      owner,
      repo,
      head: `${owner}:${branch}`,
      base,
      state: 'all',
      sort: 'created',
      direction: 'desc',
      per_page: 20,
    })
  ).data;
  const open = pulls.find((pull) => pull.state === 'open');
  const lastClosed = pulls.find((pull) => pull.state === 'closed');
  if (!open && lastClosed && !lastClosed.merged_at && lastClosed.body?.includes(fingerprint)) {
    return { outcome: 'declined', number: lastClosed.number, url: lastClosed.html_url };
  }

  const written = await writeBranch(target, base, branch, options, open !== undefined);
  if (written === 'taken-over') return { outcome: 'taken-over', number: open!.number, url: open!.html_url };
  if (open) {
    const isTextChanged = open.title !== options.title || (open.body ?? '') !== body;
    if (isTextChanged) {
      await octokit.rest.pulls.update({ owner, repo, pull_number: open.number, title: options.title, body });
    }
    const outcome = written > 0 || isTextChanged ? 'updated' : 'unchanged';
    return { outcome, number: open.number, url: open.html_url };
  }
  if (written === 0 && (await isSameAsBase(target, base, options.files))) return { outcome: 'same-as-base' };
  try {
    const { data } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: branch,
      base,
      title: options.title,
      body,
    });
    return { outcome: 'opened', number: data.number, url: data.html_url };
  } catch (error) {
    // Another run opened it a moment ago (a workflow without a concurrency group): that one stays.
    const raced = isPullRequestAlreadyOpen(error)
      ? (await octokit.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, base, state: 'open' }))
          .data[0]
      : undefined;
    if (raced) return { outcome: 'unchanged', number: raced.number, url: raced.html_url };
    if (isActionsMayNotCreatePullRequests(error)) {
      throw new Error(
        `${owner}/${repo}: GitHub Actions may not open pull requests here. Turn on "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General), or pass a token that may.`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * Brings the branch's files to `files`; returns how many files were written, or `taken-over` when
 * the branch of an open pull request holds a person's commit (then nothing is written).
 */
async function writeBranch(
  target: BranchTarget,
  base: string,
  branch: string,
  options: ProposeFileChangesOptions,
  hasOpenPull: boolean,
): Promise<number | 'taken-over'> {
  const branchSha = await readBranchSha(target, branch);
  let current = branchSha === undefined ? undefined : await readFiles(target, branch, options.files);
  const isCurrent =
    current !== undefined && options.files.every((file, i) => current![i]?.content === file.content);
  if (isCurrent) return 0;
  const baseSha = await readBranchSha(target, base);
  if (baseSha === undefined)
    throw new Error(`${target.owner}/${target.repo}: no branch ${base} to propose to`);
  if (branchSha === undefined) {
    await createBranch(target, branch, baseSha).catch(unlessRaced);
    current = await readFiles(target, branch, options.files);
  } else if (branchSha !== baseSha) {
    const { behindBy, isOnlyOurs } = await compareWithBase(target, base, branch, COMMIT_TRAILER);
    if (!isOnlyOurs && hasOpenPull) return 'taken-over';
    if (behindBy > 0 && isOnlyOurs) {
      await resetBranch(target, branch, baseSha);
      current = await readFiles(target, branch, options.files);
    }
  }
  let written = 0;
  const message = `${options.commitMessage.trimEnd()}\n\n${COMMIT_TRAILER}`;
  for (const [index, file] of options.files.entries()) {
    const existing = current?.[index];
    if (existing?.content === file.content) continue;
    try {
      await writeFile(target, branch, file, existing, message);
      written += 1;
    } catch (error) {
      // A stale or missing sha: another run wrote the file meanwhile; fine when it wrote the same.
      if ((await readFile(target, file.path, branch))?.content !== file.content) throw error;
    }
  }
  return written;
}

/** Another run at the same moment created the branch first: carry on with it. */
function unlessRaced(error: unknown): void {
  if (!isRefAlreadyExisting(error)) throw error;
}

function readFiles(
  target: BranchTarget,
  ref: string,
  files: readonly FileChange[],
): Promise<(BranchFile | undefined)[]> {
  return Promise.all(files.map((file) => readFile(target, file.path, ref)));
}

async function isSameAsBase(
  target: BranchTarget,
  base: string,
  files: readonly FileChange[],
): Promise<boolean> {
  const onBase = await readFiles(target, base, files);
  return files.every((file, index) => onBase[index]?.content === file.content);
}

function fingerprintOf(files: readonly FileChange[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(`${file.path}\0${file.content}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

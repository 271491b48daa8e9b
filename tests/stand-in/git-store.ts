/**
 * The repository's files as git holds them: blobs, commits with whole trees, and branch refs. Shas are
 * real git object ids for blobs (`blob <size>\0<content>`), so a client that computes one agrees.
 * Created on first use with one empty commit on the default branch; tests seed files with `commitFiles`.
 */
import { createHash } from 'node:crypto';
import { type CommitRecord, type GitRecord, type StandInState, stampWrite } from './state.js';

export function gitOf(state: StandInState): GitRecord {
  if (state.git) return state.git;
  const git: GitRecord = { blobs: new Map(), commits: new Map(), refs: new Map() };
  state.git = git;
  const root = addCommit(state, { parents: [], message: 'Initial commit', tree: new Map() });
  git.refs.set(`heads/${state.repo.default_branch}`, root.sha);
  return git;
}

export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function addBlob(state: StandInState, content: string): string {
  const sha = blobSha(content);
  gitOf(state).blobs.set(sha, content);
  return sha;
}

export function addCommit(
  state: StandInState,
  input: { parents: readonly string[]; message: string; tree: ReadonlyMap<string, string>; author?: string },
): CommitRecord {
  const git = state.git ?? gitOf(state);
  const entries = [...input.tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const treeSha = hash(`tree ${JSON.stringify(entries)}`);
  const date = stampWrite(state);
  const author = input.author ?? state.viewer;
  const sha = hash(`commit ${treeSha}\n${input.parents.join(' ')}\n${author} ${date}\n${input.message}`);
  const commit: CommitRecord = {
    sha,
    parents: [...input.parents],
    message: input.message,
    tree: new Map(entries),
    treeSha,
    author,
    date,
  };
  git.commits.set(sha, commit);
  return commit;
}

/** The commit a ref names: a branch name, `heads/<branch>`, or a commit sha. */
export function resolveRef(state: StandInState, ref: string | undefined): CommitRecord | undefined {
  const git = gitOf(state);
  const name = ref ?? state.repo.default_branch;
  const sha = git.refs.get(name.replace(/^refs\//, '')) ?? git.refs.get(`heads/${name}`) ?? name;
  return git.commits.get(sha);
}

export function branchHead(state: StandInState, branch: string): CommitRecord | undefined {
  const sha = gitOf(state).refs.get(`heads/${branch}`);
  return sha === undefined ? undefined : gitOf(state).commits.get(sha);
}

/** Commits a change of files on a branch (a null content deletes the file); the branch moves to it. */
export function commitFiles(
  state: StandInState,
  branch: string,
  files: Readonly<Record<string, string | null>>,
  message = 'Update files',
  author?: string,
): CommitRecord {
  const head = branchHead(state, branch);
  if (!head) throw new Error(`stand-in: no branch ${branch}`);
  const tree = new Map(head.tree);
  for (const [path, content] of Object.entries(files)) {
    if (content === null) tree.delete(path);
    else tree.set(path, addBlob(state, content));
  }
  const commit = addCommit(state, { parents: [head.sha], message, tree, ...(author && { author }) });
  gitOf(state).refs.set(`heads/${branch}`, commit.sha);
  return commit;
}

/** A file's text at a ref (branch or sha), or undefined. Tests read the outcome of a merge with it. */
export function readFileAt(state: StandInState, ref: string, path: string): string | undefined {
  const sha = resolveRef(state, ref)?.tree.get(path);
  return sha === undefined ? undefined : gitOf(state).blobs.get(sha);
}

function ancestors(state: StandInState, sha: string): Set<string> {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(gitOf(state).commits.get(next)?.parents ?? []));
  }
  return seen;
}

export interface Comparison {
  readonly mergeBase: CommitRecord;
  /** Commits on head that base lacks, oldest first. */
  readonly ahead: readonly CommitRecord[];
  readonly behindBy: number;
}

export function compareCommits(state: StandInState, base: CommitRecord, head: CommitRecord): Comparison {
  const baseAncestors = ancestors(state, base.sha);
  const headAncestors = ancestors(state, head.sha);
  const commits = gitOf(state).commits;
  const ahead = [...headAncestors].filter((sha) => !baseAncestors.has(sha)).map((sha) => commits.get(sha)!);
  const common = [...headAncestors].filter((sha) => baseAncestors.has(sha)).map((sha) => commits.get(sha)!);
  // The nearest common ancestor: the one no other common ancestor descends from.
  const mergeBase =
    common.find((candidate) =>
      common.every((other) => !ancestors(state, other.sha).has(candidate.sha) || other === candidate),
    ) ?? base;
  const behindBy = [...baseAncestors].filter((sha) => !headAncestors.has(sha)).length;
  return { mergeBase, ahead: ahead.sort((a, b) => a.date.localeCompare(b.date)), behindBy };
}

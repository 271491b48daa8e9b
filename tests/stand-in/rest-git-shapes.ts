/** Git records → REST JSON: refs, commits, comparisons and file contents (shapes per GitHub's OpenAPI). */
import { gitOf } from './git-store.js';
import { type ShapeContext, toRestUser, WEB_URL } from './rest-shapes.js';
import { type CommitRecord, ensureUser } from './state.js';

const repoPath = ({ state }: ShapeContext): string => `${state.repo.owner}/${state.repo.name}`;
export const repoApi = (ctx: ShapeContext): string => `${ctx.apiUrl}/repos/${repoPath(ctx)}`;
export const repoWeb = (ctx: ShapeContext): string => `${WEB_URL}/${repoPath(ctx)}`;

export function toRestRef(ctx: ShapeContext, ref: string, sha: string): Record<string, unknown> {
  return {
    ref: `refs/${ref}`,
    node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
    url: `${repoApi(ctx)}/git/refs/${ref}`,
    object: { type: 'commit', sha, url: `${repoApi(ctx)}/git/commits/${sha}` },
  };
}

function gitActor(ctx: ShapeContext, commit: CommitRecord): Record<string, string> {
  const user = ensureUser(ctx.state, commit.author);
  return { name: user.login, email: `${user.id}+${user.login}@users.noreply.github.com`, date: commit.date };
}

function parents(ctx: ShapeContext, commit: CommitRecord): Record<string, string>[] {
  return commit.parents.map((sha) => ({
    sha,
    url: `${repoApi(ctx)}/commits/${sha}`,
    html_url: `${repoWeb(ctx)}/commit/${sha}`,
  }));
}

const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** The `commit` schema (compare, list commits). */
export function toRestCommit(ctx: ShapeContext, commit: CommitRecord): Record<string, unknown> {
  const url = `${repoApi(ctx)}/commits/${commit.sha}`;
  return {
    url,
    sha: commit.sha,
    node_id: `C_${Buffer.from(commit.sha).toString('base64url')}`,
    html_url: `${repoWeb(ctx)}/commit/${commit.sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${repoApi(ctx)}/git/commits/${commit.sha}`,
      author: gitActor(ctx, commit),
      committer: gitActor(ctx, commit),
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.treeSha, url: `${repoApi(ctx)}/git/trees/${commit.treeSha}` },
      verification: UNSIGNED,
    },
    author: toRestUser(ctx, commit.author),
    committer: toRestUser(ctx, commit.author),
    parents: parents(ctx, commit),
  };
}

/** The `file-commit` schema's `commit` (contents API writes). */
export function toRestFileCommit(ctx: ShapeContext, commit: CommitRecord): Record<string, unknown> {
  return {
    sha: commit.sha,
    node_id: `C_${Buffer.from(commit.sha).toString('base64url')}`,
    url: `${repoApi(ctx)}/git/commits/${commit.sha}`,
    html_url: `${repoWeb(ctx)}/commit/${commit.sha}`,
    author: gitActor(ctx, commit),
    committer: gitActor(ctx, commit),
    message: commit.message,
    tree: { sha: commit.treeSha, url: `${repoApi(ctx)}/git/trees/${commit.treeSha}` },
    parents: parents(ctx, commit),
    verification: UNSIGNED,
  };
}

/** GitHub wraps the base64 of a file's content at 60 characters. */
function wrapBase64(content: string): string {
  const base64 = Buffer.from(content, 'utf8').toString('base64');
  return `${base64.replace(/(.{60})/g, '$1\n')}\n`;
}

/** `content-file` (with the content) or, for writes, the same without `content` and `encoding`. */
export function toRestContent(
  ctx: ShapeContext,
  path: string,
  sha: string,
  ref: string,
  withContent: boolean,
): Record<string, unknown> {
  const content = gitOf(ctx.state).blobs.get(sha) ?? '';
  const url = `${repoApi(ctx)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const htmlUrl = `${repoWeb(ctx)}/blob/${ref}/${path}`;
  const gitUrl = `${repoApi(ctx)}/git/blobs/${sha}`;
  const shape: Record<string, unknown> = {
    type: 'file',
    size: Buffer.byteLength(content, 'utf8'),
    name: path.split('/').at(-1),
    path,
    sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: `https://raw.githubusercontent.com/${repoPath(ctx)}/${ref}/${path}`,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
  return withContent ? { ...shape, content: wrapBase64(content), encoding: 'base64' } : shape;
}

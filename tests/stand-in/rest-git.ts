/** REST git routes: branch refs (get, create, move, delete) and comparing two commits. */
import { compareCommits, gitOf, resolveRef } from './git-store.js';
import { githubError, notFound, ok, type RestCall, type RestHandler } from './rest-call.js';
import { repoApi, repoWeb, toRestCommit, toRestRef } from './rest-git-shapes.js';

type Body = Record<string, unknown>;

const refName = (call: RestCall): string => (call.params.ref ?? '').replace(/^refs\//, '');

const getRef: RestHandler = (call) => {
  const ref = refName(call);
  const sha = gitOf(call.ctx.state).refs.get(ref);
  return sha === undefined ? notFound(call) : ok(toRestRef(call.ctx, ref, sha));
};

/** Whether `ancestor` is `sha` or one of its ancestors. */
function isAncestor(call: RestCall, ancestor: string, sha: string): boolean {
  const commits = gitOf(call.ctx.state).commits;
  const queue = [sha];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (next === ancestor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(commits.get(next)?.parents ?? []));
  }
  return false;
}

const createRef: RestHandler = (call) => {
  const body = call.body as Body;
  const full = String(body.ref ?? '');
  const sha = String(body.sha ?? '');
  const git = gitOf(call.ctx.state);
  if (!/^refs\/[^/]+\/.+/.test(full))
    return githubError(
      422,
      'Reference name must start with refs/ and have at least two slashes.',
      call.docsUrl,
    );
  if (!git.commits.has(sha)) return githubError(422, 'Object does not exist', call.docsUrl);
  const ref = full.slice('refs/'.length);
  if (git.refs.has(ref)) return githubError(422, 'Reference already exists', call.docsUrl);
  git.refs.set(ref, sha);
  return ok(toRestRef(call.ctx, ref, sha), 201, { location: `${repoApi(call.ctx)}/git/refs/${ref}` });
};

const updateRef: RestHandler = (call) => {
  const ref = refName(call);
  const body = call.body as Body;
  const sha = String(body.sha ?? '');
  const git = gitOf(call.ctx.state);
  const current = git.refs.get(ref);
  if (current === undefined) return githubError(422, 'Reference does not exist', call.docsUrl);
  if (!git.commits.has(sha)) return githubError(422, 'Object does not exist', call.docsUrl);
  if (body.force !== true && !isAncestor(call, current, sha))
    return githubError(422, 'Update is not a fast forward', call.docsUrl);
  git.refs.set(ref, sha);
  return ok(toRestRef(call.ctx, ref, sha));
};

const deleteRef: RestHandler = (call) => {
  const ref = refName(call);
  const git = gitOf(call.ctx.state);
  if (!git.refs.has(ref)) return githubError(422, 'Reference does not exist', call.docsUrl);
  if (ref === `heads/${call.ctx.state.repo.default_branch}`)
    return githubError(422, 'Cannot delete the default branch', call.docsUrl);
  git.refs.delete(ref);
  return { status: 204 };
};

/** `GET /compare/{base}...{head}`: how far head is ahead of and behind base, and head's own commits. */
const compare: RestHandler = (call) => {
  const [baseName, headName] = (call.params.basehead ?? '').split('...');
  const { state } = call.ctx;
  const base = resolveRef(state, baseName);
  const head = resolveRef(state, headName);
  if (!base || !head || headName === undefined) return notFound(call);
  const { mergeBase, ahead, behindBy } = compareCommits(state, base, head);
  const status =
    ahead.length === 0 && behindBy === 0
      ? 'identical'
      : behindBy === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';
  const web = `${repoWeb(call.ctx)}/compare/${baseName}...${headName}`;
  return ok({
    url: `${repoApi(call.ctx)}/compare/${baseName}...${headName}`,
    html_url: web,
    permalink_url: `${repoWeb(call.ctx)}/compare/${base.sha}...${head.sha}`,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    base_commit: toRestCommit(call.ctx, base),
    merge_base_commit: toRestCommit(call.ctx, mergeBase),
    status,
    ahead_by: ahead.length,
    behind_by: behindBy,
    total_commits: ahead.length,
    commits: ahead.map((commit) => toRestCommit(call.ctx, commit)),
    files: [],
  });
};

export const gitRoutes: Readonly<Record<string, RestHandler>> = {
  'git/get-ref': getRef,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/delete-ref': deleteRef,
  'repos/compare-commits-with-basehead': compare,
};

/**
 * REST contents routes: read a file (with its blob sha) at a ref, and create or update a file on a
 * branch, which makes one commit. Replacing a file needs the sha of the version being replaced, as on
 * GitHub: a missing sha is refused, a stale one conflicts.
 */
import { branchHead, commitFiles, resolveRef } from './git-store.js';
import { githubError, notFound, ok, queryParam, type RestHandler } from './rest-call.js';
import { toRestContent, toRestFileCommit } from './rest-git-shapes.js';

type Body = Record<string, unknown>;

const getContent: RestHandler = (call) => {
  const { state } = call.ctx;
  const ref = queryParam(call, 'ref') ?? state.repo.default_branch;
  const commit = resolveRef(state, ref);
  if (!commit) return githubError(404, `No commit found for the ref ${ref}`, call.docsUrl);
  const path = call.params.path ?? '';
  const sha = commit.tree.get(path);
  if (sha !== undefined) return ok(toRestContent(call.ctx, path, sha, ref, true));
  // A directory: its direct entries, files only (the stand-in keeps no tree objects).
  const prefix = `${path.replace(/\/+$/, '')}/`;
  const entries = [...commit.tree].filter(
    ([file]) => file.startsWith(prefix) && !file.slice(prefix.length).includes('/'),
  );
  if (entries.length === 0) return notFound(call);
  return ok(entries.map(([file, blob]) => toRestContent(call.ctx, file, blob, ref, false)));
};

const putContent: RestHandler = (call) => {
  const { state } = call.ctx;
  const body = call.body as Body;
  const path = call.params.path ?? '';
  const branch = typeof body.branch === 'string' ? body.branch : state.repo.default_branch;
  const head = branchHead(state, branch);
  if (!head) return githubError(404, `Branch ${branch} not found`, call.docsUrl);
  const current = head.tree.get(path);
  const given = typeof body.sha === 'string' ? body.sha : undefined;
  if (current !== undefined && given === undefined)
    return githubError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.', call.docsUrl);
  if (given !== undefined && given !== current)
    return githubError(409, `${path} does not match ${given}`, call.docsUrl);
  const content = Buffer.from(String(body.content ?? ''), 'base64').toString('utf8');
  const commit = commitFiles(state, branch, { [path]: content }, String(body.message ?? ''));
  return ok(
    {
      content: toRestContent(call.ctx, path, commit.tree.get(path)!, branch, false),
      commit: toRestFileCommit(call.ctx, commit),
    },
    current === undefined ? 201 : 200,
  );
};

export const contentRoutes: Readonly<Record<string, RestHandler>> = {
  'repos/get-content': getContent,
  'repos/create-or-update-file-contents': putContent,
};

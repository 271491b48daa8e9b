import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadWorkflowParser, workflowErrors } from '../helpers/workflow-parser.js';

let parser: Awaited<ReturnType<typeof loadWorkflowParser>>;
beforeAll(async () => {
  parser = await loadWorkflowParser();
});

const dir = path.resolve(import.meta.dirname, '../../docs/workflows');
const files = readdirSync(dir).filter((name) => name.endsWith('.yml'));

interface WorkflowYaml {
  permissions?: Record<string, string>;
  concurrency?: { group?: string };
  jobs: Record<
    string,
    { permissions?: Record<string, string>; steps: { uses?: string; with?: Record<string, string> }[] }
  >;
}

const WRITE_SCOPES_BY_COMMAND: Record<string, string[]> = {
  auto: ['issues', 'discussions', 'pull-requests'],
  sync: ['issues'],
  report: ['discussions'],
  remind: ['issues'],
  // Both push a branch and open or update a pull request.
  signups: ['contents', 'pull-requests'],
  match: ['contents', 'pull-requests'],
};

describe('the workflows the README shows', () => {
  it('exist: pull request, sync, report, sign-ups and matching', () => {
    expect(files.sort()).toEqual([
      'tandem-match.yml',
      'tandem-pull-request.yml',
      'tandem-report.yml',
      'tandem-signups.yml',
      'tandem-sync.yml',
    ]);
  });

  it.each(files)('%s is a valid workflow for GitHub’s own parser', async (name) => {
    const content = readFileSync(path.join(dir, name), 'utf8');
    expect(await workflowErrors(parser, name, content)).toEqual([]);
  });

  it.each(files)('%s has least-privilege permissions per job and a concurrency group', (name) => {
    const workflow = parse(readFileSync(path.join(dir, name), 'utf8')) as WorkflowYaml;
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.concurrency?.group).toBeTruthy();
    for (const job of Object.values(workflow.jobs)) {
      const permissions = job.permissions ?? {};
      expect(permissions.contents).toMatch(/^(read|write)$/);
      const writes = Object.keys(permissions).filter((scope) => permissions[scope] === 'write');
      const step = job.steps.find((candidate) => candidate.uses?.startsWith('tandem-mentoring/tandem'));
      expect(step).toBeDefined();
      // Every write scope a job holds is one that one of its Tandem commands needs.
      const needed = new Set(
        job.steps
          .filter((candidate) => candidate.uses?.startsWith('tandem-mentoring/tandem'))
          .flatMap((candidate) => WRITE_SCOPES_BY_COMMAND[candidate.with?.command ?? 'auto'] ?? []),
      );
      for (const scope of writes) expect(needed).toContain(scope);
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadWorkflowParser, workflowErrors } from '../helpers/workflow-parser.js';

const root = path.resolve(import.meta.dirname, '../..');
// Not under docs/workflows/: `tandem init` writes those, and this one replaces two of them.
const file = 'docs/board/tandem-board.yml';
/** A workflow expression, written as the workflow file has it. */
const APP_TOKEN = ['$', '{{ steps.app.outputs.token }}'].join('');
const content = readFileSync(path.join(root, file), 'utf8');

interface Job {
  readonly permissions?: Record<string, string>;
  readonly steps: { readonly uses?: string; readonly with?: Record<string, string> }[];
}

describe('the workflow with a board', () => {
  it('is valid for GitHub’s own parser and shown in the README as it is', async () => {
    expect(await workflowErrors(await loadWorkflowParser(), 'tandem-board.yml', content)).toEqual([]);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(content.trim());
  });

  it('gives the built-in token nothing to write and passes the App’s token to every Tandem step', () => {
    const jobs = Object.values((parse(content) as { jobs: Record<string, Job> }).jobs);
    for (const job of jobs) {
      expect(job.permissions).toEqual({ contents: 'read' });
      const tandem = job.steps.filter((step) => step.uses?.startsWith('tandem-mentoring/tandem'));
      expect(tandem.map((step) => step.with?.token)).toEqual([APP_TOKEN]);
    }
  });
});

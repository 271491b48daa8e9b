import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

type WorkflowParser = typeof import('@actions/workflow-parser');

/**
 * GitHub's own workflow parser. It imports its JSON schema without an import attribute, which only a
 * bundler accepts: it is bundled once with esbuild and loaded from there.
 */
export async function loadWorkflowParser(): Promise<WorkflowParser> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-workflow-parser-'));
  try {
    const outfile = path.join(dir, 'workflow-parser.mjs');
    const result = await build({
      stdin: { contents: "export * from '@actions/workflow-parser';", resolveDir: import.meta.dirname },
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
    });
    writeFileSync(outfile, result.outputFiles[0]!.contents);
    return (await import(pathToFileURL(outfile).href)) as WorkflowParser;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every error GitHub's parser finds in a workflow: the file's syntax and its expressions. */
export async function workflowErrors(
  parser: WorkflowParser,
  name: string,
  content: string,
): Promise<string[]> {
  const parsed = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return errors;
  const template = await parser.convertWorkflowTemplate(parsed.context, parsed.value);
  return [
    ...(template.errors ?? []).map((error) => error.Message),
    ...(template.jobs.length ? [] : ['no jobs']),
  ];
}

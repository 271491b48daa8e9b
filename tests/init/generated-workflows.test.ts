import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generateWorkflowsCode, readWorkflows, workflowsOutfile } from '../../scripts/build-workflows.mjs';

const root = path.resolve(import.meta.dirname, '../..');

it('the workflows init writes match a fresh generation from docs/workflows (run `npm run build:workflows` when this fails)', async () => {
  const fresh = generateWorkflowsCode(await readWorkflows());
  expect(readFileSync(path.join(root, workflowsOutfile), 'utf8') === fresh).toBe(true);
});

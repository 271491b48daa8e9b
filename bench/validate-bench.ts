import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { generateProgramYaml } from '../tests/fixtures/generate-program.js';
import { ms, printTable, timeProcess } from './measure.js';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Whole-process time to validate a generated 1,000-tandem program with the bundled CLI, next to
 * ajv-cli checking the same file against the same schema (which gives no positions, no meaning checks).
 */
export async function benchValidate(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-'));
  try {
    const file = path.join(dir, 'generated.yml');
    const yaml = generateProgramYaml(1000);
    await writeFile(file, yaml);
    // ajv-cli reads YAML as YAML 1.1 (dates become Date objects), so it gets the same data as JSON.
    const json = path.join(dir, 'generated.json');
    await writeFile(json, JSON.stringify(parse(yaml)));
    const runs = 7;
    const tandem = timeProcess(process.execPath, [path.join(root, 'bin/tandem.js'), 'validate', file], {
      runs,
      cwd: root,
    });
    const ajv = timeProcess(
      process.execPath,
      [
        path.join(root, 'node_modules/ajv-cli/dist/index.js'),
        'validate',
        '--spec=draft2020',
        '--strict=false',
        '-c',
        'ajv-formats',
        '-s',
        path.join(root, 'schema/program.schema.json'),
        '-d',
        json,
      ],
      { runs, cwd: root },
    );
    const node = timeProcess(process.execPath, ['-e', ''], { runs, cwd: root });
    printTable('Validate a 1,000-tandem program (whole process, median of 7)', [
      ['tandem validate (bin/tandem.js)', ms(tandem), '≤ 500 ms and ≤ ajv-cli'],
      ['ajv-cli validate, same data (JSON) and schema', ms(ajv)],
      ['node -e "" (process start alone)', ms(node)],
      ['tandem faster than ajv-cli', tandem <= ajv ? 'yes' : 'NO'],
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

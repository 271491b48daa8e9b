import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The pipeline, lowest stage first. A module may import its own stage or a lower one, never a higher
 * one; core imports nothing of the shell and no I/O. The README's "Development" section names the same
 * stages.
 */
const CORE_STAGES: readonly string[] = [
  'markdown',
  'issue-body',
  'diagnostics',
  'time',
  'locale',
  'yaml',
  'schema',
  'program',
  'schedule',
  'validate',
  'render',
  'sync',
  'report',
  'remind',
  'match',
  'signup',
  'board',
  'init',
];
const SHELL = ['github', 'commands', 'action', 'cli'];

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : listSources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => (match[1] ?? match[2])!);
}

/** `core/schedule/x.ts` → `schedule`; `commands/x.ts` → `commands`. */
function stageOf(file: string): string {
  const parts = path.relative(src, file).split(path.sep);
  return parts[0] === 'core' ? (parts.length > 2 ? parts[1]! : '') : parts[0]!;
}

const sources = listSources(src);
const coreSources = sources.filter((file) => stageOf(file) !== '' && !SHELL.includes(stageOf(file)));

describe('the import graph', () => {
  it('keeps every core module in a stage folder', () => {
    const loose = sources.filter((file) => path.dirname(file) === path.join(src, 'core'));
    expect(loose.map((file) => path.relative(root, file))).toEqual([]);
    const unknown = coreSources.filter((file) => !CORE_STAGES.includes(stageOf(file)));
    expect(unknown.map((file) => path.relative(root, file))).toEqual([]);
  });

  it('keeps core free of I/O, the runner and the GitHub client', () => {
    const offending = coreSources.flatMap((file) =>
      importsOf(file)
        .filter((spec) =>
          /^(node:(fs|child_process|net|http|https|os|process)|@octokit\/|@actions\/)/.test(spec),
        )
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    const usesProcess = coreSources
      .filter((file) => /\bprocess\.(env|argv|exit|stdout|stderr|cwd)/.test(readFileSync(file, 'utf8')))
      .map((file) => `${path.relative(root, file)} uses process`);
    expect([...offending, ...usesProcess]).toEqual([]);
  });

  it('lets a stage import only itself and lower stages, and core nothing of the shell', () => {
    const offending: string[] = [];
    for (const file of coreSources) {
      const rank = CORE_STAGES.indexOf(stageOf(file));
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(src)) continue;
        const stage = stageOf(target);
        if (SHELL.includes(stage) || CORE_STAGES.indexOf(stage) > rank)
          offending.push(`${path.relative(src, file)} (${stageOf(file)}) imports ${spec} (${stage})`);
      }
    }
    expect(offending).toEqual([]);
  });
});

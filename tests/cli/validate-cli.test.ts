import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../helpers/run-tandem.js';
import { createWorkspace } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const invalidDir = 'tests/fixtures/programs/invalid';
const corpus = readdirSync(path.join(root, invalidDir)).filter((name) => name.endsWith('.yml'));
const STACK_TRACE = /\n\s+at .+[:(]\d+/;

interface Expectation {
  readonly file?: string;
  readonly line: number;
  readonly col: number;
  readonly severity: string;
}

/** `# expect: [file] line:col-endLine:endCol severity rule "message"` lines at the top of a fixture. */
function expectationsOf(name: string): Expectation[] {
  const text = readFileSync(path.join(root, invalidDir, name), 'utf8');
  return [...text.matchAll(/^# expect: (?:(\S+\.hbs) )?(\d+):(\d+)-\d+:\d+ (error|warning) /gm)].map(
    (match) => ({
      ...(match[1] && { file: match[1] }),
      line: Number(match[2]),
      col: Number(match[3]),
      severity: match[4]!,
    }),
  );
}

describe('tandem validate on the bad-input corpus', () => {
  it('has at least 40 bad program files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(corpus)(
    '%s: exit 1 (0 with warnings only), each problem at its line and column, no stack trace',
    async (name) => {
      // As a user would run it at the root of a repository that holds the fixture (templates/ beside it).
      const run = await runTandem(['validate', name], { root: path.join(root, invalidDir) });
      const expectations = expectationsOf(name);
      expect(expectations.length).toBeGreaterThan(0);
      expect(run.code).toBe(expectations.some((e) => e.severity === 'error') ? 1 : 0);
      for (const expected of expectations) {
        const shownFile = expected.file ?? name;
        expect(run.stdout).toContain(`${shownFile}:${expected.line}:${expected.col}: ${expected.severity}: `);
      }
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    },
  );

  it('under GitHub Actions also prints an annotation for each problem', async () => {
    const run = await runTandem(['validate', `${invalidDir}/unknown-topic.yml`], {
      root,
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(run.stdout).toMatch(
      /^::error file=tests\/fixtures\/programs\/invalid\/unknown-topic\.yml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.*did you mean "ai-tools"/m,
    );
  });
});

describe('tandem validate on files that are not programs', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['an empty file', '', /programs\/p\.yml:1:1: error: .*empty/i],
    [
      'a binary file',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]),
      /programs\/p\.yml:1:1: error: .*binary/i,
    ],
    ['a 10 MB file', `# ${'x'.repeat(10 * 1024 * 1024)}\n`, /programs\/p\.yml:1:1: error: .*(MB|large)/i],
  ];
  it.each(cases)('%s gets one clear message and exit 1', async (_, content, message) => {
    await using workspace = await createWorkspace({ 'programs/p.yml': content });
    const run = await runTandem(['validate'], { root: workspace.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(message);
    expect(run.stdout.split('\n').filter((line) => line.includes(': error: '))).toHaveLength(1);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('reports a program id used by two files, at each of them', async () => {
    const program = readFileSync(path.join(root, 'programs/example.yml'), 'utf8');
    await using workspace = await createWorkspace({ 'programs/a.yml': program, 'programs/b.yml': program });
    const run = await runTandem(['validate'], { root: workspace.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^programs\/a\.yml:\d+:\d+: error: .*programs\/b\.yml/m);
    expect(run.stdout).toMatch(/^programs\/b\.yml:\d+:\d+: error: .*programs\/a\.yml/m);
  });
});

describe('tandem usage errors exit 2', () => {
  it.each([
    ['a file that does not exist', ['validate', 'programs/nope.yml'], /programs\/nope\.yml: no such file/],
    [
      'a glob that matches nothing',
      ['validate', 'nowhere/*.yml'],
      /no program file matches nowhere\/\*\.yml/,
    ],
    ['an unknown flag', ['validate', '--frobnicate'], /unknown option '--frobnicate'/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    [
      'a bad --today',
      ['report', '--today', '2027-13-45', '--token', 't', '--repo', 'a/b'],
      /--today takes a date/,
    ],
    ['sync without a token', ['sync'], /no GitHub token/],
  ])('%s', async (_, args, message) => {
    const run = await runTandem(args, { root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('prints help for every command and exits 0', async () => {
    for (const command of ['validate', 'plan', 'sync', 'report', 'remind', 'calendar', 'match', 'preview']) {
      const run = await runTandem([command, '--help'], { root });
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toMatch(new RegExp(`^Usage: tandem ${command}`, 'm'));
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaUrl } from '../../src/core/init/schema-url.js';
import { loadPool } from '../../src/core/match/load-pool.js';
import { RELEASE_TAG, TANDEM_REPOSITORY } from '../../src/core/render/release-tag.js';
import {
  CAPACITY_OPTIONS,
  SIGNUP_LABEL,
  signupFormPath,
  signupFormText,
  topicOptionLabel,
} from '../../src/core/signup/signup-form-fields.js';
import { runTandem } from '../helpers/run-tandem.js';
import { loadWorkflowParser, workflowErrors } from '../helpers/workflow-parser.js';
import { createWorkspace } from '../helpers/workspace.js';
import { issueFormProblems } from './issue-form-rules.js';

const repo = path.resolve(import.meta.dirname, '../..');
const PROGRAM = 'programs/reverse-mentoring.yml';
const POOL = 'pools/reverse-mentoring.yml';
const INIT = ['init', '--today', '2026-11-30', '--timezone', 'Europe/Berlin'];

interface ProgramYaml {
  id: string;
  language: string;
  topics: { id: string; title: string }[];
  signup: { pool: string };
}

interface FormYaml {
  labels: string[];
  title: string;
  body: {
    type: string;
    id?: string;
    attributes: { label?: string; options?: (string | { label: string })[]; default?: number };
    validations?: { required?: boolean };
  }[];
}

let parser: Awaited<ReturnType<typeof loadWorkflowParser>>;
beforeAll(async () => {
  parser = await loadWorkflowParser();
});

/** Every file under `dir`, relative, with `/`. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

describe('tandem init into an empty directory', () => {
  it('writes the program, pool, five workflows, two sign-up forms and editor settings, and prints the next steps', async () => {
    await using workspace = await createWorkspace();
    const run = await runTandem(INIT, { root: workspace.root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(listFiles(workspace.root).sort()).toEqual(
      [
        '.github/ISSUE_TEMPLATE/tandem-reverse-mentoring-mentee.yml',
        '.github/ISSUE_TEMPLATE/tandem-reverse-mentoring-mentor.yml',
        '.github/workflows/tandem-match.yml',
        '.github/workflows/tandem-pull-request.yml',
        '.github/workflows/tandem-report.yml',
        '.github/workflows/tandem-signups.yml',
        '.github/workflows/tandem-sync.yml',
        '.vscode/settings.json',
        POOL,
        PROGRAM,
      ].sort(),
    );
    expect(run.stdout).toContain(`created     ${PROGRAM}`);
    expect(run.stdout).toContain('create the category "Mentoring"');
    expect(run.stdout).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(run.stdout).toContain('fine-grained personal access token or a GitHub App');
    expect(run.stdout).toContain('git add programs pools .github .vscode');
  });

  it('writes a program that the real `tandem validate` accepts without a warning, naming its pool', async () => {
    await using workspace = await createWorkspace();
    await runTandem(INIT, { root: workspace.root });
    const run = await runTandem(['validate'], { root: workspace.root });
    expect(run.stdout).toBe('1 program file valid\n');
    expect(run.code).toBe(0);
    const program = parse(await workspace.read(PROGRAM)) as ProgramYaml;
    expect(program.signup.pool).toBe(POOL);
    expect(program.topics.length).toBeGreaterThanOrEqual(3);
  });

  it('writes a pool that the pool loader accepts, and `tandem match` reads', async () => {
    await using workspace = await createWorkspace();
    await runTandem(INIT, { root: workspace.root });
    const loaded = loadPool(POOL, await workspace.read(POOL));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.pool).toBeDefined();
    const run = await runTandem(['match', POOL], { root: workspace.root });
    expect(run.code).toBe(0);
  });

  it('points program and pool at their schemas at the released tag, in the modeline and the editor settings', async () => {
    await using workspace = await createWorkspace();
    await runTandem(INIT, { root: workspace.root });
    for (const [file, name] of [
      [PROGRAM, 'program'],
      [POOL, 'pool'],
    ] as const) {
      const url = `https://raw.githubusercontent.com/${TANDEM_REPOSITORY}/${RELEASE_TAG}/schema/${name}.schema.json`;
      expect(schemaUrl(name)).toBe(url);
      expect((await workspace.read(file)).split('\n')[0]).toBe(`# yaml-language-server: $schema=${url}`);
      // The file the URL names exists in this repository, so it exists at the tag once released.
      expect(readFileSync(path.join(repo, `schema/${name}.schema.json`), 'utf8')).toContain('"$schema"');
    }
    const settings = JSON.parse(await workspace.read('.vscode/settings.json'));
    expect(settings['yaml.schemas']).toEqual({
      [schemaUrl('program')]: ['programs/*.yml', 'programs/*.yaml'],
      [schemaUrl('pool')]: ['pools/*.yml', 'pools/*.yaml'],
    });
  });

  it('writes the workflows of docs/workflows byte for byte, each valid for GitHub’s workflow parser', async () => {
    await using workspace = await createWorkspace();
    await runTandem(INIT, { root: workspace.root });
    const docs = readdirSync(path.join(repo, 'docs/workflows'));
    expect(readdirSync(path.join(workspace.root, '.github/workflows')).sort()).toEqual(docs.sort());
    for (const name of docs) {
      const content = await workspace.read(`.github/workflows/${name}`);
      expect(content).toBe(readFileSync(path.join(repo, 'docs/workflows', name), 'utf8'));
      expect(await workflowErrors(parser, name, content)).toEqual([]);
      const workflow = parse(content) as { permissions: object; concurrency: { group: string } };
      expect(workflow.permissions).toEqual({ contents: 'read' });
      expect(workflow.concurrency.group).toMatch(/^tandem-/);
      expect(content).toContain(`uses: ${TANDEM_REPOSITORY}@${RELEASE_TAG}`);
    }
  });

  it('runs sign-ups on issue events (auto) and on a schedule (signups), matching by hand (match)', async () => {
    await using workspace = await createWorkspace();
    await runTandem(INIT, { root: workspace.root });
    const signups = parse(await workspace.read('.github/workflows/tandem-signups.yml'));
    expect(signups.on.issues.types).toEqual(['opened', 'edited', 'closed', 'reopened']);
    expect(Object.keys(signups.on).sort()).toEqual(['issues', 'schedule', 'workflow_dispatch']);
    expect(signups.jobs.check.steps[1].with.command).toBe('auto');
    expect(signups.jobs.check.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(signups.jobs.collect.steps[1].with.command).toBe('signups');
    const match = parse(await workspace.read('.github/workflows/tandem-match.yml'));
    expect(Object.keys(match.on)).toEqual(['workflow_dispatch']);
    expect(match.jobs.match.steps[1].with.command).toBe('match');
    expect(match.jobs.match.permissions).toEqual({
      contents: 'write',
      issues: 'read',
      'pull-requests': 'write',
    });
  });
});

describe('the sign-up forms tandem init writes', () => {
  it.each(['mentor', 'mentee'] as const)('the %s form passes GitHub’s issue-form rules', async (role) => {
    await using workspace = await createWorkspace();
    await runTandem(INIT, { root: workspace.root });
    expect(issueFormProblems(await workspace.read(signupFormPath('reverse-mentoring', role)))).toEqual([]);
  });

  it.each(['mentor', 'mentee'] as const)(
    'the %s form follows the sign-up contract, topics from the program',
    async (role) => {
      await using workspace = await createWorkspace();
      await runTandem(INIT, { root: workspace.root });
      const program = parse(await workspace.read(PROGRAM)) as ProgramYaml;
      const form = parse(await workspace.read(signupFormPath(program.id, role))) as FormYaml;
      const text = signupFormText('en', role);
      expect(form.labels).toEqual([SIGNUP_LABEL]);
      expect(form.title).toBe(text.title);
      const fields: Record<string, FormYaml['body'][number]> = Object.fromEntries(
        form.body.filter((element) => element.id).map((element) => [element.id, element]),
      );
      expect(Object.keys(fields)).toEqual(
        role === 'mentor'
          ? ['program', 'team', 'manager', 'topics', 'capacity']
          : ['program', 'team', 'manager', 'topics'],
      );
      for (const [id, element] of Object.entries(fields)) {
        expect(element.attributes.label).toBe(text.labels[id as keyof typeof text.labels]);
      }
      expect(fields.program!.type).toBe('dropdown');
      expect(fields.program!.attributes.options).toEqual([program.id]);
      expect(fields.program!.validations?.required).toBe(true);
      expect(fields.topics!.type).toBe('checkboxes');
      expect(fields.topics!.attributes.options).toEqual(
        program.topics.map((topic) => ({ label: topicOptionLabel(topic.id, topic.title) })),
      );
      if (role === 'mentor') {
        expect(fields.capacity!.type).toBe('dropdown');
        expect(fields.capacity!.attributes.options).toEqual([...CAPACITY_OPTIONS]);
      }
    },
  );

  it('offer the topics of a program file that is already there, which init leaves as it is', async () => {
    const mine = `version: 1
id: data-pilot
title: Data Pilot
language: de
start: 2027-03-01
duration: 3 months
cadence: monthly
session: { length: 1 hour }
timezone: Europe/Vienna
topics: [{ id: data-literacy, title: Daten lesen }]
tandems: []
`;
    await using workspace = await createWorkspace({ [PROGRAM]: mine });
    const run = await runTandem(INIT, { root: workspace.root });
    expect(run.stdout).toContain(`skipped     ${PROGRAM}`);
    expect(await workspace.read(PROGRAM)).toBe(mine);
    const form = await workspace.read(signupFormPath('data-pilot', 'mentee'));
    expect(issueFormProblems(form)).toEqual([]);
    const topics = (parse(form) as FormYaml).body.find((element) => element.id === 'topics')!;
    expect(topics.attributes.label).toBe(signupFormText('de', 'mentee').labels.topics);
    expect(topics.attributes.options).toEqual([{ label: topicOptionLabel('data-literacy', 'Daten lesen') }]);
    // --force puts the starter program in its place, and the starter's forms beside it.
    await runTandem([...INIT, '--force'], { root: workspace.root });
    const starter = parse(await workspace.read(PROGRAM)) as ProgramYaml;
    const starterForm = parse(await workspace.read(signupFormPath(starter.id, 'mentee'))) as FormYaml;
    expect(starterForm.body.find((element) => element.id === 'topics')!.attributes.options).toEqual(
      starter.topics.map((topic) => ({ label: topicOptionLabel(topic.id, topic.title) })),
    );
  });

  it('the issue-form rules catch what GitHub refuses: a None option, a duplicate label, an unquoted yes', () => {
    const form = (body: string) => `name: Form\ndescription: About\nbody:\n${body}`;
    const dropdown = (options: string) =>
      form(`  - type: dropdown\n    attributes:\n      label: L\n      options: [${options}]\n`);
    expect(issueFormProblems(dropdown('a, None'))).not.toEqual([]);
    expect(issueFormProblems(dropdown('a, yes'))).not.toEqual([]);
    expect(issueFormProblems(dropdown('a, "yes"'))).toEqual([]);
    const twice = form(
      '  - type: input\n    attributes: { label: Name }\n  - type: textarea\n    attributes: { label: Name }\n',
    );
    expect(issueFormProblems(twice)).not.toEqual([]);
    expect(issueFormProblems(form('  - type: markdown\n    attributes: { value: Hi }\n'))).not.toEqual([]);
  });
});

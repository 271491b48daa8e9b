import { Command, CommanderError, Option } from 'commander';
import { getErrorMessage, UsageError } from '../commands/error-message.js';
import { resolveGitHubSettings } from '../commands/github-settings.js';
import { createOutput, type Output } from '../commands/output.js';
import { parseToday } from '../commands/today.js';

// Commands are imported when they run: `tandem validate` never loads Octokit, Handlebars or the matcher.
export interface CliEnvironment {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
}

interface GitHubFlags {
  token?: string;
  repo?: string;
  apiUrl?: string;
  graphqlUrl?: string;
  today?: string;
  json?: boolean;
}

/** Runs one `tandem …` invocation; returns the exit code (0 ok, 1 failed or invalid, 2 usage). */
export async function runCli(environment: CliEnvironment): Promise<number> {
  const { env } = environment;
  let exitCode = 0;
  const outputFor = (flags: { json?: boolean }): Output =>
    createOutput({
      stdout: environment.stdout,
      stderr: environment.stderr,
      isGitHubActions: env.GITHUB_ACTIONS === 'true',
      summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
      isJson: Boolean(flags.json),
    });
  const github = (flags: GitHubFlags) =>
    resolveGitHubSettings({
      token: flags.token ?? env.GITHUB_TOKEN,
      repo: flags.repo ?? env.GITHUB_REPOSITORY,
      apiUrl: flags.apiUrl ?? env.GITHUB_API_URL,
      graphqlUrl: flags.graphqlUrl ?? env.GITHUB_GRAPHQL_URL,
      pacing: env.TANDEM_PACING,
    });
  const root = environment.cwd;
  const writeJson = (value: unknown): void =>
    void environment.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

  const cli = new Command('tandem')
    .description(
      'Reverse-mentoring programs as code: validate, plan, sync, report, remind, calendar, match, preview.',
    )
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => environment.stdout.write(text),
      writeErr: (text) => environment.stderr.write(text),
    })
    .exitOverride();

  const withGitHub = (command: Command): Command =>
    command
      .option('--token <token>', 'GitHub token (default: $GITHUB_TOKEN)')
      .option('--repo <owner/name>', 'repository (default: $GITHUB_REPOSITORY)')
      .option('--api-url <url>', 'REST API base (default: $GITHUB_API_URL or https://api.github.com)')
      .option('--graphql-url <url>', 'GraphQL endpoint (default: $GITHUB_GRAPHQL_URL)')
      .option('--today <YYYY-MM-DD>', 'fix the date, for reproducible runs')
      .option('--json', 'machine-readable output on standard output');

  cli
    .command('validate')
    .description('check program files: YAML, schema and meaning; every problem with file:line:col')
    .argument('[files...]', 'program files or globs', [])
    .option('--json', 'print the problems as JSON')
    .action(async (files: string[], flags: { json?: boolean }) => {
      const { runValidateCommand } = await import('../commands/validate-command.js');
      const result = await runValidateCommand(
        { root, patterns: files, isJson: Boolean(flags.json) },
        outputFor(flags),
      );
      if (flags.json) writeJson(result.json);
      exitCode = result.exitCode;
    });

  for (const name of ['plan', 'sync'] as const) {
    withGitHub(
      cli
        .command(name)
        .description(
          name === 'plan'
            ? 'show what sync would do (create / update / close / reopen / unchanged, with body diffs); writes nothing'
            : 'create and update one issue per tandem, keeping every ticked box and note',
        )
        .argument('[files...]', 'program files or globs', []),
    )
      .addOption(new Option('--dry-run', 'print the plan, write nothing').hideHelp(name === 'plan'))
      .action(async (files: string[], flags: GitHubFlags & { dryRun?: boolean }) => {
        const output = outputFor(flags);
        const { runSyncCommand } = await import('../commands/sync-command.js');
        const result = await runSyncCommand(
          {
            root,
            patterns: files,
            github: github(flags),
            isDryRun: name === 'plan' || Boolean(flags.dryRun),
            isJson: Boolean(flags.json),
            today: parseToday(flags.today),
          },
          output,
        );
        if (flags.json) writeJson({ plans: result.plans, issues: result.issues, failures: result.failures });
        exitCode = result.exitCode;
      });
  }

  const scheduled = {
    report: {
      description: 'post progress summaries, computed from the tandem checklists, to the program discussion',
      dryRun: 'compute and print the report, post nothing',
      load: async () => (await import('../commands/report-command.js')).runReportCommand,
    },
    remind: {
      description: 'comment on each tandem issue before its next session (reminders.before)',
      dryRun: 'list the reminders due, post nothing',
      load: async () => (await import('../commands/remind-command.js')).runRemindCommand,
    },
  } as const;
  for (const [name, command] of Object.entries(scheduled)) {
    withGitHub(
      cli.command(name).description(command.description).argument('[files...]', 'program files or globs', []),
    )
      .option('--dry-run', command.dryRun)
      .action(async (files: string[], flags: GitHubFlags & { dryRun?: boolean }) => {
        const run = await command.load();
        const result = await run(
          {
            root,
            patterns: files,
            github: github(flags),
            today: parseToday(flags.today),
            isDryRun: Boolean(flags.dryRun),
            isJson: Boolean(flags.json),
          },
          outputFor(flags),
        );
        if (flags.json) writeJson(result.json);
        exitCode = result.exitCode;
      });
  }

  cli
    .command('calendar')
    .description('write an iCalendar (.ics) file with every session of a tandem or of the whole program')
    .argument('<file>', 'program file')
    .option('--tandem <id>', 'only this tandem')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--today <YYYY-MM-DD>', 'fix the export date (DTSTAMP, SEQUENCE)')
    .action(async (file: string, flags: { tandem?: string; output?: string; today?: string }) => {
      const { runCalendarCommand } = await import('../commands/calendar-command.js');
      exitCode = await runCalendarCommand(
        { root, file, tandemId: flags.tandem, outputFile: flags.output, today: parseToday(flags.today) },
        outputFor({}),
        (text) => environment.stdout.write(text),
      );
    });

  cli
    .command('match')
    .description(
      'propose tandems from a pool of mentors and mentees: the most shared topics, no reporting lines',
    )
    .argument('<pool>', 'pool file (see schema/pool.schema.json)')
    .option('--json', 'print { tandems, unmatched } as JSON')
    .action(async (pool: string, flags: { json?: boolean }) => {
      const { runMatchCommand } = await import('../commands/match-command.js');
      exitCode = await runMatchCommand(
        { root, file: pool, isJson: Boolean(flags.json) },
        outputFor(flags),
        (text) => environment.stdout.write(text),
      );
    });

  cli
    .command('preview')
    .description(
      'offline: validate programs/, render every tandem issue and report into preview/, print the plan',
    )
    .argument('[files...]', 'program files or globs', [])
    .option('--out <dir>', 'where to write the preview', 'preview')
    .option('--today <YYYY-MM-DD>', 'fix the date of the report preview')
    .action(async (files: string[], flags: { out: string; today?: string }) => {
      const { runPreviewCommand } = await import('../commands/preview-command.js');
      exitCode = await runPreviewCommand(
        { root, patterns: files, outDir: flags.out, today: parseToday(flags.today) },
        outputFor({}),
      );
    });

  try {
    await cli.parseAsync([...environment.argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      environment.stderr.write(`tandem: ${error.message}\n`);
      return 2;
    }
    environment.stderr.write(`tandem: ${getErrorMessage(error)}\n`);
    return 1;
  }
}

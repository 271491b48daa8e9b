import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { getErrorMessage, UsageError } from '../commands/error-message.js';
import { resolveGitHubSettings } from '../commands/github-settings.js';
import { createOutput, type Output } from '../commands/output.js';
import { parseNow, parseToday } from '../commands/today.js';
import { shouldUseColour } from './use-colour.js';

// Commands are imported when they run: `tandem validate` never loads Octokit, Handlebars or the matcher.
export interface CliEnvironment {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

interface GitHubFlags {
  token?: string;
  repo?: string;
  apiUrl?: string;
  graphqlUrl?: string;
  today?: string;
  json?: boolean;
}

const FILES_HELP = 'program files, directories or globs (default: programs/*.yml and programs/*.yaml)';

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
      isColour: shouldUseColour(env, flags.json ? environment.stderr : environment.stdout),
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
    .version(packageJson.version, '-V, --version', 'print the version')
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
    .argument('[files...]', FILES_HELP)
    .option('--json', 'print the problems as JSON')
    .action(async (files: string[] | undefined, flags: { json?: boolean }) => {
      const { runValidateCommand } = await import('../commands/validate-command.js');
      const result = await runValidateCommand(
        { root, patterns: files ?? [], isJson: Boolean(flags.json) },
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
        .argument('[files...]', FILES_HELP),
    )
      .addOption(new Option('--dry-run', 'print the plan, write nothing').hideHelp(name === 'plan'))
      .action(async (files: string[] | undefined, flags: GitHubFlags & { dryRun?: boolean }) => {
        const output = outputFor(flags);
        const { runSyncCommand } = await import('../commands/sync-command.js');
        const result = await runSyncCommand(
          {
            root,
            patterns: files ?? [],
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
    const scheduledCommand = withGitHub(
      cli.command(name).description(command.description).argument('[files...]', FILES_HELP),
    ).option('--dry-run', command.dryRun);
    if (name === 'remind')
      scheduledCommand.option(
        '--now <instant>',
        'fix the instant of the run (ISO 8601, e.g. 2027-02-01T13:07Z)',
      );
    scheduledCommand.action(
      async (files: string[] | undefined, flags: GitHubFlags & { dryRun?: boolean; now?: string }) => {
        const run = await command.load();
        const result = await run(
          {
            root,
            patterns: files ?? [],
            github: github(flags),
            today: parseToday(flags.today),
            ...(flags.now !== undefined && { now: parseNow(flags.now) }),
            isDryRun: Boolean(flags.dryRun),
            isJson: Boolean(flags.json),
          },
          outputFor(flags),
        );
        if (flags.json) writeJson(result.json);
        exitCode = result.exitCode;
      },
    );
  }

  cli
    .command('calendar')
    .description('write an iCalendar (.ics) file with every session of a tandem or of the whole program')
    .argument('<file>', 'program file')
    .option('--tandem <id>', 'only this tandem')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--today <YYYY-MM-DD>', 'fix the export date (DTSTAMP, SEQUENCE)')
    .option(
      '--repo <owner/name>',
      'link each event to the tandem’s issue there (default: $GITHUB_REPOSITORY)',
    )
    .option('--issue <number>', 'the tandem’s issue number (with --tandem)')
    .action(
      async (
        file: string,
        flags: { tandem?: string; output?: string; today?: string; repo?: string; issue?: string },
      ) => {
        const { runCalendarCommand } = await import('../commands/calendar-command.js');
        const issueNumber = flags.issue === undefined ? undefined : Number(flags.issue);
        if (issueNumber !== undefined && !(Number.isInteger(issueNumber) && issueNumber > 0)) {
          throw new UsageError(`--issue: expected an issue number, got ${JSON.stringify(flags.issue)}`);
        }
        exitCode = await runCalendarCommand(
          {
            root,
            file,
            tandemId: flags.tandem,
            outputFile: flags.output,
            today: parseToday(flags.today),
            repo: flags.repo ?? environment.env.GITHUB_REPOSITORY,
            issueNumber,
            serverUrl: environment.env.GITHUB_SERVER_URL,
          },
          outputFor({}),
          (text) => environment.stdout.write(text),
        );
      },
    );

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

  withGitHub(
    cli
      .command('signups')
      .description("collect every open sign-up issue into its program's signup.pool file")
      .argument('[files...]', FILES_HELP),
  )
    .option('--dry-run', 'say what would change in each pool file, write nothing')
    .action(async (files: string[] | undefined, flags: GitHubFlags & { dryRun?: boolean }) => {
      const { runSignupsCommand } = await import('../commands/signups-command.js');
      const result = await runSignupsCommand(
        { root, patterns: files ?? [], github: github(flags), isDryRun: Boolean(flags.dryRun) },
        outputFor(flags),
      );
      if (flags.json) writeJson({ pools: result.pools });
      exitCode = result.exitCode;
    });

  cli
    .command('preview')
    .description(
      'offline: validate programs/, render every tandem issue and report into preview/, print the plan',
    )
    .argument('[files...]', FILES_HELP)
    .option('--out <dir>', 'where to write the preview', 'preview')
    .option('--today <YYYY-MM-DD>', 'fix the date of the report preview')
    .action(async (files: string[] | undefined, flags: { out: string; today?: string }) => {
      const { runPreviewCommand } = await import('../commands/preview-command.js');
      exitCode = await runPreviewCommand(
        { root, patterns: files ?? [], outDir: flags.out, today: parseToday(flags.today) },
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

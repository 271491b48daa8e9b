import { UsageError } from '../commands/error-message.js';
import { parseNow, parseToday } from '../commands/today.js';
import { type CliCommand, DRY_RUN, FILES, files, githubOptions, text } from './cli-command.js';

function syncCommand(name: 'plan' | 'sync', description: string): CliCommand {
  return {
    name,
    description,
    argument: FILES,
    usesGitHub: true,
    options: [DRY_RUN('print the plan, write nothing', name === 'plan')],
    run: async (argument, flags, cli) => {
      const { runSyncCommand } = await import('../commands/sync-command.js');
      const result = await runSyncCommand(
        { ...githubOptions(argument, flags, cli), isDryRun: name === 'plan' || Boolean(flags.dryRun) },
        cli.output(flags),
      );
      if (flags.json)
        cli.writeJson({ plans: result.plans, issues: result.issues, failures: result.failures });
      return result.exitCode;
    },
  };
}

export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'init',
    description:
      'start a repository: a program, its pool, the workflows, the sign-up forms and editor settings',
    argument: { syntax: '[dir]', description: 'where (default: the current directory)' },
    options: [
      { flags: '--language <language>', description: 'program, forms and next steps in: en or de' },
      { flags: '--force', description: 'rewrite the files init writes where they differ (nothing else)' },
      { flags: '--timezone <zone>', description: 'the sessions’ IANA time zone (default: this machine’s)' },
      { flags: '--today <YYYY-MM-DD>', description: 'fix the date the program’s start is counted from' },
    ],
    run: async (argument, flags, cli) => {
      const language = text(flags, 'language') ?? 'en';
      if (language !== 'en' && language !== 'de') {
        throw new UsageError(`--language takes en or de, got ${JSON.stringify(language)}`);
      }
      const { runInitCommand } = await import('../commands/init-command.js');
      const result = await runInitCommand(
        {
          root: cli.root,
          dir: files(argument)[0],
          language,
          isForce: Boolean(flags.force),
          today: parseToday(text(flags, 'today')),
          timezone: text(flags, 'timezone'),
        },
        cli.output({}),
      );
      return result.exitCode;
    },
  },
  {
    name: 'validate',
    description: 'check program files: YAML, schema and meaning; every problem with file:line:col',
    argument: FILES,
    options: [{ flags: '--json', description: 'print the problems as JSON' }],
    run: async (argument, flags, cli) => {
      const { runValidateCommand } = await import('../commands/validate-command.js');
      const result = await runValidateCommand(
        { root: cli.root, patterns: files(argument), isJson: Boolean(flags.json) },
        cli.output(flags),
      );
      if (flags.json) cli.writeJson(result.json);
      return result.exitCode;
    },
  },
  syncCommand(
    'plan',
    'show what sync would do (create / update / close / reopen / unchanged, with body diffs); writes nothing',
  ),
  syncCommand('sync', 'create and update one issue per tandem, keeping every ticked box and note'),
  {
    name: 'report',
    description: 'post progress summaries, computed from the tandem checklists, to the program discussion',
    argument: FILES,
    usesGitHub: true,
    options: [DRY_RUN('compute and print the report, post nothing')],
    run: async (argument, flags, cli) => {
      const { runReportCommand } = await import('../commands/report-command.js');
      const result = await runReportCommand(
        { ...githubOptions(argument, flags, cli), isDryRun: Boolean(flags.dryRun) },
        cli.output(flags),
      );
      if (flags.json) cli.writeJson(result.json);
      return result.exitCode;
    },
  },
  {
    name: 'remind',
    description: 'comment on each tandem issue before its next session (reminders.before)',
    argument: FILES,
    usesGitHub: true,
    options: [
      DRY_RUN('list the reminders due, post nothing'),
      {
        flags: '--now <instant>',
        description: 'fix the instant of the run (ISO 8601, e.g. 2027-02-01T13:07Z)',
      },
    ],
    run: async (argument, flags, cli) => {
      const { runRemindCommand } = await import('../commands/remind-command.js');
      const now = text(flags, 'now');
      const result = await runRemindCommand(
        {
          ...githubOptions(argument, flags, cli),
          isDryRun: Boolean(flags.dryRun),
          ...(now !== undefined && { now: parseNow(now) }),
        },
        cli.output(flags),
      );
      if (flags.json) cli.writeJson(result.json);
      return result.exitCode;
    },
  },
  {
    name: 'calendar',
    description: 'write an iCalendar (.ics) file with every session of a tandem or of the whole program',
    argument: { syntax: '<file>', description: 'program file' },
    options: [
      { flags: '--tandem <id>', description: 'only this tandem' },
      { flags: '-o, --output <file>', description: 'write to this file instead of standard output' },
      { flags: '--today <YYYY-MM-DD>', description: 'fix the export date (DTSTAMP, SEQUENCE)' },
      {
        flags: '--repo <owner/name>',
        description: 'link each event to the tandem’s issue there (default: $GITHUB_REPOSITORY)',
      },
      { flags: '--issue <number>', description: 'the tandem’s issue number (with --tandem)' },
    ],
    run: async (argument, flags, cli) => {
      const { runCalendarCommand } = await import('../commands/calendar-command.js');
      const issue = text(flags, 'issue');
      const issueNumber = issue === undefined ? undefined : Number(issue);
      if (issueNumber !== undefined && !(Number.isInteger(issueNumber) && issueNumber > 0)) {
        throw new UsageError(`--issue: expected an issue number, got ${JSON.stringify(issue)}`);
      }
      return runCalendarCommand(
        {
          root: cli.root,
          file: files(argument)[0]!,
          tandemId: text(flags, 'tandem'),
          outputFile: text(flags, 'output'),
          today: parseToday(text(flags, 'today')),
          repo: text(flags, 'repo') ?? cli.env.GITHUB_REPOSITORY,
          issueNumber,
          serverUrl: cli.env.GITHUB_SERVER_URL,
        },
        cli.output({}),
        cli.writeText,
      );
    },
  },
  {
    name: 'match',
    description:
      'propose tandems from a pool of mentors and mentees: the most shared topics, no reporting lines',
    argument: { syntax: '<pool>', description: 'pool file (see schema/pool.schema.json)' },
    options: [
      { flags: '--json', description: 'print { tandems, unmatched } as JSON' },
      {
        flags: '--program <file>',
        description: "check the pool's topics against this program and keep its tandems",
      },
      {
        flags: '--write',
        description: 'write the new tandems into the --program file (the rest of the file unchanged)',
      },
    ],
    run: async (argument, flags, cli) => {
      const { runMatchCommand } = await import('../commands/match-command.js');
      const program = text(flags, 'program');
      return runMatchCommand(
        {
          root: cli.root,
          file: files(argument)[0]!,
          isJson: Boolean(flags.json),
          ...(program !== undefined && { program }),
          isWrite: Boolean(flags.write),
        },
        cli.output(flags),
        cli.writeText,
      );
    },
  },
  {
    name: 'signups',
    description: "collect every open sign-up issue into its program's signup.pool file",
    argument: FILES,
    usesGitHub: true,
    options: [DRY_RUN('say what would change in each pool file, write nothing')],
    run: async (argument, flags, cli) => {
      const { runSignupsCommand } = await import('../commands/signups-command.js');
      const { root, patterns, github } = githubOptions(argument, flags, cli);
      const result = await runSignupsCommand(
        { root, patterns, github, isDryRun: Boolean(flags.dryRun) },
        cli.output(flags),
      );
      if (flags.json) cli.writeJson({ pools: result.pools });
      return result.exitCode;
    },
  },
  {
    name: 'preview',
    description:
      'offline: validate programs/, render every tandem issue and report into preview/, print the plan',
    argument: FILES,
    options: [
      { flags: '--out <dir>', description: 'where to write the preview', defaultValue: 'preview' },
      { flags: '--today <YYYY-MM-DD>', description: 'fix the date of the report preview' },
    ],
    run: async (argument, flags, cli) => {
      const { runPreviewCommand } = await import('../commands/preview-command.js');
      return runPreviewCommand(
        {
          root: cli.root,
          patterns: files(argument),
          outDir: text(flags, 'out')!,
          today: parseToday(text(flags, 'today')),
        },
        cli.output({}),
      );
    },
  },
];

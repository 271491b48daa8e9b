import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { getErrorMessage, UsageError } from '../commands/error-message.js';
import { resolveGitHubSettings } from '../commands/github-settings.js';
import { createOutput } from '../commands/output.js';
import { type CliContext, type Flags, GITHUB_OPTIONS } from './cli-command.js';
import { COMMANDS } from './command-table.js';
import { shouldUseColour } from './use-colour.js';

export interface CliEnvironment {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Runs one `tandem …` invocation; returns the exit code (0 ok, 1 failed or invalid, 2 usage). */
export async function runCli(environment: CliEnvironment): Promise<number> {
  const { env } = environment;
  const context: CliContext = {
    root: environment.cwd,
    env,
    output: (flags) =>
      createOutput({
        stdout: environment.stdout,
        stderr: environment.stderr,
        isGitHubActions: env.GITHUB_ACTIONS === 'true',
        summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
        isJson: Boolean(flags.json),
        isColour: shouldUseColour(env, flags.json ? environment.stderr : environment.stdout),
      }),
    github: (flags) =>
      resolveGitHubSettings({
        token: (flags.token as string | undefined) ?? env.GITHUB_TOKEN,
        repo: (flags.repo as string | undefined) ?? env.GITHUB_REPOSITORY,
        apiUrl: (flags.apiUrl as string | undefined) ?? env.GITHUB_API_URL,
        graphqlUrl: (flags.graphqlUrl as string | undefined) ?? env.GITHUB_GRAPHQL_URL,
        pacing: env.TANDEM_PACING,
      }),
    writeJson: (value) => void environment.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    writeText: (text) => void environment.stdout.write(text),
  };
  let exitCode = 0;

  const cli = new Command('tandem')
    .description(`Reverse-mentoring programs as code: ${COMMANDS.map((entry) => entry.name).join(', ')}.`)
    .version(packageJson.version, '-V, --version', 'print the version')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => environment.stdout.write(text),
      writeErr: (text) => environment.stderr.write(text),
    })
    .exitOverride();

  for (const entry of COMMANDS) {
    const command = cli
      .command(entry.name)
      .description(entry.description)
      .argument(entry.argument.syntax, entry.argument.description);
    if (entry.usesGitHub)
      for (const option of GITHUB_OPTIONS) command.option(option.flags, option.description);
    for (const option of entry.options) {
      command.addOption(
        new Option(option.flags, option.description)
          .default(option.defaultValue)
          .hideHelp(Boolean(option.isHidden)),
      );
    }
    command.action(async (argument: string | string[] | undefined, flags: Flags) => {
      exitCode = await entry.run(argument, flags, context);
    });
  }

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

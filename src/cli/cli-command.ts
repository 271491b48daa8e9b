import type { GitHubSettings } from '../commands/github-settings.js';
import type { Output } from '../commands/output.js';
import { parseToday } from '../commands/today.js';

/** What a command needs of the process it runs in; built once per invocation by `runCli`. */
export interface CliContext {
  readonly root: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly output: (flags: Flags) => Output;
  readonly github: (flags: Flags) => GitHubSettings;
  readonly writeJson: (value: unknown) => void;
  readonly writeText: (text: string) => void;
}

export type Flags = Readonly<Record<string, string | boolean | undefined>>;

export interface CliOption {
  readonly flags: string;
  readonly description: string;
  readonly defaultValue?: string;
  /** Accepted but not listed in `--help` (`plan --dry-run` is what `plan` does anyway). */
  readonly isHidden?: boolean;
}

export interface CliCommand {
  readonly name: string;
  readonly description: string;
  /** Commander's argument syntax: `[files...]`, `<file>`. */
  readonly argument: { readonly syntax: string; readonly description: string };
  readonly options: readonly CliOption[];
  /** Adds --token, --repo, --api-url, --graphql-url, --today and --json. */
  readonly usesGitHub?: boolean;
  /** Imported when it runs: `tandem validate` never loads Octokit, Handlebars or the matcher. */
  readonly run: (argument: string | string[] | undefined, flags: Flags, cli: CliContext) => Promise<number>;
}

export const GITHUB_OPTIONS: readonly CliOption[] = [
  { flags: '--token <token>', description: 'GitHub token (default: $GITHUB_TOKEN)' },
  { flags: '--repo <owner/name>', description: 'repository (default: $GITHUB_REPOSITORY)' },
  {
    flags: '--api-url <url>',
    description: 'REST API base (default: $GITHUB_API_URL or https://api.github.com)',
  },
  { flags: '--graphql-url <url>', description: 'GraphQL endpoint (default: $GITHUB_GRAPHQL_URL)' },
  { flags: '--today <YYYY-MM-DD>', description: 'fix the date, for reproducible runs' },
  { flags: '--json', description: 'machine-readable output on standard output' },
];

export const FILES = {
  syntax: '[files...]',
  description: 'program files, directories or globs (default: programs/*.yml and programs/*.yaml)',
};
export const DRY_RUN = (description: string, isHidden = false): CliOption => ({
  flags: '--dry-run',
  description,
  isHidden,
});

export const files = (argument: string | string[] | undefined): string[] =>
  Array.isArray(argument) ? argument : argument === undefined ? [] : [argument];
export const text = (flags: Flags, name: string): string | undefined =>
  typeof flags[name] === 'string' ? flags[name] : undefined;

/** The options every GitHub command shares, from its flags. */
export function githubOptions(argument: string | string[] | undefined, flags: Flags, cli: CliContext) {
  return {
    root: cli.root,
    patterns: files(argument),
    github: cli.github(flags),
    today: parseToday(text(flags, 'today')),
    isJson: Boolean(flags.json),
  };
}

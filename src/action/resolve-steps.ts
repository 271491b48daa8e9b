export const ACTION_COMMANDS = ['auto', 'validate', 'plan', 'sync', 'report', 'remind', 'match'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];
export type ActionStep = Exclude<ActionCommand, 'auto'>;

/** The parts of the workflow run that decide what the Action does. */
export interface RunContext {
  readonly eventName: string;
  readonly ref: string;
  /** `owner/name` of the repository the workflow runs in. */
  readonly repository: string;
  readonly payload: {
    readonly repository?: { readonly default_branch?: string; readonly full_name?: string };
    readonly pull_request?: {
      readonly number: number;
      readonly head?: { readonly repo?: { readonly full_name?: string } | null };
    };
  };
}

export interface ResolvedSteps {
  readonly steps: readonly ActionStep[];
  /** The pull request whose sticky comment carries the plan. */
  readonly pullRequest?: number;
  /** Why nothing may be written, when that is so (a notice says it). */
  readonly readOnlyReason?: string;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * `auto`: a pull request validates and comments the plan, a push to the default branch syncs, a
 * schedule reports and reminds. An explicit command runs as asked, but a fork's pull request never
 * writes with its token, whatever the command.
 */
export function resolveSteps(command: ActionCommand, context: RunContext): ResolvedSteps {
  const pull = PULL_REQUEST_EVENTS.has(context.eventName) ? context.payload.pull_request : undefined;
  const headRepo = pull?.head?.repo?.full_name;
  const isFork = pull !== undefined && headRepo?.toLowerCase() !== context.repository.toLowerCase();
  const readOnlyReason = isFork
    ? 'This pull request comes from a fork: its token must not write, so Tandem only validates and plans (see the job summary).'
    : undefined;
  const base = { ...(pull && { pullRequest: pull.number }), ...(readOnlyReason && { readOnlyReason }) };
  if (command !== 'auto') return { steps: [command], ...base };
  if (pull) return { steps: ['plan'], ...base };
  switch (context.eventName) {
    case 'push': {
      const defaultBranch = context.payload.repository?.default_branch;
      const isDefault = defaultBranch !== undefined && context.ref === `refs/heads/${defaultBranch}`;
      return { steps: isDefault ? ['sync'] : ['validate'], ...base };
    }
    case 'schedule':
      return { steps: ['report', 'remind'], ...base };
    case 'workflow_dispatch':
      return { steps: ['sync'], ...base };
    default:
      return { steps: ['validate'], ...base };
  }
}

import { describe, expect, it } from 'vitest';
import { type ActionCommand, type RunContext, resolveSteps } from '../../src/action/resolve-steps.js';

const REPO = 'acme/mentoring';

/** A run context from the few facts that decide the steps. */
function contextOf(event: string, where: 'default' | 'branch' | 'same' | 'fork' | '-'): RunContext {
  const repository = { default_branch: 'main', full_name: REPO };
  const pullRequest = (headRepo: string | null) => ({
    number: 7,
    head: { repo: headRepo === null ? null : { full_name: headRepo } },
  });
  switch (where) {
    case 'same':
      return {
        eventName: event,
        ref: 'refs/pull/7/merge',
        repository: REPO,
        payload: { repository, pull_request: pullRequest('ACME/Mentoring') },
      };
    case 'fork':
      return {
        eventName: event,
        ref: 'refs/pull/7/merge',
        repository: REPO,
        payload: { repository, pull_request: pullRequest('someone/mentoring') },
      };
    case 'default':
      return { eventName: event, ref: 'refs/heads/main', repository: REPO, payload: { repository } };
    case 'branch':
      return { eventName: event, ref: 'refs/heads/feature', repository: REPO, payload: { repository } };
    case '-':
      return { eventName: event, ref: '', repository: REPO, payload: {} };
  }
}

// event, where it runs (pull requests: from the same repository or a fork), the command input →
// the steps, and whether the run may write. "PR 7": the plan comment goes to pull request 7.
const table: [
  string,
  Parameters<typeof contextOf>[1],
  ActionCommand,
  string,
  'writes' | 'read-only',
  string,
][] = [
  ['pull_request', 'same', 'auto', 'plan', 'writes', 'PR 7'],
  ['pull_request', 'fork', 'auto', 'plan', 'read-only', 'PR 7'],
  ['pull_request', 'fork', 'sync', 'sync', 'read-only', 'PR 7'],
  ['pull_request', 'fork', 'report', 'report', 'read-only', 'PR 7'],
  ['pull_request_target', 'same', 'auto', 'plan', 'writes', 'PR 7'],
  ['pull_request_target', 'fork', 'auto', 'plan', 'read-only', 'PR 7'],
  ['pull_request', 'same', 'validate', 'validate', 'writes', 'PR 7'],
  ['push', 'default', 'auto', 'sync', 'writes', '-'],
  ['push', 'branch', 'auto', 'validate', 'writes', '-'],
  ['push', 'branch', 'sync', 'sync', 'writes', '-'],
  ['push', 'default', 'plan', 'plan', 'writes', '-'],
  ['schedule', '-', 'auto', 'report, remind', 'writes', '-'],
  ['schedule', '-', 'remind', 'remind', 'writes', '-'],
  ['workflow_dispatch', 'default', 'auto', 'sync', 'writes', '-'],
  ['workflow_dispatch', 'branch', 'auto', 'sync', 'writes', '-'],
  ['issues', '-', 'auto', 'validate', 'writes', '-'],
  ['workflow_dispatch', 'default', 'match', 'match', 'writes', '-'],
  ['schedule', '-', 'match', 'match', 'writes', '-'],
  ['pull_request', 'fork', 'match', 'match', 'read-only', 'PR 7'],
  ['', '-', 'auto', 'validate', 'writes', '-'],
];

describe('the steps the Action runs, by event, place and command', () => {
  it.each(table)(
    '%s (%s) with command %s runs %s and %s (%s)',
    (event, where, command, steps, writes, pr) => {
      const resolved = resolveSteps(command, contextOf(event, where));
      expect(resolved.steps.join(', ')).toBe(steps);
      expect(resolved.readOnlyReason === undefined ? 'writes' : 'read-only').toBe(writes);
      expect(resolved.pullRequest === undefined ? '-' : `PR ${resolved.pullRequest}`).toBe(pr);
    },
  );

  it('a fork is told why nothing is written', () => {
    expect(resolveSteps('auto', contextOf('pull_request', 'fork')).readOnlyReason).toMatch(
      /comes from a fork: its token must not write/,
    );
  });

  it('a pull request whose head repository was deleted counts as a fork', () => {
    const context = contextOf('pull_request', 'same');
    const gone = {
      ...context,
      payload: { ...context.payload, pull_request: { number: 7, head: { repo: null } } },
    };
    expect(resolveSteps('auto', gone).readOnlyReason).toBeDefined();
  });

  it('a push without the repository in its payload validates, as it cannot tell the default branch', () => {
    expect(resolveSteps('auto', contextOf('push', '-')).steps).toEqual(['validate']);
  });
});

import { readFileSync } from 'node:fs';
import { UsageError } from '../commands/error-message.js';
import type { RunContext } from './resolve-steps.js';

/** The event as the runner describes it: GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_EVENT_PATH. */
export function readRunContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: RunContext['payload'] = {};
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as RunContext['payload'];
    } catch (error) {
      throw new UsageError(`cannot read the event payload GITHUB_EVENT_PATH: ${(error as Error).message}`);
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    repository: env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '',
    payload,
  };
}

/** Real Octokit clients pointed at a stand-in, quiet (request logging off) and without retries. */
import { Octokit } from '@octokit/rest';
import type { StandIn } from '../stand-in/index.js';

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export const OWNER = 'acme';
export const REPO = 'mentoring';

export function makeOctokit(standIn: StandIn, token = 'test-token'): Octokit {
  return new Octokit({ baseUrl: standIn.url, auth: token, log: quiet });
}

/** The error an Octokit call rejects with (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<{
  status: number;
  message: string;
  response?: { headers: Record<string, string | undefined>; data: unknown };
}> {
  try {
    await promise;
  } catch (error) {
    return error as { status: number; message: string };
  }
  throw new Error('expected the request to fail');
}

import type { Octokit } from '@octokit/core';

/**
 * `request: { freshRead }` on a write: the resource is read (GET on the same URL) right before the
 * write is sent, and `freshRead` turns what was read into the write's parameters (or undefined: no
 * write, the read is the answer). Registered as the first plugin, this hook runs inside the
 * throttling plugin's queue, after any pacing wait: the read and the write go out back to back, so a
 * person's edit can be lost only if it lands within that one request. GitHub has no compare-and-swap
 * for an issue body; this is the closest there is.
 */
export type FreshRead = (fresh: unknown) => Record<string, unknown> | undefined;

export function freshReadPlugin(octokit: Octokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    const freshRead = (options.request as { freshRead?: FreshRead } | undefined)?.freshRead;
    if (!freshRead) return request(options);
    const url = String(options.url);
    const pathParams = Object.fromEntries(
      [...url.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, options[name!]]),
    );
    // A read is never paced, so it leaves at once; through octokit, it is retried as any read.
    const read = await octokit.request(`GET ${url}`, { ...pathParams, baseUrl: options.baseUrl });
    const parameters = freshRead(read.data);
    if (!parameters) return read;
    // The hooks around this one hold this very options object: the write's parameters go into it.
    Object.assign(options, parameters);
    return request(options);
  });
}

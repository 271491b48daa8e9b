import type { IncomingMessage } from 'node:http';
import { HttpClient } from '@actions/http-client';

/** The part of a fetch response that Octokit's request function reads. */
export interface TransportResponse {
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  /** Iterable as [name, value] and readable with get(name), as fetch's Headers; names are lower case. */
  readonly headers: ReadonlyMap<string, string>;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The part of fetch's RequestInit that Octokit passes (its `signal` and `redirect` are never set by Tandem). */
export interface TransportInit {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export type Transport = (url: string, init?: TransportInit) => Promise<TransportResponse>;

/**
 * How Octokit sends Tandem's requests: @actions/http-client, GitHub's client for Actions, in place of
 * Node's fetch. It follows the runner's proxy settings (`https_proxy`, `no_proxy`), which fetch ignores,
 * follows redirects, dropping the token when one leaves the host, and gives up on a silent connection
 * after three minutes. Node 20 also spends ~20 ms initialising fetch before its first request.
 */
export function createHttpTransport(): Transport {
  const client = new HttpClient(undefined, [], { keepAlive: true, allowRetries: false });
  // HttpClient would replace Octokit's user agent with its own.
  client.userAgent = undefined;
  return async (url, init = {}) => {
    const response = await client.request(init.method ?? 'GET', url, init.body ?? null, init.headers ?? {});
    const body = await readBody(response.message);
    return {
      status: response.message.statusCode ?? 0,
      statusText: response.message.statusMessage ?? '',
      url,
      headers: readHeaders(response.message),
      text: async () => body.toString('utf8'),
      arrayBuffer: async () => new Uint8Array(body).buffer,
    };
  };
}

function readHeaders(message: IncomingMessage): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The whole body; a connection that closes before the end is an error (HttpClient's readBody would wait forever). */
function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
    message.on('aborted', () => reject(new Error('the connection closed before the response ended')));
  });
}

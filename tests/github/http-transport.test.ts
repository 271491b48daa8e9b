import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { createGitHubClient } from '../../src/github/create-github-client.js';

const servers: Server[] = [];

async function listen(handler: RequestListener): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const client = (apiUrl: string) => createGitHubClient({ token: 'secret-token', apiUrl, pacing: 0.001 });

describe("Tandem's HTTP transport, as Octokit uses it", () => {
  test('a JSON answer arrives with its status and headers; Octokit sets the user agent', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const { port } = await listen((request, response) => {
      seen.push(request.headers);
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.setHeader('x-ratelimit-remaining', '4999');
      response.setHeader('set-cookie', ['a=1', 'b=2']);
      response.end(JSON.stringify({ login: 'ana', bio: 'Ünïcödé ✓'.repeat(5000) }));
    });
    const answer = await client(`http://127.0.0.1:${port}`).request('GET /user');
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ login: 'ana', bio: 'Ünïcödé ✓'.repeat(5000) });
    expect(answer.headers['x-ratelimit-remaining']).toBe('4999');
    expect(answer.headers['set-cookie']).toBe('a=1, b=2');
    expect(seen[0]!.authorization).toBe('token secret-token');
    expect(seen[0]!['user-agent']).toMatch(/^tandem-reverse-mentoring octokit-rest\.js\//);
  });

  test('a request body is sent whole, and an error status becomes a RequestError with GitHub’s message', async () => {
    const bodies: string[] = [];
    const { port } = await listen((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        bodies.push(body);
        response.writeHead(422, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'Validation Failed', errors: [{ code: 'already_exists' }] }));
      });
    });
    const sending = client(`http://127.0.0.1:${port}`).request('POST /repos/{owner}/{repo}/labels', {
      owner: 'acme',
      repo: 'mentoring',
      name: 'tandem:pilot ✓',
    });
    await expect(sending).rejects.toMatchObject({ status: 422, message: /Validation Failed/ });
    expect(JSON.parse(bodies[0]!)).toEqual({ name: 'tandem:pilot ✓' });
  });

  test('a connection that drops in the middle of a body is an error, retried, never a hang', async () => {
    let attempts = 0;
    const { port } = await listen((_request, response) => {
      attempts += 1;
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"login":');
      setTimeout(() => response.socket?.destroy(), 5);
    });
    await expect(client(`http://127.0.0.1:${port}`).request('GET /user')).rejects.toMatchObject({
      status: 500,
    });
    expect(attempts).toBe(4); // the first try and the retry plugin's three
  });

  test('a redirect is followed, and the token is not sent to another host', async () => {
    const seen: { host: string; authorization?: string }[] = [];
    const target = await listen((request, response) => {
      seen.push({ host: request.headers.host!, authorization: request.headers.authorization });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"name":"mentoring"}');
    });
    const origin = await listen((request, response) => {
      seen.push({ host: request.headers.host!, authorization: request.headers.authorization });
      response.writeHead(301, { location: `http://localhost:${target.port}/repositories/1` });
      response.end();
    });
    const answer = await client(`http://127.0.0.1:${origin.port}`).request('GET /repos/acme/old-name');
    expect(answer.data).toEqual({ name: 'mentoring' });
    expect(seen).toEqual([
      { host: `127.0.0.1:${origin.port}`, authorization: 'token secret-token' },
      { host: `localhost:${target.port}`, authorization: undefined },
    ]);
  });

  test('requests go through the proxy named in http_proxy, as on a runner behind one', async () => {
    const api = await listen((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"login":"ana"}');
    });
    const tunnels: string[] = [];
    const proxy = await listen((_request, response) => response.writeHead(405).end());
    proxy.server.on('connect', (request, socket, head) => {
      tunnels.push(request.url!);
      // The name below resolves nowhere: only the proxy knows where the API is.
      const upstream = connect(api.port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    const saved = { http_proxy: process.env.http_proxy, no_proxy: process.env.no_proxy };
    process.env.http_proxy = `http://127.0.0.1:${proxy.port}`;
    delete process.env.no_proxy;
    try {
      const answer = await client('http://api.tandem-proxy-test.invalid').request('GET /user');
      expect(answer.data).toEqual({ login: 'ana' });
      expect(tunnels).toEqual(['api.tandem-proxy-test.invalid:80']);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

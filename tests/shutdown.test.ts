import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../core/subgraph-sdl';

const UPSTREAM_DELAY_MS = 1_500;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

describe('a gateway process told to stop with SIGTERM', () => {
  let upstream: Server;
  let gateway: ChildProcess;
  let gatewayUrl = '';
  let upstreamReached: () => void;
  const reached = new Promise<void>((resolve) => (upstreamReached = resolve));

  beforeAll(async () => {
    // A subgraph that answers slowly, so a request is still in flight when the signal arrives.
    upstream = createServer((request, response) => {
      request.resume();
      upstreamReached();
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { providers: { totalCount: 7 } } }));
      }, UPSTREAM_DELAY_MS);
    });
    const upstreamUrl = `http://127.0.0.1:${await listen(upstream)}/graphql`;
    const port = await freePort();
    gatewayUrl = `http://127.0.0.1:${port}`;
    gateway = spawn(process.execPath, ['--import', 'tsx', repoPath('gateway/server.ts')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        GATEWAY_PORT: String(port),
        PROVIDERS_URL: upstreamUrl,
        ITINERARIES_URL: upstreamUrl,
        CAMPAIGNS_URL: upstreamUrl,
      },
      stdio: 'ignore',
    });
    await waitFor(`${gatewayUrl}/health`);
  });

  afterAll(async () => {
    if (gateway.exitCode === null) gateway.kill('SIGKILL');
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('finishes the request in flight, refuses new connections, and exits 0 by itself', async () => {
    const inFlight = fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ providers(first: 1) { totalCount } }' }),
    });
    await reached;
    const exited = new Promise<number | null>((resolve) => gateway.once('exit', (code) => resolve(code)));
    gateway.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const newcomer = await fetch(`${gatewayUrl}/health`).then(
      () => 'answered',
      (error: unknown) => String((error as { cause?: { code?: string } }).cause?.code ?? error),
    );
    expect(newcomer).toBe('ECONNREFUSED');

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { providers: { totalCount: 7 } } });

    const code = await Promise.race([
      exited,
      new Promise((resolve) => setTimeout(() => resolve('still running'), 15_000)),
    ]);
    expect(code).toBe(0);
  });
});

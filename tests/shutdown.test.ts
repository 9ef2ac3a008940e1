import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../core/subgraph-sdl';
import { freePort } from './support/stack';

const ANSWER = { data: { providers: { totalCount: 7 } } };
const PROCESS_EXIT_BOUND_MS = 15_000;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One fresh TCP connection, outside fetch's keep-alive pool: a pooled socket opened before the signal would say
 * nothing about whether the gateway still accepts new connections.
 */
function connectOnce(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('a gateway process told to stop with SIGTERM', () => {
  let upstream: Server | undefined;
  let gateway: ChildProcess | undefined;
  let port = 0;
  let stderr = '';
  let upstreamReached: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (upstreamReached = resolve));
  // The upstream answers only when the test says so: the request is provably still in flight until then, on a
  // slow machine as on a fast one, without guessing a delay.
  const held: ServerResponse[] = [];
  let released = false;
  const answer = (response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(ANSWER));
  };
  const release = () => {
    released = true;
    for (const response of held.splice(0)) answer(response);
  };

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        upstreamReached();
        if (released) answer(response);
        else held.push(response);
      });
    });
    const upstreamUrl = `http://127.0.0.1:${await listen(upstream)}/graphql`;
    port = await freePort();
    // The gateway plans from the committed supergraph and needs no subgraph to start (only /ready asks them),
    // nor the widgets build (static files are looked up per request).
    gateway = spawn(process.execPath, ['--import', 'tsx', repoPath('gateway/server.ts')], {
      cwd: repoPath(''),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        GATEWAY_PORT: String(port),
        PROVIDERS_URL: upstreamUrl,
        ITINERARIES_URL: upstreamUrl,
        CAMPAIGNS_URL: upstreamUrl,
        // The drain, not the gateway's own subgraph timeout, is what this test is about.
        SUBGRAPH_TIMEOUT_MS: '60000',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    gateway.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

    const deadline = Date.now() + 60_000;
    for (;;) {
      if (gateway.exitCode !== null) throw new Error(`gateway exited with ${gateway.exitCode}:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`gateway did not answer /health:\n${stderr}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy) break;
      await pause(100);
    }
  });

  afterAll(async () => {
    release();
    if (gateway && gateway.exitCode === null && gateway.signalCode === null) gateway.kill('SIGKILL');
    upstream?.closeAllConnections();
    await new Promise((resolve) => (upstream ? upstream.close(resolve) : resolve(undefined)));
  });

  it('finishes the request in flight, refuses new connections meanwhile, and exits 0 by itself', async () => {
    const child = gateway as ChildProcess;
    let settled = false;
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ providers(first: 1) { totalCount } }' }),
    });
    void inFlight.then(
      () => (settled = true),
      () => (settled = true),
    );
    await reached;

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    expect(child.kill('SIGTERM')).toBe(true);

    // Connections keep being accepted until the child has handled the signal; from then on they are refused. One
    // that reached the listen queue just as the listener closed is reset by the kernel: still the transition.
    let newcomer = await connectOnce(port);
    const transition = (outcome: string) => outcome === 'connected' || outcome === 'ECONNRESET';
    for (let tries = 0; transition(newcomer) && tries < 400; tries += 1) {
      await pause(25);
      newcomer = await connectOnce(port);
    }
    expect(newcomer).toBe('ECONNREFUSED');
    // Refused while the request is still unanswered, and the process waits for it rather than exiting.
    expect(settled).toBe(false);
    expect(child.exitCode).toBeNull();

    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(ANSWER);

    const code = await Promise.race([exited, pause(PROCESS_EXIT_BOUND_MS).then(() => 'still running')]);
    expect(code, stderr).toBe(0);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningServer } from '../core/http';
import { startSubgraph, type RunningSubgraph } from '../core/subgraph-server';
import { startGateway } from '../gateway/gateway';
import { providersSubgraph } from '../subgraphs/providers/index';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

describe('a subgraph that stops answering', () => {
  let stack: Stack;
  let silent: Server;
  let gateway: RunningServer;

  beforeAll(async () => {
    stack = await startStack({ kind: 'memory' });
    // Accepts connections and never answers, like a subgraph stuck on a lock.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    gateway = await startGateway(
      { ...testSettings, SUBGRAPH_TIMEOUT_MS: 300 },
      {
        port: 0,
        subgraphUrls: {
          providers: stack.subgraphs.providers.graphqlUrl,
          itineraries: stack.subgraphs.itineraries.graphqlUrl,
          campaigns: `http://127.0.0.1:${port}/graphql`,
        },
      },
    );
  });
  afterAll(async () => {
    await gateway?.close();
    silent?.closeAllConnections();
    silent?.close();
    await stack?.stop();
  });

  it('costs only its own fields: the rest of the answer arrives after the timeout, with an error naming it', async () => {
    const started = performance.now();
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ packages(first: 3) { edges { node { slug providers { id } campaigns { id } } } } }',
      }),
    });
    const body = (await response.json()) as {
      data: { packages: { edges: { node: { slug: string; providers: unknown[]; campaigns: unknown } }[] } };
      errors: { message: string; extensions: { code: string; serviceName: string } }[];
    };
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(body.data.packages.edges).toHaveLength(3);
    expect(body.data.packages.edges.every(({ node }) => node.campaigns === null && node.providers.length > 0)).toBe(
      true,
    );
    expect(body.errors[0]).toMatchObject({
      message: 'The campaigns service did not answer within 300 ms',
      extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'campaigns' },
    });
  });
});

describe('shutting down', () => {
  let stack: Stack;
  let slow: Server;

  beforeAll(async () => {
    stack = await startStack({ kind: 'memory' });
    // A campaigns stand-in that answers after a second, so a request is still in flight when shutdown begins.
    slow = createServer((_request, response) => {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { _entities: [] } }));
      }, 1_000);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    slow?.closeAllConnections();
    slow?.close();
    await stack?.stop();
  });

  it('finishes the request in flight, then refuses new connections', async () => {
    const gateway = await startGateway(testSettings, {
      port: 0,
      subgraphUrls: {
        providers: stack.subgraphs.providers.graphqlUrl,
        itineraries: stack.subgraphs.itineraries.graphqlUrl,
        campaigns: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/graphql`,
      },
    });
    const inFlight = fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ packages(first: 2) { edges { node { slug campaigns { id } } } } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closed = gateway.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { packages: { edges: unknown[] } } }).data.packages.edges).toHaveLength(
      2,
    );
    await closed;
    await expect(fetch(`${gateway.url}/health`)).rejects.toThrow();
  });
});

const server = databaseTargets().find((target) => target.name === 'PostgreSQL');

describe.skipIf(Boolean(server?.skipReason))('a subgraph whose database goes away', () => {
  let subgraph: RunningSubgraph;
  let admin: postgres.Sql;
  let database: string;

  beforeAll(async () => {
    const location = await (server?.create() ?? Promise.reject(new Error('no server')));
    if (location.kind !== 'postgres') throw new Error('expected a server');
    database = new URL(location.url).pathname.slice(1);
    const postgresAdmin = inject('postgres');
    admin = postgres('url' in postgresAdmin ? postgresAdmin.url : '', { max: 1, onnotice: () => undefined });
    subgraph = await startSubgraph(providersSubgraph, testSettings, { port: 0, location });
  });
  afterAll(async () => {
    await admin?.unsafe(`alter database ${database} allow_connections true`);
    await subgraph?.close();
    await admin?.end();
  });

  const readiness = async () => {
    const response = await fetch(`${subgraph.url}/ready`);
    return { status: response.status, body: await response.json() };
  };

  it('reports not ready while the database refuses connections, and ready again when it returns', async () => {
    expect(await readiness()).toEqual({ status: 200, body: { ready: true } });
    await admin.unsafe(`alter database ${database} allow_connections false`);
    await admin.unsafe(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}'`);
    expect(await readiness()).toEqual({ status: 503, body: { ready: false } });
    await admin.unsafe(`alter database ${database} allow_connections true`);
    expect(await readiness()).toEqual({ status: 200, body: { ready: true } });
  });
});

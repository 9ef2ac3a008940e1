import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDevToken } from '../core/oidc';
import { readdirSync, readFileSync } from 'node:fs';
import { repoPath } from '../core/subgraph-sdl';
import { PERSISTED_OPERATIONS_PATH, PersistedOperations } from '../gateway/persisted-operations';
import { databaseTargets } from './support/databases';
import { operationHash, persistedBody, persistedSearch } from './support/persisted';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

const PAGE = { origin: 'http://localhost:5173', 'x-site-key': 'demo-site' };
const LIST = { first: 2, locale: 'JA', currency: 'JPY' };

describe('the widgets’ registered operations', () => {
  it('holds every widget operation, each under the sha256 of its text', async () => {
    const registry = PersistedOperations.load();
    const operations = readdirSync(repoPath('widgets'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.graphql'))
      .flatMap((file) => readFileSync(repoPath(`widgets/${file}`), 'utf8').match(/^(query|mutation) \w+/gm) ?? []);
    expect(registry.size).toBe(operations.length);
    const manifest = JSON.parse(readFileSync(repoPath(PERSISTED_OPERATIONS_PATH), 'utf8')) as Record<string, string>;
    for (const [hash, text] of Object.entries(manifest)) {
      expect(hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    }
    expect(
      registry.admit('demo-site', { extensions: { persistedQuery: { sha256Hash: operationHash('HoldSlot') } } }),
    ).toBeNull();
  });
});

describe.each(databaseTargets())('partner pages send registered operations by hash, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;
  const get = (search: string, headers: Record<string, string> = PAGE) =>
    fetch(`${stack.gateway.url}/graphql?${search}`, { headers });

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
  });
  afterAll(() => stack?.stop());

  run('a package list by GET answers with data a browser or CDN may keep for a minute', async () => {
    const response = await get(persistedSearch('PackageList', LIST));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
    expect(response.headers.get('vary')).toBe('Origin, x-site-key');
    const body = (await response.json()) as {
      data: { packages: { edges: { node: { price: { currency: string } } }[] } };
    };
    expect(body.data.packages.edges).toHaveLength(2);
    expect(body.data.packages.edges[0]?.node.price.currency).toBe('JPY');
  });

  run(
    'the same anonymous GET within the minute is answered from the gateway’s cache, without touching the database',
    async () => {
      const search = persistedSearch('PackageList', { ...LIST, first: 3 });
      const first = await (await get(search)).json();
      const before = stack.statementCount();
      const again = await get(search);
      expect(await again.json()).toEqual(first);
      expect(stack.statementCount()).toBe(before);
      expect(again.headers.get('cache-control')).toMatch(/^max-age=(60|59), public$/);
    },
  );

  run('availability is never cached, since places sell from one second to the next', async () => {
    const from = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const response = await get(
      persistedSearch('ProviderAvailability', {
        slug: 'gangnam-lumiere-dermatology',
        locale: 'EN',
        from: from.toISOString(),
        to: new Date(from.getTime() + 14 * 86_400_000).toISOString(),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  run('answers to signed-in staff are never stored by a cache', async () => {
    const token = await issueDevToken(
      { kind: 'staff', id: 'a', role: 'platform-admin' },
      { settings: testSettings, lifetimeSeconds: 600 },
    );
    const response = await get(persistedSearch('PackageList', LIST), { ...PAGE, authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  run('a booking by hash is a POST whose answer is never cached', async () => {
    const response = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { ...PAGE, 'content-type': 'application/json' },
      body: persistedBody('HoldSlot', {
        input: {
          slotId: '00000000-0000-4000-8000-000000000000',
          partySize: 1,
          consent: true,
          idempotencyKey: `persisted-${target.name}`,
          contact: { name: 'Kim Ji-woo', email: 'jiwoo@example.com', nationality: 'US', locale: 'EN' },
        },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ data: { holdSlot: { __typename: 'NotFound' } } });
  });

  run('a page sending query text is refused with PERSISTED_OPERATION_REQUIRED', async () => {
    const response = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { ...PAGE, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ packages(first: 100) { totalCount } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_OPERATION_REQUIRED' } }] });
  });

  run('a page naming an unregistered hash is refused with UNKNOWN_OPERATION', async () => {
    const response = await get(
      new URLSearchParams({
        extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } }),
      }).toString(),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNKNOWN_OPERATION' } }] });
  });

  run('an unregistered hash with its text cannot register itself, and a page still may not send text', async () => {
    const query = '{ packages(first: 1) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const server = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    expect(server.status).toBe(200);
    const page = await get(
      new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }) }).toString(),
    );
    expect(await page.json()).toMatchObject({ errors: [{ extensions: { code: 'UNKNOWN_OPERATION' } }] });
  });

  run('servers without a site key may still send query text (rate-limited by address)', async () => {
    const result = await stack.query<{ packages: { totalCount: number } }>('{ packages(first: 1) { totalCount } }');
    expect(result.data?.packages.totalCount).toBeGreaterThan(0);
  });
});

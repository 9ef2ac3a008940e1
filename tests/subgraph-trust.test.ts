import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryNonceStore } from '../core/nonce-store';
import { createPeers } from '../core/peers';
import { NONCE_HEADER, signingHeaders, type SignedTarget } from '../core/signing';
import type { SubgraphName } from '../core/subgraph-sdl';
import { databaseTargets } from './support/databases';
import { persistedSearch } from './support/persisted';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

const QUERY = JSON.stringify({ query: '{ providers(first: 1) { totalCount } }' });
// Valid on every subgraph, so a refusal elsewhere can only come from the signature.
const ANY_SUBGRAPH = JSON.stringify({ query: '{ __typename }' });
const SECRET = testSettings.SUBGRAPH_SECRET;

describe.each(databaseTargets())('subgraphs answer only the gateway, on $name', (target) => {
  let stack: Stack;
  let url: string;
  const run = target.skipReason ? it.skip : it;

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    url = stack.subgraphs.providers.graphqlUrl;
  });
  afterAll(() => stack?.stop());

  const forProviders = (): SignedTarget => ({ subgraph: 'providers', method: 'POST', url });
  const post = (headers: Record<string, string>, body = QUERY, to = url) =>
    fetch(to, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  async function refusal(response: Response) {
    return {
      status: response.status,
      code: ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    };
  }

  run('refuses a direct call without a signature', async () => {
    expect(await refusal(await post({}))).toEqual({ status: 401, code: 'UNSIGNED_REQUEST' });
  });

  run('refuses a signature without its nonce', async () => {
    const { [NONCE_HEADER]: _nonce, ...headers } = signingHeaders(SECRET, forProviders(), QUERY);
    expect(await refusal(await post(headers))).toEqual({ status: 401, code: 'UNSIGNED_REQUEST' });
  });

  run('refuses a call signed with another secret', async () => {
    const forged = signingHeaders('a-guessed-secret-that-is-long-enough-0000', forProviders(), QUERY);
    expect(await refusal(await post(forged))).toEqual({ status: 401, code: 'BAD_SIGNATURE' });
  });

  run('refuses a signed body that was tampered with', async () => {
    const headers = signingHeaders(SECRET, forProviders(), QUERY);
    const tampered = JSON.stringify({ query: '{ providers(first: 100) { totalCount } }' });
    expect(await refusal(await post(headers, tampered))).toEqual({ status: 401, code: 'BAD_SIGNATURE' });
  });

  run.each([
    ['identity', { 'x-mt-viewer': '{"kind":"staff","id":"x","role":"platform-admin"}' }],
    ['embed site', { 'x-mt-site': 'demo-site' }],
    ['nonce', { [NONCE_HEADER]: 'AAAAAAAAAAAAAAAAAAAAAA' }],
  ])('refuses a forged %s under a real signature', async (_fact, forged) => {
    const headers = signingHeaders(SECRET, forProviders(), QUERY);
    expect(await refusal(await post({ ...headers, ...forged }))).toEqual({ status: 401, code: 'BAD_SIGNATURE' });
  });

  run('answers a captured request once; the same request sent again is refused as a replay', async () => {
    const captured = signingHeaders(SECRET, forProviders(), QUERY);
    const first = await post(captured);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ data: { providers: { totalCount: expect.any(Number) } } });
    expect(await refusal(await post(captured))).toEqual({ status: 401, code: 'REPLAYED_REQUEST' });
    expect(await refusal(await post(captured))).toEqual({ status: 401, code: 'REPLAYED_REQUEST' });
  });

  run.each<SubgraphName>(['itineraries', 'campaigns'])(
    'refuses a request signed for providers when it is sent to %s, delivered or not',
    async (other) => {
      const neverDelivered = signingHeaders(SECRET, forProviders(), ANY_SUBGRAPH);
      const otherUrl = stack.subgraphs[other].graphqlUrl;
      expect(await refusal(await post(neverDelivered, ANY_SUBGRAPH, otherUrl))).toEqual({
        status: 401,
        code: 'BAD_SIGNATURE',
      });
      const delivered = signingHeaders(SECRET, forProviders(), ANY_SUBGRAPH);
      expect((await post(delivered, ANY_SUBGRAPH)).status).toBe(200);
      expect(await refusal(await post(delivered, ANY_SUBGRAPH, otherUrl))).toEqual({
        status: 401,
        code: 'BAD_SIGNATURE',
      });
    },
  );

  run('answers a request signed for the subgraph it is sent to', async () => {
    const other = stack.subgraphs.itineraries.graphqlUrl;
    const headers = signingHeaders(SECRET, { subgraph: 'itineraries', method: 'POST', url: other }, ANY_SUBGRAPH);
    expect(await (await post(headers, ANY_SUBGRAPH, other)).json()).toEqual({ data: { __typename: 'Query' } });
  });

  run('refuses a request sent to another path than the one signed', async () => {
    const signedPlain = signingHeaders(SECRET, forProviders(), QUERY);
    expect(await refusal(await post(signedPlain, QUERY, `${url}?copy=1`))).toEqual({
      status: 401,
      code: 'BAD_SIGNATURE',
    });
    const signedWithQuery = signingHeaders(SECRET, { ...forProviders(), url: `${url}?page=2` }, QUERY);
    expect(await refusal(await post(signedWithQuery))).toEqual({ status: 401, code: 'BAD_SIGNATURE' });
  });

  run('refuses a request sent with another method than the one signed', async () => {
    const signedAsPut = signingHeaders(SECRET, { ...forProviders(), method: 'PUT' }, QUERY);
    expect(await refusal(await post(signedAsPut))).toEqual({ status: 401, code: 'BAD_SIGNATURE' });
    const signedAsPost = signingHeaders(SECRET, forProviders(), '');
    const asGet = await fetch(`${url}?query=${encodeURIComponent('{ providers { totalCount } }')}`, {
      headers: signedAsPost,
    });
    expect(await refusal(asGet)).toEqual({ status: 405, code: 'METHOD_NOT_ALLOWED' });
  });

  run('answers the same body again when it is signed afresh, with a new nonce', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await post(signingHeaders(SECRET, forProviders(), QUERY));
      expect(response.status).toBe(200);
    }
  });

  run.each([
    ['two minutes old', -120_000],
    ['two minutes in the future', 120_000],
  ])('refuses a signature made %s', async (_when, offset) => {
    const headers = signingHeaders(SECRET, forProviders(), QUERY, {}, Date.now() + offset);
    expect(await refusal(await post(headers))).toEqual({ status: 401, code: 'STALE_SIGNATURE' });
  });

  run.each(['1e12', ' 1', '-5', 'soon', '99999999999999999999'])(
    'refuses a signature whose timestamp is "%s"',
    async (timestamp) => {
      const headers = signingHeaders(SECRET, forProviders(), QUERY);
      expect(await refusal(await post({ ...headers, 'x-mt-timestamp': timestamp }))).toEqual({
        status: 401,
        code: 'STALE_SIGNATURE',
      });
    },
  );

  run('still answers through the gateway, which signs each call for its subgraph', async () => {
    const answer = await stack.query<{
      packages: { edges: { node: { providers: { id: string }[]; campaigns: { id: string }[] } }[] };
    }>('{ packages(first: 3) { edges { node { id providers { id name(locale: EN) } campaigns { id } } } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.packages.edges).toHaveLength(3);
    expect(answer.data?.packages.edges.some((edge) => edge.node.providers.length > 0)).toBe(true);
  });

  run('still checks embed sites: the gateway’s signed lookup in campaigns is answered', async () => {
    const response = await fetch(
      `${stack.gateway.url}/graphql?${persistedSearch('PackageList', { first: 1, locale: 'EN', currency: 'KRW' })}`,
      { headers: { origin: 'http://localhost:5173', 'x-site-key': 'demo-site' } },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { packages: { edges: [expect.anything()] } } });
  });

  run('still answers peers: a subgraph’s signed check of another’s ids finds the real ones only', async () => {
    const listed = await stack.query<{ providers: { edges: { node: { id: string } }[] } }>(
      '{ providers(first: 1) { edges { node { id } } } }',
    );
    const known = listed.data?.providers.edges[0]?.node.id ?? '';
    const peers = createPeers((name) => stack.subgraphs[name].graphqlUrl, SECRET, testSettings.SUBGRAPH_TIMEOUT_MS);
    const found = await peers.entities('providers', 'Provider', [known, '00000000-0000-4000-8000-000000000000']);
    expect([...found.keys()]).toEqual([known]);
  });
});

describe('the nonce store', () => {
  const MINUTE = 60_000;
  const at = (clock: { now: number }) => () => clock.now;

  it('answers true for a nonce once, and false for it until it expires', async () => {
    const clock = { now: 1_000 };
    const store = new MemoryNonceStore(10, at(clock));
    expect(await store.claim('nonce-a', clock.now + MINUTE)).toBe(true);
    expect(await store.claim('nonce-a', clock.now + MINUTE)).toBe(false);
    expect(await store.claim('nonce-b', clock.now + MINUTE)).toBe(true);
  });

  it('when full, refuses the nonces it had to forget early instead of letting them through again', async () => {
    const clock = { now: 1_000 };
    const store = new MemoryNonceStore(2, at(clock));
    expect(await store.claim('first', 61_000)).toBe(true);
    expect(await store.claim('second', 61_000)).toBe(true);
    // A third entry pushes "first" out while its signature is still valid.
    expect(await store.claim('third', 61_001)).toBe(true);
    expect(await store.claim('first', 61_000)).toBe(false);
    expect(await store.claim('second', 61_000)).toBe(false);
    // Requests signed later than the forgotten ones still pass.
    expect(await store.claim('fourth', 61_002)).toBe(true);
  });
});

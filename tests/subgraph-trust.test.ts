import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingHeaders } from '../core/signing';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

const QUERY = JSON.stringify({ query: '{ providers(first: 1) { totalCount } }' });

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

  const post = (headers: Record<string, string>, body = QUERY) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  async function refusal(response: Response) {
    return {
      status: response.status,
      code: ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    };
  }

  run('refuses a direct call without a signature', async () => {
    expect(await refusal(await post({}))).toEqual({ status: 401, code: 'UNSIGNED_REQUEST' });
  });

  run('refuses a call signed with another secret', async () => {
    const forged = signingHeaders('a-guessed-secret-that-is-long-enough-0000', QUERY);
    expect(await refusal(await post(forged))).toEqual({ status: 401, code: 'BAD_SIGNATURE' });
  });

  run('refuses a signed body that was tampered with', async () => {
    const headers = signingHeaders(testSettings.SUBGRAPH_SECRET, QUERY);
    const tampered = JSON.stringify({ query: '{ providers(first: 100) { totalCount } }' });
    expect(await refusal(await post(headers, tampered))).toEqual({ status: 401, code: 'BAD_SIGNATURE' });
  });

  run('refuses a forged identity under a real signature', async () => {
    const headers = signingHeaders(testSettings.SUBGRAPH_SECRET, QUERY);
    expect(
      await refusal(await post({ ...headers, 'x-mt-viewer': '{"kind":"staff","role":"platform-admin"}' })),
    ).toEqual({
      status: 401,
      code: 'BAD_SIGNATURE',
    });
  });

  run('refuses a replay of a captured request after a minute', async () => {
    const headers = signingHeaders(testSettings.SUBGRAPH_SECRET, QUERY, {}, Date.now() - 120_000);
    expect(await refusal(await post(headers))).toEqual({ status: 401, code: 'STALE_SIGNATURE' });
  });

  run('refuses GET, whose query the signature would not cover', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ providers { totalCount } }')}`, {
      headers: signingHeaders(testSettings.SUBGRAPH_SECRET, ''),
    });
    expect(await refusal(response)).toEqual({ status: 405, code: 'METHOD_NOT_ALLOWED' });
  });

  run('answers a request signed as the gateway signs it', async () => {
    const response = await post(signingHeaders(testSettings.SUBGRAPH_SECRET, QUERY));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { providers: { totalCount: expect.any(Number) } } });
  });
});

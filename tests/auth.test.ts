import { CompactSign, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import type { RunningServer } from '../core/http';
import {
  claimAt,
  CLOCK_LEEWAY_SECONDS,
  createTokenVerifier,
  embeddedIssuer,
  embeddedIssuerKeys,
  issueDevToken,
  MAX_TOKEN_LIFETIME_SECONDS,
  publicKeySet,
  STANDARD_CLAIMS,
  TokenError,
  type TokenVerifier,
} from '../core/oidc';
import { startGatewayAlone } from './support/stack';
import { testSettings } from './support/subgraph';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const now = Math.floor(NOW / 1000);
const HOUR = 3600;
const DAY = 24 * HOUR;
const ISSUER = 'https://login.example.kr/realms/staff';
const AUDIENCE = 'korea-medical-tourism';
const admin: Staff = { kind: 'staff', id: 'a1', role: 'platform-admin' };
const base = { iss: ISSUER, aud: AUDIENCE, sub: 'a1', role: 'platform-admin' };

let privateKey: CryptoKey;
let verifier: TokenVerifier;

/** Signs any payload, even one that is not a claims object, as the issuer's key "k1" would (ES256). */
const sign = (payload: unknown) =>
  new CompactSign(Buffer.from(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'JWT' })
    .sign(privateKey);

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  verifier = createTokenVerifier({
    issuer: ISSUER,
    audience: AUDIENCE,
    keys: createLocalJWKSet({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }] }),
    claims: STANDARD_CLAIMS,
  });
});

/** Claims the identity provider might sign, and what the gateway must make of them. */
const TOKENS: [string, Record<string, unknown>, string | null][] = [
  ['an ordinary eight-hour token', { iat: now, nbf: now, exp: now + 8 * HOUR }, null],
  ['a token without nbf', { iat: now, exp: now + HOUR }, null],
  ['a token issued a moment ahead of our clock', { iat: now + 20, nbf: now + 20, exp: now + HOUR }, null],
  ['a token that expired within the leeway', { iat: now - HOUR, exp: now - 10 }, null],
  ['a token valid for exactly the maximum', { iat: now, exp: now + MAX_TOKEN_LIFETIME_SECONDS }, null],
  ['a token valid from tomorrow', { iat: now, nbf: now + DAY, exp: now + DAY + HOUR }, 'token is not yet valid'],
  ['a token valid from two minutes ahead', { iat: now, nbf: now + 120, exp: now + HOUR }, 'token is not yet valid'],
  ['a token issued tomorrow', { iat: now + DAY, exp: now + DAY + HOUR }, 'token was issued in the future'],
  ['a token that expired a minute ago', { iat: now - HOUR, exp: now - 60 }, 'token has expired'],
  ['a token issued 25 hours ago', { iat: now - 25 * HOUR, exp: now + HOUR }, 'token was issued more than 24 hours ago'],
  ['a token valid for a week', { iat: now, exp: now + 7 * DAY }, 'token is valid for longer than 24 hours'],
  ['a token that ends before it begins', { iat: now, nbf: now, exp: now - 5 }, 'token expires before it is valid'],
  ['a token without iat', { exp: now + HOUR }, 'malformed claims'],
  ['a token without exp', { iat: now }, 'malformed claims'],
  ['a fractional exp', { iat: now, exp: now + 0.5 }, 'malformed claims'],
  ['exp as a string', { iat: now, exp: String(now + HOUR) }, 'malformed claims'],
  ['a huge exp', { iat: now, exp: 1e300 }, 'malformed claims'],
  ['an exp past the safe integers', { iat: now, exp: 2 ** 60 }, 'malformed claims'],
  ['a negative nbf', { iat: now, nbf: -1, exp: now + HOUR }, 'malformed claims'],
  ['nbf as an object', { iat: now, nbf: { $gt: 0 }, exp: now + HOUR }, 'malformed claims'],
  ['a huge iat', { iat: 1e21, exp: now + HOUR }, 'token was issued in the future'],
];

describe('staff access tokens', () => {
  it.each(TOKENS)('%s: %s', async (_name, times, refusal) => {
    const token = await sign({ ...base, ...times });
    const verified = verifier.verify(token, new Date(NOW));
    if (refusal === null) await expect(verified).resolves.toEqual(admin);
    else await expect(verified).rejects.toThrow(new TokenError(refusal));
  });

  const times = { iat: now, exp: now + HOUR };
  it.each([
    ['another issuer', { ...base, ...times, iss: 'https://login.example.com' }, 'token is from another issuer'],
    ['another audience', { ...base, ...times, aud: 'another-api' }, 'token is for another audience'],
    ['no subject', { ...base, ...times, sub: undefined }, 'malformed claims'],
    ['no role', { ...base, ...times, role: undefined }, 'token carries no staff role'],
    ['a role this product does not know', { ...base, ...times, role: 'superuser' }, 'token carries no staff role'],
    [
      'a provider-admin without its provider',
      { ...base, ...times, role: 'provider-admin' },
      'a provider-admin token needs its scope',
    ],
    [
      'a tourism-admin of a region that does not exist',
      { ...base, ...times, role: 'tourism-admin', region: 'ATLANTIS' },
      'a tourism-admin token needs its scope',
    ],
    ['claims that are a number', 42, 'malformed token'],
  ])('refuses a token with %s, saying so', async (_name, payload, refusal) => {
    await expect(verifier.verify(await sign(payload), new Date(NOW))).rejects.toThrow(new TokenError(refusal));
  });

  it.each([
    ['not a JWT at all', 'not-a-token'],
    ['a header that is not JSON', 'bm9wZQ.e30.c2ln'],
  ])('refuses %s as a malformed token', async (_name, token) => {
    await expect(verifier.verify(token, new Date(NOW))).rejects.toThrow(new TokenError('malformed token'));
  });

  it('reads scoped roles, upper-casing the region as the schema spells it', async () => {
    const token = await sign({ ...base, iat: now, exp: now + HOUR, role: 'tourism-admin', region: 'daejeon' });
    await expect(verifier.verify(token, new Date(NOW))).resolves.toEqual({
      kind: 'staff',
      id: 'a1',
      role: 'tourism-admin',
      region: 'DAEJEON',
    });
  });

  it('finds claims by their whole name first, then by a dotted path into objects', () => {
    const payload = { 'https://example.kr/role': 'marketing', realm_access: { roles: ['provider-admin'] } };
    expect(claimAt(payload, 'https://example.kr/role')).toBe('marketing');
    expect(claimAt(payload, 'realm_access.roles')).toEqual(['provider-admin']);
    expect(claimAt(payload, 'realm_access.roles.0')).toBeUndefined();
    expect(claimAt(payload, 'realm_access.missing')).toBeUndefined();
    expect(claimAt(payload, 'constructor')).toBeUndefined();
  });

  it('issues development tokens the embedded issuer verifies for their whole life and refuses after it', async () => {
    const keys = await embeddedIssuerKeys(testSettings);
    const embedded = createTokenVerifier({
      issuer: embeddedIssuer(testSettings),
      audience: testSettings.OIDC_AUDIENCE,
      keys: createLocalJWKSet(publicKeySet(keys)),
      claims: STANDARD_CLAIMS,
    });
    const token = await issueDevToken(admin, { settings: testSettings, lifetimeSeconds: 2 * HOUR, now: NOW });
    await expect(embedded.verify(token, new Date(NOW))).resolves.toEqual(admin);
    await expect(embedded.verify(token, new Date(NOW + 2 * HOUR * 1000 - 1000))).resolves.toEqual(admin);
    await expect(embedded.verify(token, new Date(NOW + (2 * HOUR + CLOCK_LEEWAY_SECONDS) * 1000))).rejects.toThrow(
      new TokenError('token has expired'),
    );
    await expect(embedded.verify(token, new Date(NOW - 2 * CLOCK_LEEWAY_SECONDS * 1000))).rejects.toThrow(
      new TokenError('token was issued in the future'),
    );
  });

  it('will not issue a token the verifier would refuse for its lifetime, nor one in production', async () => {
    await expect(
      issueDevToken(admin, { settings: testSettings, lifetimeSeconds: MAX_TOKEN_LIFETIME_SECONDS + 1 }),
    ).rejects.toThrow(RangeError);
    await expect(issueDevToken(admin, { settings: { ...testSettings, NODE_ENV: 'production' } })).rejects.toThrow(
      /production/,
    );
  });
});

describe('the gateway refuses a token outside its validity', () => {
  let gateway: RunningServer;
  // Tokens are checked before any subgraph is asked, so none is needed here.
  beforeAll(async () => {
    gateway = await startGatewayAlone();
  });
  afterAll(() => gateway?.close());

  /** Signed with the embedded issuer's own key, as its tokens are, with whatever times a test gives. */
  const asIssuer = async (claims: Record<string, unknown>) => {
    const [jwk] = (await embeddedIssuerKeys(testSettings)).keys;
    return new CompactSign(
      Buffer.from(
        JSON.stringify({ iss: embeddedIssuer(testSettings), aud: testSettings.OIDC_AUDIENCE, sub: 'a1', ...claims }),
      ),
    )
      .setProtectedHeader({ alg: 'ES256', kid: jwk?.kid ?? '', typ: 'at+jwt' })
      .sign(await importJWK(jwk ?? {}, 'ES256'));
  };

  const ask = (token: string) =>
    fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  const current = Math.floor(Date.now() / 1000);
  it.each([
    ['valid from tomorrow', { iat: current, nbf: current + DAY, exp: current + DAY + HOUR }, 'token is not yet valid'],
    ['issued in an hour', { iat: current + HOUR, exp: current + 2 * HOUR }, 'token was issued in the future'],
    ['expired', { iat: current - 2 * HOUR, exp: current - HOUR }, 'token has expired'],
    ['issued two days ago', { iat: current - 2 * DAY, exp: current + HOUR }, 'token was issued more than 24 hours ago'],
    ['valid for a year', { iat: current, exp: current + 365 * DAY }, 'token is valid for longer than 24 hours'],
    ['with an absurd expiry', { iat: current, exp: Number.MAX_VALUE }, 'malformed claims'],
    ['that is not a bearer token', 'Basic YWRtaW46YWRtaW4=', 'not a bearer token'],
  ])('a token %s gets 401 UNAUTHENTICATED saying so', async (_name, claims, reason) => {
    const response =
      typeof claims === 'string'
        ? await fetch(`${gateway.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: claims },
            body: JSON.stringify({ query: '{ __typename }' }),
          })
        : await ask(await asIssuer({ role: 'platform-admin', ...claims }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      // Apollo prefixes errors raised while building the request's context with "Context creation failed".
      errors: [
        {
          message: expect.stringMatching(new RegExp(`Sign-in is not valid: ${reason}$`)),
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });

  it('a token within its validity is let through', async () => {
    const response = await ask(await asIssuer({ role: 'platform-admin', iat: current, exp: current + HOUR }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

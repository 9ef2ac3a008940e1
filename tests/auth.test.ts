import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLOCK_LEEWAY_SECONDS,
  issueToken,
  MAX_TOKEN_LIFETIME_SECONDS,
  signClaims,
  TokenError,
  verifyToken,
  type Staff,
} from '../core/auth';
import type { RunningServer } from '../core/http';
import { startGatewayAlone } from './support/stack';
import { testSettings } from './support/subgraph';

const SECRET = testSettings.AUTH_SECRET;
const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const now = Math.floor(NOW / 1000);
const HOUR = 3600;
const DAY = 24 * HOUR;
const admin: Staff = { kind: 'staff', id: 'a1', role: 'platform-admin' };
const base = { sub: 'a1', role: 'platform-admin' };

/** Claims the identity provider might sign, and what the gateway must make of them. */
const TOKENS: [string, Record<string, unknown>, string | null][] = [
  ['an ordinary eight-hour token', { iat: now, nbf: now, exp: now + 8 * HOUR }, null],
  ['a token without nbf or iat', { exp: now + HOUR }, null],
  ['a token issued a moment ahead of our clock', { iat: now + 20, nbf: now + 20, exp: now + HOUR }, null],
  ['a token that expired within the leeway', { iat: now - HOUR, exp: now - 10 }, null],
  ['a token valid for exactly the maximum', { iat: now, exp: now + MAX_TOKEN_LIFETIME_SECONDS }, null],
  ['a token valid from tomorrow', { iat: now, nbf: now + DAY, exp: now + DAY + HOUR }, 'token is not yet valid'],
  ['a token valid from two minutes ahead', { nbf: now + 120, exp: now + HOUR }, 'token is not yet valid'],
  ['a token issued tomorrow', { iat: now + DAY, exp: now + DAY + HOUR }, 'token was issued in the future'],
  ['a token that expired a minute ago', { iat: now - HOUR, exp: now - 60 }, 'token has expired'],
  ['a token valid for a week', { iat: now, exp: now + 7 * DAY }, 'token is valid for longer than 24 hours'],
  ['a token without iat valid for two days', { exp: now + 2 * DAY }, 'token is valid for longer than 24 hours'],
  ['a token that ends before it begins', { nbf: now, exp: now - 5 }, 'token expires before it is valid'],
  ['a token without exp', { iat: now }, 'malformed claims'],
  ['a fractional exp', { exp: now + 0.5 }, 'malformed claims'],
  ['exp as a string', { exp: String(now + HOUR) }, 'malformed claims'],
  ['a huge exp', { exp: 1e300 }, 'malformed claims'],
  ['an exp past the safe integers', { exp: 2 ** 60 }, 'malformed claims'],
  ['a negative nbf', { nbf: -1, exp: now + HOUR }, 'malformed claims'],
  ['nbf as an object', { nbf: { $gt: 0 }, exp: now + HOUR }, 'malformed claims'],
  ['a huge iat', { iat: 1e21, exp: now + HOUR }, 'malformed claims'],
];

describe('staff tokens', () => {
  it.each(TOKENS)('%s: %s', (_name, times, refusal) => {
    const token = signClaims(SECRET, { ...base, ...times });
    if (refusal === null) {
      expect(verifyToken(SECRET, token, NOW)).toEqual(admin);
    } else {
      expect(() => verifyToken(SECRET, token, NOW)).toThrow(new TokenError(refusal));
    }
  });

  it.each([
    ['a header that is not an object', `${Buffer.from('null').toString('base64url')}.e30.sig`, 'unsupported algorithm'],
    [
      'a payload that is not JSON',
      `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.bm9wZQ.sig`,
      'malformed token',
    ],
    ['claims that are a number', signClaims(SECRET, 42 as unknown as Record<string, unknown>), 'malformed claims'],
  ])('refuses %s as a typed token error', (_name, token, refusal) => {
    expect(() => verifyToken(SECRET, token, NOW)).toThrow(new TokenError(refusal));
  });

  it('issues tokens the verifier accepts for their whole life and refuses after it', () => {
    const token = issueToken(SECRET, admin, 2 * HOUR, NOW);
    expect(verifyToken(SECRET, token, NOW)).toEqual(admin);
    expect(verifyToken(SECRET, token, NOW + 2 * HOUR * 1000 - 1000)).toEqual(admin);
    expect(() => verifyToken(SECRET, token, NOW + (2 * HOUR + CLOCK_LEEWAY_SECONDS) * 1000)).toThrow(
      new TokenError('token has expired'),
    );
    expect(() => verifyToken(SECRET, token, NOW - 2 * CLOCK_LEEWAY_SECONDS * 1000)).toThrow(
      new TokenError('token is not yet valid'),
    );
  });

  it('will not issue a token the verifier would refuse for its lifetime', () => {
    expect(() => issueToken(SECRET, admin, MAX_TOKEN_LIFETIME_SECONDS + 1, NOW)).toThrow(RangeError);
  });
});

describe('the gateway refuses a token outside its validity', () => {
  let gateway: RunningServer;
  // Tokens are checked before any subgraph is asked, so none is needed here.
  beforeAll(async () => {
    gateway = await startGatewayAlone();
  });
  afterAll(() => gateway?.close());

  const ask = (token: string) =>
    fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  const current = Math.floor(Date.now() / 1000);
  it.each([
    ['valid from tomorrow', { nbf: current + DAY, exp: current + DAY + HOUR }, 'token is not yet valid'],
    ['issued in an hour', { iat: current + HOUR, exp: current + 2 * HOUR }, 'token was issued in the future'],
    ['expired', { iat: current - 2 * HOUR, exp: current - HOUR }, 'token has expired'],
    ['valid for a year', { iat: current, exp: current + 365 * DAY }, 'token is valid for longer than 24 hours'],
    ['with an absurd expiry', { exp: Number.MAX_VALUE }, 'malformed claims'],
  ])('a token %s gets 401 UNAUTHENTICATED saying so', async (_name, times, reason) => {
    const response = await ask(signClaims(SECRET, { ...base, ...times }));
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
    const response = await ask(signClaims(SECRET, { ...base, iat: current, nbf: current, exp: current + HOUR }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

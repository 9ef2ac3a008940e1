import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Staff } from '../core/auth';
import type { Settings } from '../core/config';
import type { RunningServer } from '../core/http';
import { embeddedIssuer, ISSUER_RETRY_SECONDS, issueDevToken } from '../core/oidc';
import { readDevAccounts } from '../gateway/dev-issuer/issuer';
import { startGatewayAlone, startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

const PROVIDER = 'gangnam-lumiere-dermatology';
const VIDEO_CALL_URL = 'https://meet.lumiere-derm.test/consult';
const AUDIENCE = testSettings.OIDC_AUDIENCE;
const HOUR = 3600;
const lumiereAdmin: Staff = { kind: 'staff', id: 'kc-7f3a', role: 'provider-admin', provider: PROVIDER };
const otherAdmin: Staff = {
  kind: 'staff',
  id: 'kc-91bd',
  role: 'provider-admin',
  provider: 'apgujeong-clear-eye-clinic',
};

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function signingKey(kid: string, alg: SigningKey['alg']): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/**
 * An organisation's own OpenID issuer, as far as the gateway sees one: a discovery document and a key set (which a
 * test may rotate), or, when down, nothing but 503s.
 */
async function startExternalIssuer(keys: SigningKey[]) {
  const state = { keys, down: false, discoveryFetches: 0, keySetFetches: 0 };
  const server = createServer((request, response) => {
    const url = `http://${request.headers.host}`;
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.url === '/.well-known/openid-configuration') state.discoveryFetches += 1;
    if (state.down) return send(503, { error: 'temporarily_unavailable' });
    if (request.url === '/.well-known/openid-configuration') {
      return send(200, { issuer: url, jwks_uri: `${url}/protocol/openid-connect/certs` });
    }
    if (request.url === '/protocol/openid-connect/certs') {
      state.keySetFetches += 1;
      return send(200, { keys: state.keys.map((key) => key.publicJwk) });
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** An access token as an external issuer signs one: these claims over its defaults, with `key`'s algorithm and id. */
function accessToken(
  key: { privateKey: CryptoKey | Uint8Array; kid: string; alg: string },
  issuer: string,
  claims: Record<string, unknown>,
  times: { iat?: number; nbf?: number; exp?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ aud: AUDIENCE, iat: now, exp: now + HOUR, ...times, ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuer(issuer)
    .sign(key.privateKey);
}

const staffClaims = ({ kind: _kind, id, ...scope }: Staff) => ({ sub: id, ...scope });

let stack: Stack;
const gateways: RunningServer[] = [];

/** A gateway on the stack's subgraphs with these settings over the test settings. */
async function gatewayWith(settings: Partial<Settings>): Promise<RunningServer> {
  const gateway = await stack.startGateway(settings);
  gateways.push(gateway);
  return gateway;
}

const VIDEO_CALL_QUERY = `{ provider(slug: "${PROVIDER}") { videoCallUrl } }`;

async function ask(gateway: RunningServer, token: string, query = VIDEO_CALL_QUERY) {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as {
      data?: { provider: { videoCallUrl: string | null } | null } | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

beforeAll(async () => {
  stack = await startStack({ kind: 'memory' });
});

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.close()));
  await stack?.stop();
});

describe('an external OpenID issuer (OIDC_ISSUER)', () => {
  let rsa: SigningKey;
  let ec: SigningKey;
  let issuer: Awaited<ReturnType<typeof startExternalIssuer>>;
  let gateway: RunningServer;

  beforeAll(async () => {
    rsa = await signingKey('rsa-2026', 'RS256');
    ec = await signingKey('ec-2026', 'ES256');
    issuer = await startExternalIssuer([rsa, ec]);
    gateway = await gatewayWith({ OIDC_ISSUER: issuer.url });
  });
  afterAll(() => issuer?.close());

  it("accepts an RS256 token, whose viewer reads the link only their provider's staff may read", async () => {
    const answer = await ask(gateway, await accessToken(rsa, issuer.url, staffClaims(lumiereAdmin)));
    expect(answer).toMatchObject({ status: 200, body: { data: { provider: { videoCallUrl: VIDEO_CALL_URL } } } });
    expect(answer.body.errors).toBeUndefined();
  });

  it("accepts an ES256 token, and its viewer's scope is theirs only", async () => {
    const own = await ask(gateway, await accessToken(ec, issuer.url, staffClaims(lumiereAdmin)));
    expect(own.body).toEqual({ data: { provider: { videoCallUrl: VIDEO_CALL_URL } } });
    const other = await ask(gateway, await accessToken(ec, issuer.url, staffClaims(otherAdmin)));
    expect(other.status).toBe(200);
    expect(other.body.data?.provider?.videoCallUrl ?? null).toBeNull();
    expect(other.body.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
  });

  const now = Math.floor(Date.now() / 1000);
  const refusals: [string, () => Promise<string>, string][] = [
    [
      'a token for another audience',
      () => accessToken(rsa, issuer.url, { ...staffClaims(lumiereAdmin), aud: 'another-api' }),
      'token is for another audience',
    ],
    [
      'a token from another issuer, signed with a key this one publishes',
      () => accessToken(rsa, 'https://login.example.com', staffClaims(lumiereAdmin)),
      'token is from another issuer',
    ],
    [
      'an expired token',
      () => accessToken(ec, issuer.url, staffClaims(lumiereAdmin), { iat: now - 2 * HOUR, exp: now - HOUR }),
      'token has expired',
    ],
    [
      'a token not yet valid',
      () => accessToken(ec, issuer.url, staffClaims(lumiereAdmin), { nbf: now + HOUR, exp: now + 2 * HOUR }),
      'token is not yet valid',
    ],
    [
      'a token issued more than 24 hours ago',
      () => accessToken(ec, issuer.url, staffClaims(lumiereAdmin), { iat: now - 25 * HOUR, exp: now + HOUR }),
      'token was issued more than 24 hours ago',
    ],
    [
      'a token signed by a key the issuer does not publish',
      async () => accessToken(await signingKey('foreign', 'ES256'), issuer.url, staffClaims(lumiereAdmin)),
      'token is signed by a key the issuer does not publish',
    ],
    [
      "a token signed by another key under the issuer's key id",
      async () =>
        accessToken({ ...(await signingKey('x', 'RS256')), kid: rsa.kid }, issuer.url, staffClaims(lumiereAdmin)),
      'bad signature',
    ],
    [
      'an HS256 token signed with a secret',
      () =>
        accessToken({ privateKey: randomBytes(32), kid: ec.kid, alg: 'HS256' }, issuer.url, staffClaims(lumiereAdmin)),
      'unsupported algorithm',
    ],
    [
      "an HS256 token signed with the issuer's public key as its secret",
      () =>
        accessToken(
          { privateKey: Buffer.from(JSON.stringify(rsa.publicJwk)), kid: rsa.kid, alg: 'HS256' },
          issuer.url,
          staffClaims(lumiereAdmin),
        ),
      'unsupported algorithm',
    ],
    [
      'an unsigned "alg: none" token',
      async () => {
        const [, payload] = (await accessToken(ec, issuer.url, staffClaims(lumiereAdmin))).split('.');
        return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      },
      'unsupported algorithm',
    ],
    [
      'a token without a staff role',
      () => accessToken(ec, issuer.url, { sub: 'kc-7f3a', provider: PROVIDER }),
      'token carries no staff role',
    ],
  ];

  it.each(refusals)('refuses %s with 401 UNAUTHENTICATED saying why, and no data', async (_name, make, reason) => {
    const answer = await ask(gateway, await make());
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(new RegExp(`Sign-in is not valid: ${reason}$`)),
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(JSON.stringify(answer.body)).not.toContain(VIDEO_CALL_URL);
  });

  it('takes a rotated key once it is published: the key set is fetched again for a key id it has not seen', async () => {
    // A fresh gateway, so the key set's cooldown counts from its own first fetch.
    const rotating = await gatewayWith({ OIDC_ISSUER: issuer.url });
    expect((await ask(rotating, await accessToken(ec, issuer.url, staffClaims(lumiereAdmin)))).status).toBe(200);
    const fetchesBefore = issuer.state.keySetFetches;
    const next = await signingKey('ec-2027', 'ES256');
    issuer.state.keys = [ec, next];
    const token = await accessToken(next, issuer.url, staffClaims(lumiereAdmin));
    // Within 30 s of the last fetch jose does not ask again, so a flood of made-up key ids costs the issuer nothing.
    expect((await ask(rotating, token)).body.errors?.[0]?.message).toMatch(
      /signed by a key the issuer does not publish/,
    );
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    try {
      const answer = await ask(rotating, token);
      expect(answer.body).toEqual({ data: { provider: { videoCallUrl: VIDEO_CALL_URL } } });
    } finally {
      vi.useRealTimers();
      issuer.state.keys = [rsa, ec];
    }
    expect(issuer.state.keySetFetches).toBe(fetchesBefore + 1);
  });

  it('answers 503 UNAUTHENTICATED "cannot be checked right now" while the issuer is down, and signs in once it is back', async () => {
    const flaky = await startExternalIssuer([ec]);
    try {
      const waiting = await gatewayWith({ OIDC_ISSUER: flaky.url });
      const token = await accessToken(ec, flaky.url, staffClaims(lumiereAdmin));
      flaky.state.down = true;
      const refused = await ask(waiting, token);
      expect(refused).toMatchObject({ status: 503, retryAfter: '5' });
      expect(refused.body).toEqual({
        errors: [
          {
            message: expect.stringMatching(
              /Sign-in cannot be checked right now: the identity provider did not answer$/,
            ),
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      flaky.state.down = false;
      // The failure stands for the retry-after: requests meanwhile do not each knock on the issuer's door.
      expect((await ask(waiting, token)).status).toBe(503);
      expect(flaky.state.discoveryFetches).toBe(1);
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + ISSUER_RETRY_SECONDS * 1000 });
      expect((await ask(waiting, token)).body).toEqual({ data: { provider: { videoCallUrl: VIDEO_CALL_URL } } });
      expect(flaky.state.discoveryFetches).toBe(2);
    } finally {
      vi.useRealTimers();
      await flaky.close();
    }
  });

  it('answers 503, not 500, when nothing listens at the issuer at all', async () => {
    const gone = await startExternalIssuer([ec]);
    await gone.close();
    const stranded = await gatewayWith({ OIDC_ISSUER: gone.url });
    const answer = await ask(stranded, await accessToken(ec, gone.url, staffClaims(lumiereAdmin)));
    expect(answer.status).toBe(503);
    expect(answer.body.errors?.[0]?.message).toMatch(/Sign-in cannot be checked right now/);
  });

  it("maps Keycloak's realm roles: the first role this product knows", async () => {
    const keycloak = await gatewayWith({ OIDC_ISSUER: issuer.url, OIDC_ROLE_CLAIM: 'realm_access.roles' });
    const token = await accessToken(rsa, issuer.url, {
      sub: 'f3c1b7e2-5b0e-4c1e-9a55-2d0c6f1c0a11',
      realm_access: { roles: ['offline_access', 'uma_authorization', 'provider-admin', 'marketing'] },
      provider: PROVIDER,
      role: 'platform-admin',
    });
    expect((await ask(keycloak, token)).body).toEqual({ data: { provider: { videoCallUrl: VIDEO_CALL_URL } } });
    // The configured claim, not the default one: this token's top-level "platform-admin" is not what it grants.
    const otherProvider = await accessToken(rsa, issuer.url, {
      sub: 'f3c1b7e2',
      realm_access: { roles: ['provider-admin'] },
      provider: 'apgujeong-clear-eye-clinic',
      role: 'platform-admin',
    });
    expect((await ask(keycloak, otherProvider)).body.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
  });

  it("maps Microsoft Entra's app roles array and an extension claim named with a dot", async () => {
    const entra = await gatewayWith({
      OIDC_ISSUER: issuer.url,
      OIDC_ROLE_CLAIM: 'roles',
      OIDC_PROVIDER_CLAIM: 'extn.provider',
    });
    const token = await accessToken(ec, issuer.url, {
      sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
      oid: '00000000-0000-0000-66f3-3332eca7ea81',
      roles: ['Directory.Reader', 'provider-admin'],
      'extn.provider': PROVIDER,
    });
    expect((await ask(entra, token)).body).toEqual({ data: { provider: { videoCallUrl: VIDEO_CALL_URL } } });
    const noKnownRole = await accessToken(ec, issuer.url, { sub: 'x', roles: ['Directory.Reader'] });
    expect((await ask(entra, noKnownRole)).body.errors?.[0]?.message).toMatch(/token carries no staff role$/);
  });
});

describe('the embedded issuer at /auth', () => {
  it('publishes its discovery document and public keys in development and tests', async () => {
    const response = await fetch(`${stack.gateway.url}/auth/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: embeddedIssuer(testSettings),
      code_challenge_methods_supported: ['S256'],
      authorization_endpoint: `${stack.gateway.url}/auth/auth`,
      token_endpoint: `${stack.gateway.url}/auth/token`,
      jwks_uri: `${stack.gateway.url}/auth/jwks`,
    });
    const keys = (await (await fetch(`${stack.gateway.url}/auth/jwks`)).json()) as { keys: JWK[] };
    expect(keys.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256' })]);
    expect(keys.keys[0]).not.toHaveProperty('d');
  });

  it('is absent in production, where staff sign in with the organisation’s issuer', async () => {
    const production = await startGatewayAlone({
      ...testSettings,
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://login.example.kr/realms/staff',
    });
    try {
      const response = await fetch(`${production.url}/auth/.well-known/openid-configuration`);
      expect(response.status).toBe(404);
    } finally {
      await production.close();
    }
  });

  it("accepts the development tokens `npm run token` signs with the issuer's key", async () => {
    const token = await issueDevToken(lumiereAdmin, { settings: testSettings, lifetimeSeconds: 600 });
    expect((await ask(stack.gateway, token)).body).toEqual({ data: { provider: { videoCallUrl: VIDEO_CALL_URL } } });
  });

  /** Follows the issuer's redirects with a cookie jar, answering its login and consent pages as a person would. */
  async function signIn(login: string, password: string) {
    const jar = new Map<string, string>();
    const call = async (path: string, form?: Record<string, string>) => {
      const response = await fetch(new URL(path, stack.gateway.url), {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
        },
        body: form && new URLSearchParams(form).toString(),
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const [name = '', value = ''] = pair.split('=');
        jar.set(name, value);
      }
      return response;
    };
    const verifier = randomBytes(32).toString('base64url');
    const redirectUri = `${testSettings.PUBLIC_URL}/console/`;
    const authorize = new URLSearchParams({
      client_id: 'console',
      response_type: 'code',
      redirect_uri: redirectUri,
      scope: 'openid',
      state: 'st4te',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    let response = await call(`/auth/auth?${authorize}`);
    for (let step = 0; step < 10; step += 1) {
      const location = response.headers.get('location');
      if (!location) return { response, code: null };
      const target = new URL(location, stack.gateway.url);
      if (target.href.startsWith(redirectUri)) {
        const code = target.searchParams.get('code');
        const tokens = await call('/auth/token', {
          grant_type: 'authorization_code',
          code: code ?? '',
          redirect_uri: redirectUri,
          client_id: 'console',
          code_verifier: verifier,
        });
        return { response: tokens, code };
      }
      const page = await call(target.pathname + target.search);
      if (!target.pathname.startsWith('/auth/interaction/')) {
        response = page;
        continue;
      }
      const html = await page.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? '';
      response = await call(target.pathname, prompt === 'login' ? { prompt, login, password } : { prompt });
    }
    throw new Error('the sign-in did not finish in ten steps');
  }

  it('signs a seeded account in with the authorization code and PKCE, into a token the gateway accepts', async () => {
    const account = readDevAccounts().get('lumiere@staff.test');
    const { response, code } = await signIn('lumiere@staff.test', account?.password ?? '');
    expect(code).toEqual(expect.any(String));
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as { access_token: string; token_type: string };
    expect(tokens.token_type).toBe('Bearer');
    const [, payload = ''] = tokens.access_token.split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toMatchObject({
      iss: embeddedIssuer(testSettings),
      aud: AUDIENCE,
      sub: 'lumiere@staff.test',
      client_id: 'console',
      role: 'provider-admin',
      provider: PROVIDER,
    });
    expect((await ask(stack.gateway, tokens.access_token)).body).toEqual({
      data: { provider: { videoCallUrl: VIDEO_CALL_URL } },
    });
  });

  it('refuses a wrong password for a seeded account, and an account that is not seeded', async () => {
    const wrong = await signIn('lumiere@staff.test', 'not-the-password');
    expect(wrong).toMatchObject({ code: null, response: { status: 401 } });
    expect(await wrong.response.text()).toContain('do not match a development account');
    const stranger = await signIn('someone@example.kr', 'any-password-at-all');
    expect(stranger).toMatchObject({ code: null, response: { status: 401 } });
  });

  it('seeds one account per role and scope, each a valid staff member', () => {
    const accounts = [...readDevAccounts().values()].map(({ email, staff }) => ({ email, role: staff.role }));
    expect(accounts).toEqual(
      expect.arrayContaining([
        { email: 'lumiere@staff.test', role: 'provider-admin' },
        { email: 'daejeon@staff.test', role: 'tourism-admin' },
        { email: 'marketing@staff.test', role: 'marketing' },
        { email: 'admin@staff.test', role: 'platform-admin' },
      ]),
    );
    expect(new Set(accounts.map(({ role }) => role)).size).toBe(4);
  });
});

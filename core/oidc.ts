import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { z } from 'zod';
import { ROLES, staffSchema, type Staff } from './auth';
import { issuerUrlAllowed, type Settings } from './config';

/** How far token times may be from this server's clock (clocks of the identity provider and ours drift). */
export const CLOCK_LEEWAY_SECONDS = 30;
/** The longest a staff token may be valid from its issue: a stolen token is good for a working day at most. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
/**
 * Asymmetric signatures only: HS256 would let anyone holding the verification key (for an issuer, the public one)
 * sign, and "none" signs nothing.
 */
export const TOKEN_ALGORITHMS = ['RS256', 'ES256'];
/** The embedded issuer's path on the gateway (development and tests). */
export const EMBEDDED_ISSUER_PATH = '/auth';
/** The longest the gateway waits for the issuer's discovery document or key set. */
const ISSUER_TIMEOUT_MS = 5_000;
/** How long a failure to read the discovery document stands before the next token asks again (the retry-after). */
export const ISSUER_RETRY_SECONDS = 5;
// NumericDate (seconds since 1970) up to the year 9999: anything larger is not a time, however it parses.
const numericDate = z.number().int().min(0).max(253_402_300_799);

const timesSchema = z.object({
  sub: z.string().min(1),
  exp: numericDate,
  iat: numericDate,
  nbf: numericDate.optional(),
});

/** Why a token was refused, in words a client may read (never the token's content). */
export class TokenError extends Error {}

/** The issuer (its discovery document or keys) could not be reached: the token is neither good nor bad yet. */
export class IssuerUnavailableError extends Error {}

/** Where a token carries the role and each scope; a dotted name reaches into objects (`realm_access.roles`). */
export interface ClaimNames {
  role: string;
  provider: string;
  region: string;
  organisation: string;
}

/** The names the embedded issuer and `issueDevToken` write. */
export const STANDARD_CLAIMS: ClaimNames = {
  role: 'role',
  provider: 'provider',
  region: 'region',
  organisation: 'organisation',
};

/**
 * A claim by name: the name itself when the token has it (claims such as `https://example.kr/role` contain dots),
 * otherwise the dotted path through nested objects.
 */
export function claimAt(payload: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(payload, name)) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A role claim is one role or a list of the user's roles (Keycloak, Entra): the first this product knows. */
function roleOf(value: unknown): string | undefined {
  const known = (candidate: unknown) => (ROLES as readonly unknown[]).includes(candidate);
  if (Array.isArray(value)) return value.find(known) as string | undefined;
  return known(value) ? (value as string) : undefined;
}

const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The staff member a verified token names, with the scope its role needs. */
export function staffFromClaims(payload: JWTPayload, names: ClaimNames): Staff {
  const role = roleOf(claimAt(payload, names.role));
  if (!role) throw new TokenError('token carries no staff role');
  const staff = staffSchema.safeParse({
    kind: 'staff',
    id: payload.sub,
    role,
    provider: stringOrUndefined(claimAt(payload, names.provider)),
    region: stringOrUndefined(claimAt(payload, names.region))?.toUpperCase(),
    organisation: stringOrUndefined(claimAt(payload, names.organisation)),
  });
  if (!staff.success) throw new TokenError(`a ${role} token needs its scope`);
  return staff.data;
}

/**
 * Times jose leaves to us: whole NumericDates, a validity that ends after it begins and lasts at most the maximum
 * lifetime (jose checks exp, nbf and the age from iat).
 */
function checkTimes(payload: JWTPayload): void {
  const times = timesSchema.safeParse(payload);
  if (!times.success) throw new TokenError('malformed claims');
  const { exp, iat, nbf } = times.data;
  if (exp <= (nbf ?? iat)) throw new TokenError('token expires before it is valid');
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS + CLOCK_LEEWAY_SECONDS) {
    throw new TokenError(`token is valid for longer than ${MAX_TOKEN_LIFETIME_SECONDS / 3600} hours`);
  }
}

/** jose's refusal in words a client may read; anything about reaching the issuer is not the token's fault. */
function reasonOf(error: unknown): Error {
  if (error instanceof TokenError || error instanceof IssuerUnavailableError) return error;
  if (error instanceof errors.JWTExpired) {
    return new TokenError(
      error.claim === 'iat'
        ? `token was issued more than ${MAX_TOKEN_LIFETIME_SECONDS / 3600} hours ago`
        : 'token has expired',
    );
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing' || error.reason === 'invalid') return new TokenError('malformed claims');
    const refusals: Record<string, string> = {
      nbf: 'token is not yet valid',
      iat: 'token was issued in the future',
      iss: 'token is from another issuer',
      aud: 'token is for another audience',
    };
    return new TokenError(refusals[error.claim] ?? 'malformed claims');
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return new TokenError('unsupported algorithm');
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new TokenError('token is signed by a key the issuer does not publish');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenError('bad signature');
  return new TokenError('malformed token');
}

export interface TokenVerifier {
  /** The staff member a bearer token signs in, or a TokenError / IssuerUnavailableError saying why not. */
  verify(token: string, now?: Date): Promise<Staff>;
}

/** Verifies access tokens signed by `keys`: algorithm, signature, issuer, audience, times, then role and scope. */
export function createTokenVerifier(options: {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey | ReturnType<typeof createLocalJWKSet>;
  claims: ClaimNames;
}): TokenVerifier {
  return {
    async verify(token, now = new Date()) {
      try {
        const { payload } = await jwtVerify(token, options.keys, {
          algorithms: TOKEN_ALGORITHMS,
          issuer: options.issuer,
          audience: options.audience,
          clockTolerance: CLOCK_LEEWAY_SECONDS,
          maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
          currentDate: now,
        });
        checkTimes(payload);
        return staffFromClaims(payload, options.claims);
      } catch (error) {
        throw reasonOf(error);
      }
    },
  };
}

const discoverySchema = z.object({ issuer: z.string(), jwks_uri: z.string() });

/**
 * The keys of an external issuer: its discovery document is fetched once, when the first token arrives (a failure
 * stands for ISSUER_RETRY_SECONDS, so an issuer that is down is not asked once per request), and jose keeps the key
 * set, refetching it when a token names a key it has not seen (rotation) at most every 30 s, and every 10 minutes
 * anyway.
 */
export function remoteIssuerKeys(issuer: string, nodeEnv: Settings['NODE_ENV']): JWTVerifyGetKey {
  let keySet: Promise<JWTVerifyGetKey> | null = null;
  let failure: { at: number; error: unknown } | null = null;
  const discover = async (): Promise<JWTVerifyGetKey> => {
    const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let body: unknown;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(ISSUER_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      body = await response.json();
    } catch {
      throw new IssuerUnavailableError('the identity provider did not answer');
    }
    const document = discoverySchema.safeParse(body);
    // OpenID Connect Discovery: the document names the issuer it was asked about, or it is not that issuer's.
    if (!document.success || document.data.issuer !== issuer || !issuerUrlAllowed(document.data.jwks_uri, nodeEnv)) {
      throw new IssuerUnavailableError("the identity provider's configuration is not usable");
    }
    return createRemoteJWKSet(new URL(document.data.jwks_uri), { timeoutDuration: ISSUER_TIMEOUT_MS });
  };
  return async (header, token) => {
    if (!keySet) {
      if (failure && Date.now() - failure.at < ISSUER_RETRY_SECONDS * 1000) throw failure.error;
      keySet = discover().catch((error: unknown) => {
        failure = { at: Date.now(), error };
        keySet = null;
        throw error;
      });
    }
    const keys = await keySet;
    try {
      return await keys(header, token);
    } catch (error) {
      // No key for the token's kid or algorithm is the token's problem; anything else is reaching the issuer.
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new IssuerUnavailableError('the identity provider did not answer');
    }
  };
}

/** The embedded issuer's identifier: the gateway's public origin and its mount path. */
export function embeddedIssuer(settings: Settings): string {
  return `${settings.PUBLIC_URL}${EMBEDDED_ISSUER_PATH}`;
}

const privateKeySetSchema = z.object({
  keys: z
    .array(z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), kid: z.string().min(1), d: z.string() }).loose())
    .min(1),
});

const keySets = new Map<string, Promise<JSONWebKeySet>>();

/**
 * The embedded issuer's private key set (one ES256 key), made once and kept in `<DATA_DIR>/issuer/jwks.json` so that
 * tokens survive restarts. Linked into place only if absent: when two processes start together, one key wins and
 * both use it.
 */
export function embeddedIssuerKeys(settings: Settings): Promise<JSONWebKeySet> {
  const file = join(settings.DATA_DIR, 'issuer', 'jwks.json');
  let keys = keySets.get(file);
  if (!keys) {
    keys = readOrCreateKeySet(file);
    keySets.set(file, keys);
  }
  return keys;
}

async function readOrCreateKeySet(file: string): Promise<JSONWebKeySet> {
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing === null) {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'ES256', use: 'sig' };
    await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
    const draft = `${file}.${randomUUID()}`;
    await writeFile(draft, JSON.stringify({ keys: [jwk] }, null, 2), { mode: 0o600 });
    await link(draft, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await rm(draft, { force: true });
    return readOrCreateKeySet(file);
  }
  const parsed = privateKeySetSchema.safeParse(JSON.parse(existing));
  if (!parsed.success) throw new Error(`${file} is not the embedded issuer's key set: delete it to make a new one`);
  return parsed.data as JSONWebKeySet;
}

/** The public half of a private key set, for the embedded issuer's verifier. */
export function publicKeySet(keys: JSONWebKeySet): JSONWebKeySet {
  return { keys: keys.keys.map(({ kty, crv, x, y, kid, alg, use }) => ({ kty, crv, x, y, kid, alg, use }) as JWK) };
}

/**
 * The verifier for the gateway's settings: the external issuer's keys by discovery, or in development and tests
 * without OIDC_ISSUER the embedded issuer's own key set, read from disk (no HTTP to itself).
 */
export async function tokenVerifierFor(settings: Settings): Promise<TokenVerifier> {
  if (settings.OIDC_ISSUER) {
    return createTokenVerifier({
      issuer: settings.OIDC_ISSUER,
      audience: settings.OIDC_AUDIENCE,
      keys: remoteIssuerKeys(settings.OIDC_ISSUER, settings.NODE_ENV),
      claims: {
        role: settings.OIDC_ROLE_CLAIM,
        provider: settings.OIDC_PROVIDER_CLAIM,
        region: settings.OIDC_REGION_CLAIM,
        organisation: settings.OIDC_ORGANISATION_CLAIM,
      },
    });
  }
  return createTokenVerifier({
    issuer: embeddedIssuer(settings),
    audience: settings.OIDC_AUDIENCE,
    keys: createLocalJWKSet(publicKeySet(await embeddedIssuerKeys(settings))),
    claims: STANDARD_CLAIMS,
  });
}

/** The role and scope claims the embedded issuer puts into a staff member's access token. */
export function staffClaims(staff: Staff): Record<string, string> {
  const { kind: _kind, id: _id, ...claims } = staff;
  return claims;
}

/**
 * Signs an access token for `staff` with the embedded issuer's key, as the issuer itself would (same iss, aud, kid
 * and claims): `npm run token` and the tests. Development and tests only.
 */
export async function issueDevToken(
  staff: Staff,
  options: { settings: Settings; lifetimeSeconds?: number; now?: number },
): Promise<string> {
  const { settings, lifetimeSeconds = 8 * 3600, now = Date.now() } = options;
  if (settings.NODE_ENV === 'production') throw new Error('staff tokens come from the identity provider in production');
  if (settings.OIDC_ISSUER) throw new Error('OIDC_ISSUER is set: its tokens come from that identity provider');
  if (lifetimeSeconds > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new RangeError(`a staff token lives at most ${MAX_TOKEN_LIFETIME_SECONDS / 3600} hours`);
  }
  const [jwk] = (await embeddedIssuerKeys(settings)).keys;
  if (!jwk?.kid) throw new Error("the embedded issuer's key set is empty");
  const iat = Math.floor(now / 1000);
  return new SignJWT({ ...staffClaims(staff), client_id: 'console', scope: 'openid' })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid, typ: 'at+jwt' })
    .setIssuer(embeddedIssuer(settings))
    .setAudience(settings.OIDC_AUDIENCE)
    .setSubject(staff.id)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + lifetimeSeconds)
    .sign(await importJWK(jwk, 'ES256'));
}

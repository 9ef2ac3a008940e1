import { createHmac } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { secretsEqual } from './secrets';
import { REGIONS } from './domain';

export const ROLES = ['provider-admin', 'tourism-admin', 'marketing', 'platform-admin'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in staff member and what they may manage. */
export const staffSchema = z.discriminatedUnion('role', [
  z.object({
    kind: z.literal('staff'),
    id: z.string().min(1),
    role: z.literal('provider-admin'),
    provider: z.string().min(1),
  }),
  z.object({
    kind: z.literal('staff'),
    id: z.string().min(1),
    role: z.literal('tourism-admin'),
    region: z.enum(REGIONS),
  }),
  z.object({
    kind: z.literal('staff'),
    id: z.string().min(1),
    role: z.literal('marketing'),
    organisation: z.string().min(1),
  }),
  z.object({ kind: z.literal('staff'), id: z.string().min(1), role: z.literal('platform-admin') }),
]);
export type Staff = z.infer<typeof staffSchema>;

export const viewerSchema = z.union([z.object({ kind: z.literal('anonymous') }), staffSchema]);
export type Viewer = z.infer<typeof viewerSchema>;

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** How far token times may be from this server's clock (clocks of the identity provider and ours drift). */
export const CLOCK_LEEWAY_SECONDS = 30;
/** The longest a staff token may be valid from its issue: a stolen token is good for a working day at most. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
// NumericDate (seconds since 1970) up to the year 9999: anything larger is not a time, however it parses.
const numericDate = z.number().int().min(0).max(253_402_300_799);

const claimsSchema = z.object({
  sub: z.string().min(1),
  exp: numericDate,
  iat: numericDate.optional(),
  nbf: numericDate.optional(),
  role: z.enum(ROLES),
  provider: z.string().optional(),
  region: z.string().optional(),
  organisation: z.string().optional(),
});

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64url');

/** Why a token was refused, in words a client may read (never the token's content). */
export class TokenError extends Error {}

/** Signs `claims` as an HS256 token (development tools and tests; a real deployment's identity provider does this). */
export function signClaims(secret: string, claims: Record<string, unknown>): string {
  const data = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${data}.${sign(secret, data)}`;
}

/** Issues a staff token valid from `now` for `lifetimeSeconds` (at most MAX_TOKEN_LIFETIME_SECONDS). */
export function issueToken(secret: string, staff: Staff, lifetimeSeconds = 8 * 3600, now = Date.now()): string {
  if (lifetimeSeconds > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new RangeError(`a staff token lives at most ${MAX_TOKEN_LIFETIME_SECONDS / 3600} hours`);
  }
  const iat = Math.floor(now / 1000);
  const { kind: _kind, id, ...scope } = staff;
  return signClaims(secret, { sub: id, iat, nbf: iat, exp: iat + lifetimeSeconds, ...scope });
}

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('malformed token');
  }
}

/**
 * Checks a token's times against `now`, each with the same leeway: not expired, already valid (nbf), not issued in
 * the future (iat), a validity that ends after it begins, and not longer than the maximum lifetime from its issue
 * (or from now, without iat).
 */
function checkTimes(claims: { exp: number; iat?: number; nbf?: number }, now: number): void {
  const nowSeconds = Math.floor(now / 1000);
  if (claims.exp + CLOCK_LEEWAY_SECONDS <= nowSeconds) throw new TokenError('token has expired');
  const validFrom = claims.nbf ?? claims.iat;
  if (validFrom !== undefined && claims.exp <= validFrom) throw new TokenError('token expires before it is valid');
  if (claims.nbf !== undefined && claims.nbf - CLOCK_LEEWAY_SECONDS > nowSeconds) {
    throw new TokenError('token is not yet valid');
  }
  if (claims.iat !== undefined && claims.iat - CLOCK_LEEWAY_SECONDS > nowSeconds) {
    throw new TokenError('token was issued in the future');
  }
  if (claims.exp - (claims.iat ?? nowSeconds) > MAX_TOKEN_LIFETIME_SECONDS + CLOCK_LEEWAY_SECONDS) {
    throw new TokenError(`token is valid for longer than ${MAX_TOKEN_LIFETIME_SECONDS / 3600} hours`);
  }
}

/** Verifies an HS256 token: signature, algorithm, times and the scope its role needs. */
export function verifyToken(secret: string, token: string, now = Date.now()): Staff {
  const [header, payload, signature, extra] = token.split('.');
  if (!header || !payload || !signature || extra !== undefined) throw new TokenError('malformed token');
  const parsedHeader = decodeJson(header);
  const parsedClaims = decodeJson(payload);
  // Only HS256: "none" and asymmetric algorithms are refused, whatever the header says.
  const alg = typeof parsedHeader === 'object' && parsedHeader !== null && 'alg' in parsedHeader && parsedHeader.alg;
  if (alg !== 'HS256') throw new TokenError('unsupported algorithm');
  if (!secretsEqual(signature, sign(secret, `${header}.${payload}`))) throw new TokenError('bad signature');
  const claims = claimsSchema.safeParse(parsedClaims);
  if (!claims.success) throw new TokenError('malformed claims');
  checkTimes(claims.data, now);
  const staff = staffSchema.safeParse({
    kind: 'staff',
    id: claims.data.sub,
    role: claims.data.role,
    provider: claims.data.provider,
    region: claims.data.region,
    organisation: claims.data.organisation,
  });
  if (!staff.success) throw new TokenError(`a ${claims.data.role} token needs its scope`);
  return staff.data;
}

/**
 * Lets a staff member through when `allowed` says this is theirs to see; anyone else gets a typed error and
 * no data. Platform admins see everything.
 */
export function requireStaff(viewer: Viewer, allowed: (staff: Staff) => boolean, what: string): Staff {
  if (viewer.kind !== 'staff') {
    throw new GraphQLError(`Sign in as staff to see ${what}`, { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (viewer.role !== 'platform-admin' && !allowed(viewer)) {
    throw new GraphQLError(`Your role does not give access to ${what}`, { extensions: { code: 'FORBIDDEN' } });
  }
  return viewer;
}

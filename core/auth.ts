import { createHmac, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
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

const claimsSchema = z.object({
  sub: z.string().min(1),
  exp: z.number().int(),
  iat: z.number().int().optional(),
  role: z.enum(ROLES),
  provider: z.string().optional(),
  region: z.string().optional(),
  organisation: z.string().optional(),
});

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64url');

export class TokenError extends Error {}

/** Issues an HS256 token (development tools and tests; a real deployment's identity provider does this). */
export function issueToken(secret: string, staff: Staff, lifetimeSeconds = 8 * 3600, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const { kind: _kind, id, ...scope } = staff;
  const payload = encode({ sub: id, iat, exp: iat + lifetimeSeconds, ...scope });
  const data = `${encode({ alg: 'HS256', typ: 'JWT' })}.${payload}`;
  return `${data}.${sign(secret, data)}`;
}

/** Verifies an HS256 token: signature, algorithm, expiry and the scope its role needs. */
export function verifyToken(secret: string, token: string, now = Date.now()): Staff {
  const [header, payload, signature, extra] = token.split('.');
  if (!header || !payload || !signature || extra !== undefined) throw new TokenError('malformed token');
  let parsedHeader: unknown;
  let parsedClaims: unknown;
  try {
    parsedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    parsedClaims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('malformed token');
  }
  // Only HS256: "none" and asymmetric algorithms are refused, whatever the header says.
  if ((parsedHeader as { alg?: unknown }).alg !== 'HS256') throw new TokenError('unsupported algorithm');
  const expected = Buffer.from(sign(secret, `${header}.${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new TokenError('bad signature');
  const claims = claimsSchema.safeParse(parsedClaims);
  if (!claims.success) throw new TokenError('malformed claims');
  if (claims.data.exp * 1000 <= now) throw new TokenError('expired');
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

import { z } from 'zod';
import { isIP } from 'node:net';
import { join } from 'node:path';
import type { SubgraphName } from './subgraph-sdl';

/** A TRUSTED_PROXIES entry: an address or a CIDR block. */
export function isProxyEntry(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits >= 0 && bits <= (version === 6 ? 128 : 32);
}

/**
 * An issuer or key-set URL the gateway may fetch keys from: https, or http on this machine outside production
 * (a test's or a developer's own issuer). Never with credentials in it.
 */
export function issuerUrlAllowed(url: string, nodeEnv: 'development' | 'test' | 'production'): boolean {
  const parsed = URL.parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return true;
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(parsed.hostname);
  return parsed.protocol === 'http:' && loopback && nodeEnv !== 'production';
}

const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = z.string().url().optional();
/** A claim's name or dotted path (`realm_access.roles`); claims named by URL (`https://example.kr/role`) too. */
const claimName = z
  .string()
  .regex(/^[\w:/.-]{1,200}$/, 'must be a claim name or a dotted path such as realm_access.roles');

/** `Name <local@domain>` or `local@domain`: the sender of booking messages, whose domain ends every Message-ID. */
const MAIL_ADDRESS =
  /^(?:[^<>\r\n]*<[^<>\s@]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*>|[^<>\s@]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)$/;

const settingsSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: port.default(4000),
  PROVIDERS_PORT: port.default(4001),
  ITINERARIES_PORT: port.default(4002),
  CAMPAIGNS_PORT: port.default(4003),
  PROVIDERS_URL: optionalUrl,
  ITINERARIES_URL: optionalUrl,
  CAMPAIGNS_URL: optionalUrl,
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: optionalUrl,
  PROVIDERS_DATABASE_URL: optionalUrl,
  ITINERARIES_DATABASE_URL: optionalUrl,
  CAMPAIGNS_DATABASE_URL: optionalUrl,
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1_024).max(10_000_000).default(100_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest static cost of one operation at the gateway (the rule is in gateway/limits.ts). */
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(30_000),
  /** /graphql requests per client address and per site key per minute (gateway/rate-limit.ts); 0 turns one off. */
  RATE_LIMIT_PER_IP_PER_MINUTE: z.coerce.number().int().min(0).default(300),
  RATE_LIMIT_PER_SITE_PER_MINUTE: z.coerce.number().int().min(0).default(6_000),
  /** Proxies whose X-Forwarded-For the gateway believes (gateway/client-address.ts): addresses or CIDR blocks. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    // Names each bad entry: in a long list of load balancers, "malformed" alone leaves the operator guessing.
    .superRefine((entries, context) => {
      for (const entry of entries.filter((candidate) => !isProxyEntry(candidate))) {
        context.addIssue({
          code: 'custom',
          message: `"${entry}" is not an IP address or CIDR block (comma-separated, e.g. 10.0.0.0/8,2001:db8::1)`,
        });
      }
    }),
  /** Public answers to anonymous GETs the gateway keeps for their max-age (core/response-cache.ts); 0 turns it off. */
  RESPONSE_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(1_000),
  /** Shared by the gateway and the subgraphs to sign and verify internal requests. */
  SUBGRAPH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * The organisation's OpenID provider whose access tokens sign staff in (core/oidc.ts); unset in development and
   * tests, the gateway's embedded issuer at /auth. Whether http is allowed depends on NODE_ENV: see loadSettings.
   */
  OIDC_ISSUER: z.string().url('must be the issuer URL, e.g. https://login.example.kr/realms/staff').optional(),
  /** The `aud` staff access tokens must carry. */
  OIDC_AUDIENCE: z.string().min(1).default('korea-medical-tourism'),
  /** Where the issuer's tokens carry the role and each scope; dotted names reach into objects. */
  OIDC_ROLE_CLAIM: claimName.default('role'),
  OIDC_PROVIDER_CLAIM: claimName.default('provider'),
  OIDC_REGION_CLAIM: claimName.default('region'),
  OIDC_ORGANISATION_CLAIM: claimName.default('organisation'),
  /** The staff console's client at the issuer: public, authorization code with PKCE, redirect <PUBLIC_URL>/console/. */
  OIDC_CONSOLE_CLIENT_ID: z.string().min(1).max(200).default('console'),
  /** The scopes the console asks for; some issuers need one more for the graph's audience (README). */
  OIDC_CONSOLE_SCOPE: z
    .string()
    .regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, 'must be scopes separated by single spaces')
    .default('openid profile email'),
  /** The mail server booking messages go through (core/mail.ts); unset, they go to the development mailbox. */
  SMTP_URL: z
    .string()
    .url('must be an smtp:// or smtps:// URL')
    .refine((url) => /^smtps?:\/\//i.test(url), 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(MAIL_ADDRESS, 'must be an e-mail address, optionally with a name: Name <bookings@example.kr>')
    .default('Korea Medical Tourism <bookings@localhost>'),
  /** Where the development mailbox writes each message as a .eml file; default `<DATA_DIR>/mailbox`. */
  MAILBOX_DIR: z.string().min(1).optional(),
  /** The gateway's public origin, for the links in messages; default `http://HOST:GATEWAY_PORT`. */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//i.test(url), 'must be an http:// or https:// URL')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** How often the delivery worker looks for due messages (subgraphs/providers/delivery.ts). */
  MAIL_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  /** The longest wait between two attempts at a message while the mail server is away. */
  MAIL_RETRY_MAX_SECONDS: z.coerce.number().int().min(1).max(60).default(30),
});

/** Only for development and tests: production refuses to start without its own secrets. */
const DEVELOPMENT_SECRETS = {
  SUBGRAPH_SECRET: 'development-only-subgraph-secret-do-not-use',
} as const;
type Secret = keyof typeof DEVELOPMENT_SECRETS;

/** Settings whose defaults derive from others, resolved by loadSettings. */
type Derived = 'MAILBOX_DIR' | 'PUBLIC_URL';

export type Settings = Omit<z.infer<typeof settingsSchema>, Secret | Derived> & Record<Secret | Derived, string>;

export class SettingsError extends Error {}

/** Reads settings from the environment; a bad value stops start-up with the variable's name. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new SettingsError(`Invalid settings:\n  ${problems.join('\n  ')}`);
  }
  const { SUBGRAPH_SECRET, ...settings } = parsed.data;
  const given: Record<Secret, string | undefined> = { SUBGRAPH_SECRET };
  const missing = (Object.keys(given) as Secret[])
    .filter((name) => !given[name])
    .map((name) => `${name}: required in production (32 characters or more)`);
  // Without it nobody could sign in: the embedded issuer is for development and tests only.
  if (!settings.OIDC_ISSUER) missing.push('OIDC_ISSUER: required in production (the https URL of the OpenID issuer)');
  // Without it messages go to the development mailbox, a folder on this machine no patient would ever see.
  if (!settings.SMTP_URL) missing.push('SMTP_URL: required in production (smtp:// or smtps://)');
  if (missing.length && settings.NODE_ENV === 'production') {
    throw new SettingsError(`Invalid settings:\n  ${missing.join('\n  ')}`);
  }
  // Keys fetched over plain http could be swapped on the way; only an issuer on this machine may skip TLS, and not in
  // production.
  if (settings.OIDC_ISSUER && !issuerUrlAllowed(settings.OIDC_ISSUER, settings.NODE_ENV)) {
    throw new SettingsError(
      'Invalid settings:\n  OIDC_ISSUER: must be an https:// URL without credentials (http:// only for 127.0.0.1, ' +
        '[::1] or localhost outside production)',
    );
  }
  return {
    ...settings,
    SUBGRAPH_SECRET: SUBGRAPH_SECRET ?? DEVELOPMENT_SECRETS.SUBGRAPH_SECRET,
    MAILBOX_DIR: settings.MAILBOX_DIR ?? join(settings.DATA_DIR, 'mailbox'),
    PUBLIC_URL: settings.PUBLIC_URL ?? `http://${settings.HOST}:${settings.GATEWAY_PORT}`,
  };
}

const portKey = {
  providers: 'PROVIDERS_PORT',
  itineraries: 'ITINERARIES_PORT',
  campaigns: 'CAMPAIGNS_PORT',
} as const satisfies Record<SubgraphName, keyof Settings>;

export function subgraphPort(settings: Settings, name: SubgraphName): number {
  return settings[portKey[name]];
}

export function subgraphUrl(settings: Settings, name: SubgraphName): string {
  const configured = {
    providers: settings.PROVIDERS_URL,
    itineraries: settings.ITINERARIES_URL,
    campaigns: settings.CAMPAIGNS_URL,
  }[name];
  return configured ?? `http://${settings.HOST}:${subgraphPort(settings, name)}/graphql`;
}

export function subgraphDatabaseUrl(settings: Settings, name: SubgraphName): string | undefined {
  const specific = {
    providers: settings.PROVIDERS_DATABASE_URL,
    itineraries: settings.ITINERARIES_DATABASE_URL,
    campaigns: settings.CAMPAIGNS_DATABASE_URL,
  }[name];
  return specific ?? settings.DATABASE_URL;
}

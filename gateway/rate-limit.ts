import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Rate limits for /graphql: one allowance per client address and one per embed site, each a fixed window of a
 * minute (rate-limiter-flexible), so a page may send its few requests at once. A request over an allowance is
 * refused with 429 RATE_LIMITED and `retry-after` (whole seconds until that window ends).
 *
 * The order is what keeps the limits from being turned against partners (gateway/access-check.ts):
 * - the address's allowance is taken first, before anything is looked up, so a flood of made-up site keys costs
 *   its sender one allowance, not a campaigns call per key;
 * - a site's allowance is spent only by browser requests the site check verified: a key its site lists the
 *   page's Origin for. A caller without Origin (a server, curl) sending a partner's public key speaks for no
 *   site, spends only its address's allowance, and cannot make the partner's visitors wait.
 *
 * Settings (core/config.ts), 0 turning a limit off:
 * - RATE_LIMIT_PER_IP_PER_MINUTE (300): a page load sends ~2–4 requests per widget, so ~12 for a page with all
 *   four; 300 is 25 such page loads a minute from one address, which leaves room for several visitors behind
 *   one office or carrier NAT, and stops one machine at 5 requests a second sustained.
 * - RATE_LIMIT_PER_SITE_PER_MINUTE (6000): every visitor of a partner's pages together; ~500 widget page
 *   loads a minute (100 requests a second), far above the demo partners' traffic, and a ceiling on what a
 *   leaked or copied site key can draw from the graph from browsers.
 *
 * Addresses are the TCP peer's, or behind proxies listed in TRUSTED_PROXIES the client's as those proxies
 * report it in X-Forwarded-For (gateway/client-address.ts). IPv6 clients are grouped by /64, the block one
 * customer usually holds.
 */

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Requests allowed per key and minute. Kept this small so the store can change (in memory now; shared by the
 * gateway replicas later) without touching the callers.
 */
export interface Allowance {
  take(key: string): Promise<RateDecision>;
}

const UNLIMITED: Allowance = { take: async () => ({ allowed: true }) };

/**
 * An allowance in this process's memory. Each key's window is forgotten when it ends (the library's own
 * expiry), so memory holds only the keys seen in the last minute.
 */
export function memoryAllowance(perMinute: number): Allowance {
  if (perMinute <= 0) return UNLIMITED;
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
    },
  };
}

export interface RateLimitSettings {
  RATE_LIMIT_PER_IP_PER_MINUTE: number;
  RATE_LIMIT_PER_SITE_PER_MINUTE: number;
}

export type RateLimitScope = 'ip' | 'site';

export type RequestRateDecision =
  { allowed: true } | { allowed: false; scope: RateLimitScope; retryAfterSeconds: number };

/** The key of a client address: IPv4 as is, IPv6 by its /64 (IPv4-mapped IPv6 as the IPv4 address). */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const plain = address.split('%')[0] ?? address; // without a zone such as %eth0
  const [head = '', tail] = plain.includes('::') ? plain.split('::') : [plain];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  const groups = [...left, ...zeros, ...right].slice(0, 4);
  return `${groups.map((group) => (Number.parseInt(group, 16) || 0).toString(16)).join(':')}::/64`;
}

/** The per-address and per-site allowances; the access check decides which a request spends, and in what order. */
export class RequestRateLimiter {
  private readonly perAddress: Allowance;
  private readonly perSite: Allowance;

  constructor(settings: RateLimitSettings, allowance: (perMinute: number) => Allowance = memoryAllowance) {
    this.perAddress = allowance(settings.RATE_LIMIT_PER_IP_PER_MINUTE);
    this.perSite = allowance(settings.RATE_LIMIT_PER_SITE_PER_MINUTE);
  }

  /** Spends from the client address's allowance. */
  async address(address: string | undefined): Promise<RequestRateDecision> {
    return scoped('ip', await this.perAddress.take(addressKey(address)));
  }

  /** Spends from a verified site's allowance (the key the site check matched to the page's Origin). */
  async site(siteKey: string): Promise<RequestRateDecision> {
    return scoped('site', await this.perSite.take(siteKey));
  }
}

function scoped(scope: RateLimitScope, decision: RateDecision): RequestRateDecision {
  return decision.allowed ? decision : { ...decision, scope };
}

interface AccessDecision {
  allowed: boolean;
  headers: Record<string, string>;
  refusal?: { status: number; code: string; message: string };
}

/** Turns a refusal of the limiter into the gateway's access answer: 429 RATE_LIMITED with retry-after. */
export function rateLimitedAnswer<D extends AccessDecision>(decision: D, rate: RequestRateDecision): D {
  if (rate.allowed) return decision;
  const cors = 'access-control-allow-origin' in decision.headers;
  const who = rate.scope === 'ip' ? 'this address' : 'this site key';
  return {
    ...decision,
    allowed: false,
    headers: {
      ...decision.headers,
      'retry-after': String(rate.retryAfterSeconds),
      // Lets a widget on a partner's page read when to try again.
      ...(cors ? { 'access-control-expose-headers': 'content-type, retry-after' } : {}),
    },
    refusal: {
      status: 429,
      code: 'RATE_LIMITED',
      message: `Too many requests from ${who}; try again in ${rate.retryAfterSeconds} s`,
    },
  };
}

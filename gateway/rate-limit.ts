/**
 * Rate limits for /graphql, in memory: one token bucket per client IP and one per site key. A bucket holds a
 * minute's allowance (`perMinute` tokens), so a page may send its few requests at once, and refills
 * continuously at perMinute / 60 per second. A request takes one token from each of its buckets, or from none
 * when either is empty: it is then refused with 429 RATE_LIMITED and `retry-after` (whole seconds until the
 * emptier bucket holds a token again).
 *
 * Settings (core/config.ts), 0 turning a limit off:
 * - RATE_LIMIT_PER_IP_PER_MINUTE (300): a page load sends ~2–4 requests per widget, so ~12 for a page with all
 *   four; 300 is 25 such page loads a minute from one address, which leaves room for several visitors behind
 *   one office or carrier NAT, and stops one machine at 5 requests a second sustained.
 * - RATE_LIMIT_PER_SITE_PER_MINUTE (6000): every visitor of a partner's pages together; ~500 widget page
 *   loads a minute (100 requests a second), far above the demo partners' traffic, and a ceiling on what a
 *   leaked or copied site key can draw from the graph.
 *
 * The site key counts only when it is well-formed (the site check has already refused browsers sending unknown
 * keys); callers without a key (partners' servers, curl) are limited by address alone. Addresses are the TCP
 * peer's, or behind proxies listed in TRUSTED_PROXIES the client's as those proxies report it in
 * X-Forwarded-For (gateway/client-address.ts). IPv6 clients are grouped by /64, the block one
 * customer usually holds.
 */

export interface BucketLimits {
  /** Tokens a full bucket holds; also the refill per minute. 0 means no limit. */
  perMinute: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets under string keys, with an injectable clock (milliseconds) so tests can move time. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
    /** At most this many keys are tracked; beyond it, full buckets, then the least recently used, are forgotten. */
    private readonly maxKeys = 50_000,
  ) {}

  get size(): number {
    return this.buckets.size;
  }

  /** The bucket's tokens right now (a full bucket for an unknown key). */
  available(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return this.perMinute;
    // Multiplied before dividing, so a whole refill interval gives exactly one token.
    return Math.min(this.perMinute, bucket.tokens + ((this.now() - bucket.at) * this.perMinute) / 60_000);
  }

  /** Whole seconds until the bucket holds one token (0 when it holds one now). */
  retryAfterSeconds(key: string): number {
    const missing = 1 - this.available(key);
    if (missing <= 0) return 0;
    const ms = Math.round((missing * 60_000) / this.perMinute);
    return Math.max(1, Math.ceil(ms / 1000));
  }

  /** Removes one token; call only after `available(key) >= 1`. */
  spend(key: string): void {
    const tokens = this.available(key) - 1;
    if (!this.buckets.has(key)) this.makeRoom();
    this.buckets.delete(key); // re-inserted last: the Map's order is least recently used first
    this.buckets.set(key, { tokens, at: this.now() });
  }

  /** Takes one token if there is one. */
  take(key: string): RateDecision {
    if (this.perMinute <= 0) return { allowed: true };
    if (this.available(key) < 1) return { allowed: false, retryAfterSeconds: this.retryAfterSeconds(key) };
    this.spend(key);
    return { allowed: true };
  }

  /** At capacity: forgets full buckets, then the least recently used tenth, so sweeps stay rare under a flood. */
  private makeRoom(): void {
    if (this.buckets.size < this.maxKeys) return;
    // A full bucket is the same as no bucket: forgetting it changes nothing.
    for (const key of this.buckets.keys()) if (this.available(key) >= this.perMinute) this.buckets.delete(key);
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= target) break;
      this.buckets.delete(key);
    }
  }
}

export interface RateLimitSettings {
  RATE_LIMIT_PER_IP_PER_MINUTE: number;
  RATE_LIMIT_PER_SITE_PER_MINUTE: number;
}

export type RateLimitScope = 'ip' | 'site';

export type RequestRateDecision =
  { allowed: true } | { allowed: false; scope: RateLimitScope; retryAfterSeconds: number };

const SITE_KEY = /^[a-z0-9-]{3,64}$/;

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

/** Per-IP and per-site-key limits together; a request spends from both or from neither. */
export class RequestRateLimiter {
  readonly perIp: TokenBuckets;
  readonly perSite: TokenBuckets;

  constructor(settings: RateLimitSettings, now: () => number = Date.now) {
    this.perIp = new TokenBuckets(settings.RATE_LIMIT_PER_IP_PER_MINUTE, now);
    this.perSite = new TokenBuckets(settings.RATE_LIMIT_PER_SITE_PER_MINUTE, now);
  }

  check(request: { address: string | undefined; siteKey: string | undefined }): RequestRateDecision {
    const checks: [RateLimitScope, TokenBuckets, string][] = [];
    if (this.perIp.perMinute > 0) checks.push(['ip', this.perIp, addressKey(request.address)]);
    if (this.perSite.perMinute > 0 && request.siteKey && SITE_KEY.test(request.siteKey)) {
      checks.push(['site', this.perSite, request.siteKey]);
    }
    const empty = checks
      .filter(([, buckets, key]) => buckets.available(key) < 1)
      .map(([scope, buckets, key]) => ({ scope, retryAfterSeconds: buckets.retryAfterSeconds(key) }))
      .sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0];
    if (empty) return { allowed: false, ...empty };
    for (const [, buckets, key] of checks) buckets.spend(key);
    return { allowed: true };
  }
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

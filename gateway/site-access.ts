import { LRUCache } from 'lru-cache';

/**
 * Which web pages may call the graph from a browser. Partner pages send their site key in `x-site-key`;
 * the key's embed site (campaigns subgraph) lists the origins its pages come from.
 */

export interface SiteAccessDecision {
  allowed: boolean;
  /** The site key, when it is registered and the request's Origin is one its site allows. */
  site?: string;
  /** Headers every answer to this request carries (CORS), refusals included so the widget can read them. */
  headers: Record<string, string>;
  refusal?: { status: number; code: string; message: string };
}

export interface EmbedSite {
  allowedOrigins: string[];
}

export type SiteLookup = (key: string) => Promise<EmbedSite | null>;

/**
 * How long site answers are kept. Known sites are few (one per partner page), so they are kept for a minute and
 * their last answer holds while campaigns is away; keys campaigns does not know are remembered only briefly, so a
 * newly registered key works within seconds while a flood of made-up keys neither grows memory (both caches are
 * bounded LRUs) nor reaches campaigns more than once per key per `unknownTtlMs`. The two are kept apart so such a
 * flood cannot push real partners' sites out of the cache.
 */
export interface SiteCacheOptions {
  maxSites: number;
  siteTtlMs: number;
  maxUnknown: number;
  unknownTtlMs: number;
  /** The clock (milliseconds; tests move it by hand). */
  now?: () => number;
}

export const SITE_CACHE_DEFAULTS: SiteCacheOptions = {
  maxSites: 10_000,
  siteTtlMs: 60_000,
  maxUnknown: 10_000,
  unknownTtlMs: 15_000,
};

const SITE_KEY = /^[a-z0-9-]{3,64}$/;

/** `http://localhost:*` matches any port on localhost; anything else must match the origin exactly. */
export function originMatches(pattern: string, origin: string): boolean {
  if (pattern === origin) return true;
  if (!pattern.endsWith(':*')) return false;
  try {
    const url = new URL(origin);
    return `${url.protocol}//${url.hostname}` === pattern.slice(0, -2);
  } catch {
    return false;
  }
}

function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'false',
    'access-control-expose-headers': 'content-type',
    // The answer depends on whether this origin's key was allowed: a browser or CDN must not hand an answer given
    // to one key to a request sending another (a page with a wrong key would see data it was refused).
    vary: 'Origin, x-site-key',
  };
}

export const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, x-site-key, authorization, apollo-require-preflight',
  'access-control-max-age': '600',
};

export function createSiteAccess(lookup: SiteLookup, options: SiteCacheOptions = SITE_CACHE_DEFAULTS) {
  // ttlResolution 0: every expiry is read from the clock itself, not from a reading cached for a millisecond.
  const clock = { perf: options.now ? { now: options.now } : undefined, ttlResolution: 0 };
  const unknown = new LRUCache<string, true>({ max: options.maxUnknown, ttl: options.unknownTtlMs, ...clock });
  const sites = new LRUCache<string, EmbedSite>({
    max: options.maxSites,
    ttl: options.siteTtlMs,
    ...clock,
    // Concurrent requests for one key share one lookup (lru-cache coalesces fetches).
    fetchMethod: async (key, stale, { options: entry }) => {
      try {
        const found = await lookup(key);
        if (!found) unknown.set(key, true);
        return found ?? undefined;
      } catch (error) {
        if (!stale) throw error;
        // While the campaigns service is away, the last known answer still holds; asked again soon.
        entry.ttl = options.unknownTtlMs;
        return stale;
      }
    },
  });

  async function site(key: string): Promise<EmbedSite | null> {
    if (unknown.has(key)) return null;
    return (await sites.fetch(key)) ?? null;
  }

  /** The CORS headers for a request's Origin, decided without looking anything up. */
  function corsFor(origin: string | undefined, selfOrigin: string): SiteAccessDecision {
    return { allowed: true, headers: origin && origin !== selfOrigin ? corsHeaders(origin) : {} };
  }

  async function check(
    origin: string | undefined,
    key: string | undefined,
    selfOrigin: string,
  ): Promise<SiteAccessDecision> {
    // No Origin: not a browser page (a partner's server, curl): allowed, but it speaks for no site.
    if (!origin) return { allowed: true, headers: {} };
    // Same origin: our own demo and sandbox pages; a key they send is vouched for only when its site allows them.
    if (origin === selfOrigin) {
      if (!key || !SITE_KEY.test(key)) return { allowed: true, headers: {} };
      const own = await site(key).catch(() => null);
      const verified = own?.allowedOrigins.some((pattern) => originMatches(pattern, origin)) ?? false;
      return verified ? { allowed: true, headers: {}, site: key } : { allowed: true, headers: {} };
    }
    const headers = corsHeaders(origin);
    const refuse = (status: number, code: string, message: string): SiteAccessDecision => ({
      allowed: false,
      headers,
      refusal: { status, code, message },
    });
    if (!key) return refuse(403, 'SITE_KEY_REQUIRED', 'This page must send its site key (x-site-key) to use the API');
    if (!SITE_KEY.test(key)) return refuse(403, 'UNKNOWN_SITE_KEY', 'The site key is not registered');
    let found: EmbedSite | null;
    try {
      found = await site(key);
    } catch {
      return refuse(503, 'SITE_CHECK_UNAVAILABLE', 'The site key cannot be checked right now; try again shortly');
    }
    if (!found) return refuse(403, 'UNKNOWN_SITE_KEY', 'The site key is not registered');
    if (!found.allowedOrigins.some((pattern) => originMatches(pattern, origin))) {
      return refuse(403, 'ORIGIN_NOT_ALLOWED', `The site key ${key} is not allowed on ${origin}`);
    }
    return { allowed: true, headers, site: key };
  }

  return {
    check,
    corsFor,
    /** Keys remembered, known and unknown: bounded by the two caches' sizes. */
    get cachedKeys(): number {
      return sites.size + unknown.size;
    },
  };
}

export type SiteAccess = ReturnType<typeof createSiteAccess>;

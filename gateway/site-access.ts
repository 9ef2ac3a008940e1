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

export type SiteLookup = (key: string) => Promise<{ allowedOrigins: string[] } | null>;

const SITE_KEY = /^[a-z0-9-]{3,64}$/;
const CACHE_MS = 60_000;

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
    vary: 'Origin',
  };
}

export const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, x-site-key, authorization, apollo-require-preflight',
  'access-control-max-age': '600',
};

export function createSiteAccess(lookup: SiteLookup) {
  const cache = new Map<string, { site: { allowedOrigins: string[] } | null; at: number }>();

  async function site(key: string) {
    const cached = cache.get(key);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.site;
    try {
      const fresh = await lookup(key);
      cache.set(key, { site: fresh, at: Date.now() });
      return fresh;
    } catch (error) {
      // While the campaigns service is away, the last known answer still holds.
      if (cached) return cached.site;
      throw error;
    }
  }

  return async function check(
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
    let found: { allowedOrigins: string[] } | null;
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
  };
}

export type SiteAccessCheck = ReturnType<typeof createSiteAccess>;

import type { IncomingMessage } from 'node:http';
import type { ClientAddresses } from './client-address';
import { rateLimitedAnswer, type RequestRateLimiter } from './rate-limit';
import type { SiteAccess, SiteAccessDecision } from './site-access';

export function siteKeyOf(request: IncomingMessage): string | undefined {
  const key = request.headers['x-site-key'];
  return typeof key === 'string' ? key : undefined;
}

/**
 * The gateway's decision on each /graphql request before GraphQL sees it, in an order that keeps the abuse
 * controls from being turned against partners (see gateway/rate-limit.ts):
 * 1. preflights are answered with CORS headers alone: they carry no key, browsers cache them, they spend nothing;
 * 2. the client address's allowance is taken before the site key is looked up;
 * 3. the site check (cached lookups in campaigns) decides whether the key speaks for the page's Origin;
 * 4. only then, and only for a verified site, is the site's allowance spent.
 * `onVerified` hands the verified site on to the GraphQL context.
 */
export function createAccessCheck(options: {
  siteAccess: SiteAccess;
  rateLimiter: RequestRateLimiter;
  clientAddresses: ClientAddresses;
  onVerified: (request: IncomingMessage, site: string) => void;
}) {
  const { siteAccess, rateLimiter, clientAddresses } = options;
  return async function check(request: IncomingMessage): Promise<SiteAccessDecision> {
    const origin = request.headers.origin;
    const selfOrigin = `http://${request.headers.host ?? ''}`;
    if (request.method === 'OPTIONS') return siteAccess.corsFor(origin, selfOrigin);
    const address = clientAddresses.of(request.socket.remoteAddress, request.headers['x-forwarded-for']);
    const byAddress = await rateLimiter.address(address);
    // The refusal carries CORS headers so a widget can read it; they reveal nothing about the key.
    if (!byAddress.allowed) return rateLimitedAnswer(siteAccess.corsFor(origin, selfOrigin), byAddress);
    const decision = await siteAccess.check(origin, siteKeyOf(request), selfOrigin);
    if (decision.refusal || !decision.site) return decision;
    options.onVerified(request, decision.site);
    return rateLimitedAnswer(decision, await rateLimiter.site(decision.site));
  };
}

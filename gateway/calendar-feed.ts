import type { ServerResponse } from 'node:http';
import type { Settings } from '../core/config';
import type { HttpRoute } from '../core/http';
import { signedCall } from '../core/peers';
import { ClientAddresses } from './client-address';
import { RequestRateLimiter } from './rate-limit';

const PREFIX = '/calendar/';
/**
 * `/calendar/<secret>.ics`, the address createCalendarFeed hands out (subgraphs/providers/calendar-feeds.ts). Only a
 * token of URL-safe characters goes on to the providers service, which decides whether it opens a feed.
 */
const FEED_PATH = /^\/calendar\/([A-Za-z0-9_-]{1,128})\.ics$/;
/** Calendar apps poll every few minutes to hours; five minutes in their cache spares the service repeated reads. */
const CACHE_CONTROL = 'private, max-age=300';
/** How soon a calendar app may try again after the service was away. */
const RETRY_SECONDS = 60;

const FEED_QUERY = 'mutation CalendarFeed($secret: String!) { readCalendarFeed(secret: $secret) }';

/** The feed is a bearer secret: no Referer leaves with it, nothing is sniffed or framed. */
const HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function sendText(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  response.writeHead(status, {
    ...HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...extra,
  });
  response.end(text);
}

/**
 * The providers' iCalendar feeds at `/calendar/<secret>.ics`, for the staff's own calendar apps: a public GET (the
 * apps send no token; the secret in the path is the credential), so each client address spends an allowance of
 * RATE_LIMIT_PER_IP_PER_MINUTE first, as /graphql requests do. The calendar comes from the providers service by a
 * signed internal call (`readCalendarFeed`, @inaccessible in the public graph); an unknown or revoked secret is a
 * 404, the service being away a 503 to retry, never a 500.
 */
export function calendarFeedRoutes(
  settings: Settings,
  providersUrl: string,
  limits: { rateLimiter: RequestRateLimiter; clientAddresses: ClientAddresses },
): HttpRoute[] {
  return [
    {
      prefix: PREFIX,
      async handle(request, response, url) {
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          sendText(response, 405, 'Calendar feeds are read with GET.', { allow: 'GET, HEAD' });
          return true;
        }
        const secret = FEED_PATH.exec(url.pathname)?.[1];
        if (!secret) {
          sendText(response, 404, 'No calendar at this address.');
          return true;
        }
        const address = limits.clientAddresses.of(request.socket.remoteAddress, request.headers['x-forwarded-for']);
        const rate = await limits.rateLimiter.address(address);
        if (!rate.allowed) {
          sendText(response, 429, `Too many requests from this address; try again in ${rate.retryAfterSeconds} s.`, {
            'retry-after': String(rate.retryAfterSeconds),
          });
          return true;
        }
        let calendar: string | null;
        try {
          const data = await signedCall<{ readCalendarFeed: string | null }>(
            { name: 'providers', url: providersUrl },
            settings.SUBGRAPH_SECRET,
            settings.SUBGRAPH_TIMEOUT_MS,
            { query: FEED_QUERY, variables: { secret } },
          );
          calendar = data.readCalendarFeed;
        } catch {
          sendText(response, 503, 'The calendar cannot be read right now; your calendar app will try again.', {
            'retry-after': String(RETRY_SECONDS),
          });
          return true;
        }
        if (calendar === null) {
          sendText(response, 404, 'No calendar at this address: it was revoked or never issued.');
          return true;
        }
        response.writeHead(200, {
          ...HEADERS,
          'content-type': 'text/calendar; charset=utf-8',
          'content-length': Buffer.byteLength(calendar),
          'cache-control': CACHE_CONTROL,
        });
        response.end(request.method === 'HEAD' ? undefined : calendar);
        return true;
      },
    },
  ];
}

import type { ServerResponse } from 'node:http';
import type { Settings } from '../core/config';
import type { HttpRoute, StaticMount } from '../core/http';
import { embeddedIssuer, IssuerUnavailableError, TokenError, type TokenVerifier } from '../core/oidc';
import { repoPath } from '../core/subgraph-sdl';

export const CONSOLE_PATH = '/console/';

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/** The issuer staff sign in with: the organisation's (OIDC_ISSUER) in production, the embedded one otherwise. */
export function consoleIssuer(settings: Settings): string {
  return settings.OIDC_ISSUER ?? embeddedIssuer(settings);
}

/**
 * What the console needs besides its files: `config.json` (the issuer, the console's client id and the scopes it
 * asks for, so one build serves every deployment) and `session`, which says whom a bearer token signs in as,
 * verified exactly as /graphql verifies it (so the console shows the role and scope the API will apply).
 */
export function consoleRoutes(settings: Settings, verifier: TokenVerifier): HttpRoute[] {
  return [
    {
      prefix: CONSOLE_PATH,
      async handle(request, response, url) {
        if (request.method !== 'GET') return false;
        if (url.pathname === `${CONSOLE_PATH}config.json`) {
          sendJson(response, 200, {
            issuer: consoleIssuer(settings),
            clientId: settings.OIDC_CONSOLE_CLIENT_ID,
            scope: settings.OIDC_CONSOLE_SCOPE,
          });
          return true;
        }
        if (url.pathname !== `${CONSOLE_PATH}session`) return false;
        const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
        if (!token) {
          sendJson(response, 401, { code: 'UNAUTHENTICATED', message: 'Send the access token as a bearer token' });
          return true;
        }
        try {
          const staff = await verifier.verify(token);
          sendJson(response, 200, { staff });
        } catch (error) {
          if (error instanceof IssuerUnavailableError) {
            sendJson(
              response,
              503,
              { code: 'UNAUTHENTICATED', message: 'Sign-in cannot be checked right now' },
              {
                'retry-after': '5',
              },
            );
          } else {
            const reason = error instanceof TokenError ? error.message : 'unreadable token';
            sendJson(response, 401, { code: 'UNAUTHENTICATED', message: `Sign-in is not valid: ${reason}` });
          }
        }
        return true;
      },
    },
  ];
}

/**
 * The console's files (built into console/dist by `npm run build:widgets`). Its own origin only: scripts, styles
 * and API calls from the gateway, the issuer's discovery and token endpoints, creatives' https images in previews.
 */
export function consoleMount(settings: Settings): StaticMount {
  const issuerOrigin = new URL(consoleIssuer(settings)).origin;
  return {
    prefix: CONSOLE_PATH,
    directory: repoPath('console/dist'),
    headers: {
      'content-security-policy': [
        "default-src 'self'",
        `connect-src 'self' ${issuerOrigin}`,
        "img-src 'self' https: data:",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        `form-action 'self' ${issuerOrigin}`,
      ].join('; '),
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    },
  };
}

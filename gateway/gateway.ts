import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { commonServerOptions } from '../core/apollo';
import { subgraphUrl, type Settings } from '../core/config';
import type { RequestContext } from '../core/context';
import { createHttpApp, listen, type RunningServer } from '../core/http';
import { ResponseCache } from '../core/response-cache';
import { createLogger, type Logger } from '../core/logger';
import { repoPath, SUBGRAPH_NAMES, type SubgraphName } from '../core/subgraph-sdl';
import { ANONYMOUS, type Viewer } from '../core/auth';
import {
  ISSUER_RETRY_SECONDS,
  IssuerUnavailableError,
  TokenError,
  tokenVerifierFor,
  type TokenVerifier,
} from '../core/oidc';
import { signedCall, unavailable } from '../core/peers';
import { signingHeaders, SITE_HEADER, VIEWER_HEADER } from '../core/signing';
import { SUPERGRAPH_PATH } from './compose';
import { operationParams, PersistedOperations } from './persisted-operations';
import { requestLimits } from './limits';
import { ClientAddresses } from './client-address';
import { RequestRateLimiter } from './rate-limit';
import { createSiteAccess, PREFLIGHT_HEADERS, type SiteLookup } from './site-access';
import { createAccessCheck, siteKeyOf } from './access-check';
import { devMailboxRoutes } from './dev-mailbox';
import { devIssuerRoutes } from './dev-issuer/issuer';
import { calendarFeedRoutes } from './calendar-feed';
import { consoleMount, consoleRoutes } from './console';

export type GatewayContext = RequestContext;

/**
 * Every subgraph call is bounded, so one slow subgraph costs a partial answer, not a hung request; a failed
 * call becomes an error that names the subgraph (never its internal address).
 */
function subgraphFetcher(name: SubgraphName, timeoutMs: number, secret: string): Fetcher {
  return async (url, init) => {
    const body = typeof init?.body === 'string' ? init.body : (init?.body?.toString('utf8') ?? '');
    const method = init?.method ?? 'POST';
    try {
      return await fetch(url, {
        method,
        headers: {
          ...init?.headers,
          // Signed for this subgraph, method and URL only, with a fresh nonce: a copy is good nowhere else.
          ...signingHeaders(secret, { subgraph: name, method, url }, body, {
            viewer: init?.headers?.[VIEWER_HEADER] ?? '',
            site: init?.headers?.[SITE_HEADER] ?? '',
          }),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw unavailable(name, error instanceof DOMException && error.name === 'TimeoutError', timeoutMs);
    }
  };
}

async function subgraphReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Reads an embed site straight from the campaigns subgraph (an internal call, like the gateway's own). */
function embedSiteLookup(campaignsUrl: string, timeoutMs: number, secret: string): SiteLookup {
  return async (key) => {
    const data = await signedCall<{ embedSite: { allowedOrigins: string[] } | null }>(
      { name: 'campaigns', url: campaignsUrl },
      secret,
      timeoutMs,
      { query: 'query EmbedSite($key: String!) { embedSite(key: $key) { allowedOrigins } }', variables: { key } },
    );
    return data.embedSite;
  };
}

/**
 * Forwards the verified identity and embed site (never the client's raw Authorization or x-site-key header);
 * the fetcher signs both.
 */
class ViewerForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('viewer' in context && context.viewer) request.http?.headers.set(VIEWER_HEADER, JSON.stringify(context.viewer));
    if ('site' in context && context.site) request.http?.headers.set(SITE_HEADER, context.site);
  }
}

/**
 * Reads the staff token, if any: a bad or expired token is refused outright rather than treated as anonymous; an
 * issuer that cannot be reached makes it a 503 to retry, neither a refusal of a good token nor a 500.
 */
async function viewerOf(authorization: string | undefined, verifier: TokenVerifier): Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  const token = /^Bearer (\S+)$/i.exec(authorization)?.[1];
  try {
    if (!token) throw new TokenError('not a bearer token');
    return await verifier.verify(token);
  } catch (error) {
    if (error instanceof IssuerUnavailableError) {
      throw new GraphQLError(`Sign-in cannot be checked right now: ${error.message}`, {
        extensions: {
          code: 'UNAUTHENTICATED',
          http: { status: 503, headers: new Map([['retry-after', String(ISSUER_RETRY_SECONDS)]]) },
        },
      });
    }
    throw new GraphQLError(
      `Sign-in is not valid: ${error instanceof TokenError ? error.message : 'unreadable token'}`,
      {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      },
    );
  }
}

export function createGatewayApollo(
  settings: Settings,
  logger: Logger,
  urls: Record<SubgraphName, string>,
  persisted: PersistedOperations,
) {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(repoPath(SUPERGRAPH_PATH), 'utf8'),
    buildService: ({ name }) =>
      new ViewerForwardingDataSource({
        url: urls[name as SubgraphName],
        fetcher: subgraphFetcher(name as SubgraphName, settings.SUBGRAPH_TIMEOUT_MS, settings.SUBGRAPH_SECRET),
      }),
  });
  const development = settings.NODE_ENV === 'development';
  const common = commonServerOptions<GatewayContext>(logger, development, true);
  const limits = requestLimits<GatewayContext>({
    development,
    formatError: common.formatError,
    limits: { cost: settings.MAX_QUERY_COST },
  });
  return new ApolloServer<GatewayContext>({
    gateway,
    ...common,
    persistedQueries: { cache: persisted.store() },
    // Widgets send GETs with x-site-key, a header no plain form or <img> can set: that is the CSRF guard.
    csrfPrevention: { requestHeaders: ['x-site-key', 'apollo-require-preflight', 'x-apollo-operation-name'] },
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: limits.formatError,
    plugins: [...(common.plugins ?? []), limits.plugin],
  });
}

export function defaultSubgraphUrls(settings: Settings): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(settings, name)])) as Record<
    SubgraphName,
    string
  >;
}

export async function startGateway(
  settings: Settings,
  overrides: { port?: number; subgraphUrls?: Record<SubgraphName, string> } = {},
): Promise<RunningServer> {
  const logger = createLogger(settings.LOG_LEVEL, 'gateway');
  const urls = overrides.subgraphUrls ?? defaultSubgraphUrls(settings);
  const persisted = PersistedOperations.load();
  const apollo = createGatewayApollo(settings, logger, urls, persisted);
  const verifier = await tokenVerifierFor(settings);
  await apollo.start();
  const siteAccess = createSiteAccess(
    embedSiteLookup(urls.campaigns, settings.SUBGRAPH_TIMEOUT_MS, settings.SUBGRAPH_SECRET),
  );
  // The site each request's key was verified for (by its Origin), from the access check to the GraphQL context.
  const verifiedSites = new WeakMap<IncomingMessage, string>();
  // One allowance per client address, spent by /graphql and the calendar feeds alike.
  const limits = {
    rateLimiter: new RequestRateLimiter(settings),
    clientAddresses: new ClientAddresses(settings.TRUSTED_PROXIES),
  };
  const checkAccess = createAccessCheck({
    siteAccess,
    ...limits,
    onVerified: (request, site) => verifiedSites.set(request, site),
  });
  const server = createHttpApp({
    apollo,
    context: async (request): Promise<GatewayContext> => {
      const requestId = randomUUID();
      const viewer = await viewerOf(request.headers.authorization, verifier);
      const site = verifiedSites.get(request) ?? null;
      return { viewer, site, requestId, logger: logger.child({ requestId }), now: new Date() };
    },
    ready: async () => {
      const subgraphs = Object.fromEntries(
        await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await subgraphReady(urls[name])] as const)),
      );
      return { ready: Object.values(subgraphs).every(Boolean), subgraphs };
    },
    logger,
    maxBodyBytes: settings.MAX_BODY_BYTES,
    responseCache: new ResponseCache(settings.RESPONSE_CACHE_ENTRIES),
    access: {
      check: checkAccess,
      preflightHeaders: PREFLIGHT_HEADERS,
      admit: (request, { method, body, search }) =>
        persisted.admit(siteKeyOf(request), operationParams(method, body, search)),
    },
    routes: [
      ...devMailboxRoutes(settings),
      ...(await devIssuerRoutes(settings)),
      ...consoleRoutes(settings, verifier),
      ...calendarFeedRoutes(settings, urls.providers, limits),
    ],
    staticMounts: [
      {
        prefix: '/widgets/',
        directory: repoPath('widgets/dist'),
        // Partner pages on any origin load the bundle as a module script, which needs CORS.
        headers: { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' },
        // Versioned paths and hashed chunks never change: browsers and CDNs may keep them for a year.
        cacheControl: (path) =>
          /^(v[\d.]+\/|chunks\/)|\/chunks\//.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      },
      { prefix: '/demo/', directory: repoPath('demo') },
      consoleMount(settings),
      {
        // The page the booking e-mails link to; the manage secret is in its fragment, so nothing may leak it.
        prefix: '/booking/',
        directory: repoPath('pages/booking'),
        headers: {
          'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'",
          'referrer-policy': 'no-referrer',
        },
      },
    ],
  });
  const running = await listen(server, settings.HOST, overrides.port ?? settings.GATEWAY_PORT, () => apollo.stop());
  logger.info({ url: `${running.url}/graphql` }, 'gateway listening');
  return running;
}

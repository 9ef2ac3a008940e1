import { createHmac, randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { commonServerOptions } from './apollo';
import { cachePolicyPlugins } from './cache-policy';
import { ANONYMOUS, viewerSchema, type Viewer } from './auth';
import { subgraphDatabaseUrl, subgraphPort, subgraphUrl, type Settings } from './config';
import type { RequestContext } from './context';
import { openDatabase, type Database, type DatabaseHandle, type DatabaseLocation } from './db';
import { createHttpApp, listen, type RunningServer } from './http';
import { createLogger, type Logger } from './logger';
import { createPeers, type Peers } from './peers';
import { scalarResolvers } from './scalars';
import { MemoryNonceStore } from './nonce-store';
import { SITE_HEADER, VIEWER_HEADER, verifySignature } from './signing';
import { siteKeySchema } from './validation';
import { subgraphTypeDefs, type SubgraphName } from './subgraph-sdl';

export type SubgraphContext<TTables extends Record<string, unknown>, TLoaders> = RequestContext & {
  db: Database<TTables>;
  loaders: TLoaders;
  /** A key for tokens the service itself issues (e.g. a booking's cancellation secret), derived per service. */
  serviceKey: string;
  /** The other subgraphs, to check references to their entities before storing them. */
  peers: Peers;
  /** The gateway's public origin (PUBLIC_URL), for the addresses a service hands out. */
  publicUrl: string;
};

/** What every request of one subgraph shares. */
export interface SubgraphServices<TTables extends Record<string, unknown>> {
  db: Database<TTables>;
  logger: Logger;
  serviceKey: string;
  peers: Peers;
  /** The gateway's public origin (PUBLIC_URL), for the addresses a service hands out (calendar feeds). */
  publicUrl: string;
}

/** Each service gets its own key from the shared secret, so a token one service issues means nothing to another. */
export function serviceKey(secret: string, name: SubgraphName): string {
  return createHmac('sha256', secret).update(`service-key:${name}`).digest('base64url');
}

/** What a subgraph folder exports: its tables, its per-request loaders, its resolvers and its seed. */
export interface SubgraphModule<TTables extends Record<string, unknown>, TLoaders> {
  name: SubgraphName;
  tables: TTables;
  /** Per-request loaders: the request's clock reading, and who asks (lists capped in SQL apply visibility first). */
  createLoaders(db: Database<TTables>, request: { now: Date; viewer: Viewer }): TLoaders;
  resolvers: object;
  /** Fills an empty database with the demo data; `reset` empties it first. */
  seed(db: Database<TTables>, options: { reset: boolean; now: Date }): Promise<{ seeded: boolean }>;
  /**
   * Work the service does on its own (the providers' mail delivery), started once it listens and stopped when it
   * closes, after its last request and before its database. Its `db` does not count towards `statements`.
   */
  background?(services: SubgraphServices<TTables>, settings: Settings): { stop(): Promise<void> };
}

export function databaseLocation(settings: Settings, name: SubgraphName): DatabaseLocation {
  const url = subgraphDatabaseUrl(settings, name);
  return url
    ? { kind: 'postgres', url, poolSize: settings.DB_POOL_SIZE }
    : { kind: 'pglite', dataDir: settings.DATA_DIR };
}

export function createSubgraphApollo<TTables extends Record<string, unknown>, TLoaders>(
  module: SubgraphModule<TTables, TLoaders>,
  settings: Settings,
  logger: Logger,
): ApolloServer<SubgraphContext<TTables, TLoaders>> {
  const schema = buildSubgraphSchema({
    typeDefs: subgraphTypeDefs(module.name),
    resolvers: { ...scalarResolvers, ...module.resolvers } as GraphQLResolverMap<unknown>,
  });
  const common = commonServerOptions<SubgraphContext<TTables, TLoaders>>(
    logger,
    settings.NODE_ENV === 'development',
    false,
  );
  return new ApolloServer<SubgraphContext<TTables, TLoaders>>({
    schema,
    ...common,
    plugins: [...(common.plugins ?? []), ApolloServerPluginInlineTraceDisabled(), ...cachePolicyPlugins()],
  });
}

export function createRequestContext<TTables extends Record<string, unknown>, TLoaders>(
  module: SubgraphModule<TTables, TLoaders>,
  services: SubgraphServices<TTables>,
  viewer: Viewer = ANONYMOUS,
  site: string | null = null,
): SubgraphContext<TTables, TLoaders> {
  const requestId = randomUUID();
  const now = new Date();
  return {
    ...services,
    viewer,
    site,
    requestId,
    logger: services.logger.child({ requestId }),
    now,
    loaders: module.createLoaders(services.db, { now, viewer }),
  };
}

/** The embed site the gateway verified; its signature was checked before this runs. */
function forwardedSite(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && siteKeySchema.safeParse(header).success ? header : null;
}

/** The identity the gateway forwarded; its signature was checked before this runs. */
function forwardedViewer(header: string | string[] | undefined): Viewer {
  if (typeof header !== 'string' || header === '') return ANONYMOUS;
  try {
    const parsed = viewerSchema.safeParse(JSON.parse(header));
    return parsed.success ? parsed.data : ANONYMOUS;
  } catch {
    return ANONYMOUS;
  }
}

export interface RunningSubgraph extends RunningServer {
  name: SubgraphName;
  graphqlUrl: string;
  database: DatabaseHandle<Record<string, unknown>>;
}

/** Opens the database (migrating, and seeding it when empty) and serves the subgraph over HTTP. */
export async function startSubgraph<TTables extends Record<string, unknown>, TLoaders>(
  module: SubgraphModule<TTables, TLoaders>,
  settings: Settings,
  overrides: {
    port?: number;
    location?: DatabaseLocation;
    /** Where the other subgraphs answer, when not at their configured URLs. */
    peerUrl?: (name: SubgraphName) => string;
  } = {},
): Promise<RunningSubgraph> {
  const logger = createLogger(settings.LOG_LEVEL, module.name);
  const database = await openDatabase(
    module.name,
    module.tables,
    overrides.location ?? databaseLocation(settings, module.name),
  );
  const { seeded } = await module.seed(database.db, { reset: false, now: new Date() });
  if (seeded) logger.info('seeded the empty database with demo data');
  const apollo = createSubgraphApollo(module, settings, logger);
  await apollo.start();
  const services: SubgraphServices<TTables> = {
    db: database.db,
    logger,
    serviceKey: serviceKey(settings.SUBGRAPH_SECRET, module.name),
    publicUrl: settings.PUBLIC_URL,
    peers: createPeers(
      overrides.peerUrl ?? ((name) => subgraphUrl(settings, name)),
      settings.SUBGRAPH_SECRET,
      settings.SUBGRAPH_TIMEOUT_MS,
    ),
  };
  // Nonces of the signed requests this process accepted; replicas of one subgraph must share them (docs/scaling.md).
  const nonces = new MemoryNonceStore();
  const server = createHttpApp({
    apollo,
    context: async (request) =>
      createRequestContext(
        module,
        services,
        forwardedViewer(request.headers[VIEWER_HEADER]),
        forwardedSite(request.headers[SITE_HEADER]),
      ),
    ready: async () => ({ ready: await database.ping() }),
    verify: async (request, rawBody) => {
      // Only the gateway and peers call subgraphs, always with a POST: a GraphQL GET is refused before anything else.
      if (request.method !== 'POST') {
        return { status: 405, code: 'METHOD_NOT_ALLOWED', message: 'Subgraphs accept only signed POST requests' };
      }
      const problem = await verifySignature(
        settings.SUBGRAPH_SECRET,
        module.name,
        nonces,
        { method: request.method, url: request.url ?? '/', headers: request.headers },
        rawBody,
      );
      return problem ? { status: 401, ...problem } : null;
    },
    logger,
    maxBodyBytes: settings.MAX_BODY_BYTES,
  });
  let background: { stop(): Promise<void> } | undefined;
  const running = await listen(
    server,
    settings.HOST,
    overrides.port ?? subgraphPort(settings, module.name),
    async () => {
      await apollo.stop();
      await background?.stop();
      await database.close();
    },
  );
  logger.info({ url: `${running.url}/graphql` }, 'subgraph listening');
  background = module.background?.({ ...services, db: database.unmetered }, settings);
  return { ...running, name: module.name, graphqlUrl: `${running.url}/graphql`, database };
}

import { createServer } from 'node:net';
import type { Staff } from '../../core/auth';
import { issueDevToken } from '../../core/oidc';
import type { Settings } from '../../core/config';
import type { DatabaseLocation } from '../../core/db';
import type { RunningServer } from '../../core/http';
import { startSubgraph, type RunningSubgraph } from '../../core/subgraph-server';
import type { SubgraphName } from '../../core/subgraph-sdl';
import { startGateway } from '../../gateway/gateway';
import { campaignsSubgraph } from '../../subgraphs/campaigns/index';
import { itinerariesSubgraph } from '../../subgraphs/itineraries/index';
import { providersSubgraph } from '../../subgraphs/providers/index';
import type { GraphqlResult } from './subgraph';
import { testSettings } from './subgraph';

export interface Stack {
  gateway: RunningServer;
  subgraphs: { providers: RunningSubgraph; itineraries: RunningSubgraph; campaigns: RunningSubgraph };
  /** POSTs to the gateway's /graphql, signed in as `staff` when given, and returns the status and parsed body. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    staff?: Staff | null,
  ): Promise<GraphqlResult<T> & { status: number }>;
  /** Another gateway on these subgraphs, with `settings` over the test settings (limits, issuer); the caller closes it. */
  startGateway(settings?: Partial<Settings>): Promise<RunningServer>;
  /** SQL statements sent by all subgraphs so far. */
  statementCount(): number;
  stop(): Promise<void>;
}

/**
 * The whole product over real HTTP on ephemeral ports: three subgraphs and the gateway. `options.settings` override
 * the test settings of every service (e.g. SMTP_URL, PUBLIC_URL for the messages' links and the embedded issuer the
 * console signs in with).
 */
export async function startStack(
  location: DatabaseLocation,
  /** `gatewayPort`: a fixed port, for links the services write before the gateway listens (PUBLIC_URL). */
  options: { settings?: Partial<Settings>; gatewayPort?: number } = {},
): Promise<Stack> {
  // Ports are ephemeral, so each subgraph finds its peers through this map once all have started.
  const urls = new Map<SubgraphName, string>();
  const peerUrl = (name: SubgraphName) => urls.get(name) ?? 'http://127.0.0.1:9/graphql';
  const settings = { ...testSettings, ...options.settings };
  // On a server the three subgraphs share one database, each in its own schema, as with DATABASE_URL.
  const [providers, itineraries, campaigns] = await Promise.all([
    startSubgraph(providersSubgraph, settings, { port: 0, location, peerUrl }),
    startSubgraph(itinerariesSubgraph, settings, { port: 0, location, peerUrl }),
    startSubgraph(campaignsSubgraph, settings, { port: 0, location, peerUrl }),
  ]);
  for (const subgraph of [providers, itineraries, campaigns]) urls.set(subgraph.name, subgraph.graphqlUrl);
  const subgraphUrls = {
    providers: providers.graphqlUrl,
    itineraries: itineraries.graphqlUrl,
    campaigns: campaigns.graphqlUrl,
  };
  // With PUBLIC_URL the gateway's embedded issuer (and so the console's sign-in) is there too.
  const gateway = await startGateway(settings, { port: options.gatewayPort ?? 0, subgraphUrls });
  const subgraphs = { providers, itineraries, campaigns };
  return {
    gateway,
    subgraphs,
    async query<T>(query: string, variables?: Record<string, unknown>, staff?: Staff | null) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(staff && {
            authorization: `Bearer ${await issueDevToken(staff, { settings, lifetimeSeconds: 600 })}`,
          }),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as GraphqlResult<T>) };
    },
    startGateway: (settings = {}) => startGateway({ ...testSettings, ...settings }, { port: 0, subgraphUrls }),
    statementCount: () =>
      Object.values(subgraphs).reduce((total, subgraph) => total + subgraph.database.statements.count, 0),
    async stop() {
      await gateway.close();
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
    },
  };
}

/** A port nothing listens on right now, for a server that must know its own address before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A stack whose gateway listens at its PUBLIC_URL, as browsers reach it: the messages' links and the embedded
 * issuer (issuer PUBLIC_URL/auth, console redirect PUBLIC_URL/console/) point at the gateway itself.
 */
export async function startStackAtPublicUrl(
  location: DatabaseLocation,
  settings: Partial<Settings> = {},
): Promise<Stack & { publicUrl: string }> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const stack = await startStack(location, { settings: { ...settings, PUBLIC_URL: publicUrl }, gatewayPort: port });
  return { ...stack, publicUrl };
}

/**
 * The gateway alone, its subgraphs nowhere: for what it answers before asking any (tokens, static pages,
 * refusals at the door).
 */
export function startGatewayAlone(settings = testSettings): Promise<RunningServer> {
  const nowhere = 'http://127.0.0.1:9/graphql';
  return startGateway(settings, {
    port: 0,
    subgraphUrls: { providers: nowhere, itineraries: nowhere, campaigns: nowhere },
  });
}

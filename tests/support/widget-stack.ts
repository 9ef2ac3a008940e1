import type { TestProject } from 'vitest/node';
import { buildWidgets } from '../../scripts/build-widgets';
import type { RunningServer } from '../../core/http';
import { startGateway } from '../../gateway/gateway';
import { startStack, type Stack } from './stack';
import { testSettings } from './subgraph';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The gateway's /graphql URL of a stack started for the browser tests. */
    gatewayUrl: string;
    /** A second gateway on the same subgraphs that lets each site key send one request a minute. */
    busyGatewayUrl: string;
  }
}

let stack: Stack | null = null;
let busyGateway: RunningServer | null = null;

/** The real product for the widgets to talk to: three subgraphs and the gateway, on the embedded database. */
export async function setup(project: TestProject): Promise<void> {
  // The embedding test loads the real bundle from the gateway, as a partner page would.
  await buildWidgets();
  stack = await startStack({ kind: 'memory' });
  project.provide('gatewayUrl', `${stack.gateway.url}/graphql`);
  busyGateway = await startGateway(
    { ...testSettings, RATE_LIMIT_PER_SITE_PER_MINUTE: 1 },
    {
      port: 0,
      subgraphUrls: {
        providers: stack.subgraphs.providers.graphqlUrl,
        itineraries: stack.subgraphs.itineraries.graphqlUrl,
        campaigns: stack.subgraphs.campaigns.graphqlUrl,
      },
    },
  );
  project.provide('busyGatewayUrl', `${busyGateway.url}/graphql`);
}

export async function teardown(): Promise<void> {
  await busyGateway?.close();
  await stack?.stop();
}

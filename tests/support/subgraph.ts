import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Viewer } from '../../core/auth';
import { loadSettings, type Settings } from '../../core/config';
import { openDatabase, type DatabaseHandle, type DatabaseLocation } from '../../core/db';
import { createLogger } from '../../core/logger';
import { unavailable, type Peers } from '../../core/peers';
import {
  createRequestContext,
  createSubgraphApollo,
  serviceKey,
  type SubgraphModule,
} from '../../core/subgraph-server';

export const testSettings: Settings = loadSettings({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  HOST: '127.0.0.1',
  // The gateway suite asks for 100 packages with their providers, procedures and campaigns at once (cost 221,701);
  // widgets stay under the default (gateway/limits.ts).
  MAX_QUERY_COST: '500000',
  // The embedded issuer's key lives here (core/oidc.ts). One fixed folder, not one per file: the widget stack's
  // gateway and the browser commands that sign tokens for it load these settings separately and must share the key.
  DATA_DIR: join(tmpdir(), 'mt-test-data'),
  // Booking messages go to a throwaway development mailbox unless a test gives SMTP_URL; the worker polls and
  // retries quickly, so tests see deliveries in well under a second and an outage's backlog within seconds.
  MAILBOX_DIR: mkdtempSync(join(tmpdir(), 'mt-mailbox-')),
  MAIL_POLL_MS: '100',
  MAIL_RETRY_MAX_SECONDS: '2',
});

export interface GraphqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface InProcessSubgraph<TTables extends Record<string, unknown>> {
  database: DatabaseHandle<TTables>;
  /**
   * Runs an operation as `viewer` (anonymous unless given), from a page verified for the embed site `site` (none
   * unless given), as if the gateway had forwarded it.
   */
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
    site?: string | null,
  ): Promise<GraphqlResult<T>>;
  close(): Promise<void>;
}

/** In-process subgraphs run alone: a write that must check another service's entities finds it unavailable. */
const noPeers: Peers = {
  entities: async (owner) => {
    throw unavailable(owner, false, 0);
  },
};

/** A subgraph served in this process on a fresh, seeded database: what a test would otherwise need HTTP for. */
export async function openSubgraph<TTables extends Record<string, unknown>, TLoaders>(
  module: SubgraphModule<TTables, TLoaders>,
  location: DatabaseLocation,
  now = new Date(),
): Promise<InProcessSubgraph<TTables>> {
  const logger = createLogger('silent', module.name);
  const database = await openDatabase(module.name, module.tables, location);
  await module.seed(database.db, { reset: false, now });
  const apollo = createSubgraphApollo(module, testSettings, logger);
  await apollo.start();
  const services = {
    db: database.db,
    logger,
    serviceKey: serviceKey(testSettings.SUBGRAPH_SECRET, module.name),
    publicUrl: testSettings.PUBLIC_URL,
    peers: noPeers,
  };
  return {
    database,
    async execute<T>(query: string, variables?: Record<string, unknown>, viewer?: Viewer, site: string | null = null) {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createRequestContext(module, services, viewer, site) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GraphqlResult<T>;
    },
    async close() {
      await apollo.stop();
      await database.close();
    },
  };
}

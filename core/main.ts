import { loadSettings, SettingsError, type Settings } from './config';
import type { RunningServer } from './http';
import { startSubgraph, type SubgraphModule } from './subgraph-server';

/** Runs a service entry point: settings errors are printed plainly, SIGTERM / SIGINT drain and exit. */
export async function runMain(start: (settings: Settings) => Promise<RunningServer[]>): Promise<void> {
  let servers: RunningServer[];
  try {
    servers = await start(loadSettings());
  } catch (error) {
    console.error(error instanceof SettingsError ? error.message : error);
    process.exit(1);
  }
  const shutdown = async () => {
    // Stop in reverse order: the gateway first, so no new work reaches the subgraphs.
    for (const server of [...servers].reverse()) await server.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

export function runSubgraphMain<TTables extends Record<string, unknown>, TLoaders>(
  module: SubgraphModule<TTables, TLoaders>,
): Promise<void> {
  return runMain(async (settings) => [await startSubgraph(module, settings)]);
}

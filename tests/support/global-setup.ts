import type { TestProject } from 'vitest/node';
import { buildConsole } from '../../scripts/build-widgets';
import { postgresBinaries, startPostgresCluster, type PostgresCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the throwaway PostgreSQL cluster, or the reason there is none. */
    postgres: { url: string } | { skipReason: string };
  }
}

let cluster: PostgresCluster | null = null;

/** The staff console's build, and one real PostgreSQL server for the whole run (each suite creates its own database in it). */
export async function setup(project: TestProject): Promise<void> {
  // The console's end-to-end suites load the real build from the gateway, as staff's browsers do.
  await buildConsole();
  const binaries = postgresBinaries();
  if ('skipReason' in binaries) {
    console.warn(`\n  Skipping the real-PostgreSQL suites: ${binaries.skipReason}\n`);
    project.provide('postgres', { skipReason: binaries.skipReason });
    return;
  }
  cluster = await startPostgresCluster({ database: 'postgres' });
  project.provide('postgres', { url: cluster.url });
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { repoPath, type SubgraphName } from './subgraph-sdl';

export type Database<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

/** Counts SQL statements sent, so tests can prove that batching keeps them constant. */
export class StatementCounter implements DrizzleLogger {
  count = 0;
  /** When set, statements are also kept here (the bench explains the hot ones); never logged. */
  recorded: { query: string; params: unknown[] }[] | null = null;
  logQuery(query: string, params: unknown[]): void {
    this.count += 1;
    this.recorded?.push({ query, params });
  }
}

export interface DatabaseHandle<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  /**
   * The same connections, its statements not counted: for work a service does on its own timer (the mail worker's
   * polling), so `statements` counts only what requests send and a test measuring it never races a poll.
   */
  unmetered: Database<TSchema>;
  driver: 'pglite' | 'postgres';
  statements: StatementCounter;
  /** True while the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export type DatabaseLocation =
  { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string } | { kind: 'memory' };

function migrationOptions(subgraph: SubgraphName) {
  return {
    migrationsFolder: repoPath(`subgraphs/${subgraph}/migrations`),
    // One bookkeeping table per subgraph, so subgraphs sharing one server never see each other's migrations.
    migrationsTable: `__migrations_${subgraph}`,
    migrationsSchema: 'drizzle',
  };
}

async function openPglite<TSchema extends Record<string, unknown>>(
  subgraph: SubgraphName,
  schema: TSchema,
  dataDir: string | undefined,
): Promise<DatabaseHandle<TSchema>> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  const statements = new StatementCounter();
  const db = drizzlePglite({ client, schema, logger: statements });
  await migratePglite(db, migrationOptions(subgraph));
  return {
    db,
    unmetered: drizzlePglite({ client, schema }),
    driver: 'pglite',
    statements,
    ping: () =>
      client.query('select 1').then(
        () => true,
        () => false,
      ),
    close: () => client.close(),
  };
}

async function openPostgres<TSchema extends Record<string, unknown>>(
  subgraph: SubgraphName,
  schema: TSchema,
  url: string,
  poolSize: number,
): Promise<DatabaseHandle<TSchema>> {
  // Subgraphs may start together against one server: an advisory lock on a single connection
  // serialises their migrations.
  const migrationClient = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    await migrationClient`select pg_advisory_lock(7270001)`;
    await migratePostgres(drizzlePostgres({ client: migrationClient }), migrationOptions(subgraph));
    await migrationClient`select pg_advisory_unlock(7270001)`;
  } finally {
    await migrationClient.end();
  }
  const client = postgres(url, { max: poolSize, onnotice: () => undefined, connect_timeout: 5 });
  const statements = new StatementCounter();
  const db = drizzlePostgres({ client, schema, logger: statements });
  return {
    db,
    unmetered: drizzlePostgres({ client, schema }),
    driver: 'postgres',
    statements,
    ping: () =>
      db.execute(sql`select 1`).then(
        () => true,
        () => false,
      ),
    close: () => client.end({ timeout: 5 }),
  };
}

/** Opens (and migrates) a subgraph's database: PGlite on disk or in memory, or a Postgres server. */
export function openDatabase<TSchema extends Record<string, unknown>>(
  subgraph: SubgraphName,
  schema: TSchema,
  location: DatabaseLocation,
): Promise<DatabaseHandle<TSchema>> {
  switch (location.kind) {
    case 'postgres':
      return openPostgres(subgraph, schema, location.url, location.poolSize);
    case 'pglite':
      return openPglite(subgraph, schema, resolve(location.dataDir, subgraph));
    case 'memory':
      return openPglite(subgraph, schema, undefined);
  }
}

/** A unique constraint refused the write (SQLSTATE 23505), from PGlite or postgres.js, possibly wrapped by drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  let cause = error;
  while (cause && typeof cause === 'object') {
    if ('code' in cause && cause.code === '23505') return true;
    cause = 'cause' in cause ? cause.cause : undefined;
  }
  return false;
}

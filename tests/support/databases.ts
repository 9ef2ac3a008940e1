import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import type { DatabaseLocation } from '../../core/db';

export interface DatabaseTarget {
  name: 'PGlite' | 'PostgreSQL';
  /** Set when this target cannot run here; the suite is skipped and says why. */
  skipReason: string | null;
  /** A new, empty database. */
  create(): Promise<DatabaseLocation>;
}

async function createPostgresDatabase(adminUrl: string): Promise<DatabaseLocation> {
  const name = `mt_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString(), poolSize: 5 };
}

/** The embedded database and a real PostgreSQL server: database suites run against both. */
export function databaseTargets(): DatabaseTarget[] {
  const server = inject('postgres');
  return [
    { name: 'PGlite', skipReason: null, create: async () => ({ kind: 'memory' }) },
    {
      name: 'PostgreSQL',
      skipReason: 'skipReason' in server ? server.skipReason : null,
      create: () => ('url' in server ? createPostgresDatabase(server.url) : Promise.reject(new Error('no server'))),
    },
  ];
}

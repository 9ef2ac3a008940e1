import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Database } from './db';
import { LOCALES, type LocalizedText } from './locale';
import { repoPath, type SubgraphName } from './subgraph-sdl';

export const localizedTextSchema = z
  .partialRecord(z.enum(LOCALES), z.string().trim().min(1))
  .refine((text) => Boolean(text.EN ?? text.KO), 'needs an EN or KO text')
  .transform((text): LocalizedText => text);

export const dayOffsetSchema = z.number().int().min(-3650).max(3650);

/** Reads and validates a demo-data file (YAML) of a subgraph's seed/ folder. */
export function readSeedFile<S extends z.ZodType>(subgraph: SubgraphName, file: string, schema: S): z.infer<S> {
  const path = `subgraphs/${subgraph}/seed/${file}`;
  const parsed = schema.safeParse(parse(readFileSync(repoPath(path), 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${path} is not valid demo data:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Seeding runs on an empty database, or on any database when a reset is asked for. */
export async function shouldSeed<TTables extends Record<string, unknown>>(
  db: Database<TTables>,
  marker: PgTable,
  reset: boolean,
): Promise<boolean> {
  if (reset) return true;
  const [existing] = await db.select({ value: count() }).from(marker);
  return (existing?.value ?? 0) === 0;
}

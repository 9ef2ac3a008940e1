import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { badUserInput } from './errors';
import { isUuid } from './validation';

const CURSOR_PREFIX = 'mt1:';

export function encodeCursor(sortKey: string): string {
  return Buffer.from(CURSOR_PREFIX + sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) throw badUserInput('after', 'not a cursor returned by this API');
  return decoded.slice(CURSOR_PREFIX.length);
}

export const pageArgsSchema = z.object({
  first: z
    .number()
    .int()
    .min(1, 'must be between 1 and 100')
    .max(100, 'must be between 1 and 100')
    .nullish()
    .transform((value) => value ?? 20),
  after: z.string().max(500).nullish(),
});

export interface PageRequest {
  first: number;
  /** The sort key after which the page starts, decoded from the cursor. */
  afterKey: string | null;
}

export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const parsed = pageArgsSchema.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badUserInput(String(issue?.path[0] ?? 'first'), issue?.message ?? 'invalid');
  }
  return { first: parsed.data.first, afterKey: parsed.data.after ? decodeCursor(parsed.data.after) : null };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Builds a Relay connection from up to first + 1 rows fetched after the cursor (the extra row tells if there is more). */
export function toConnection<T>(
  rows: T[],
  page: PageRequest,
  sortKeyOf: (row: T) => string,
  totalCount: number,
): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortKeyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.afterKey !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Cursor key of a list shown newest first (appointments, inquiries): the creation instant, then the id. */
export function newestFirstKey(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.toISOString()}|${row.id}`;
}

/** The rows after a newest-first cursor, or no condition on the first page. */
export function olderThan(page: PageRequest, createdAt: PgColumn, id: PgColumn): SQL[] {
  if (page.afterKey === null) return [];
  const [instant = '', afterId = ''] = page.afterKey.split('|');
  const after = new Date(instant);
  if (Number.isNaN(after.getTime()) || !isUuid(afterId))
    throw badUserInput('after', 'not a cursor returned by this API');
  return [sql`(${createdAt}, ${id}) < (${after}, ${afterId}::uuid)`];
}

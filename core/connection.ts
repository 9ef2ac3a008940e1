import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { badUserInput } from './errors';
import { isInAcceptedRange } from './scalars';
import { isUuid } from './validation';

const CURSOR_PREFIX = 'mt1:';
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** A sort key is '|'-separated parts, each an instant as toISOString writes it, an id or a slug. */
const INSTANT_PART = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SLUG_PART = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_PART_LENGTH = 200;

function notACursor() {
  return badUserInput('after', 'not a cursor returned by this API');
}

export function encodeCursor(sortKey: string): string {
  return Buffer.from(CURSOR_PREFIX + sortKey, 'utf8').toString('base64url');
}

/** A cursor part that is an instant this API wrote, within the accepted years; anything else is refused. */
export function cursorInstant(part: string): Date {
  const instant = new Date(part);
  // The round trip refuses what Date would silently roll over (2026-02-30) as well as what is out of range.
  if (!INSTANT_PART.test(part) || !isInAcceptedRange(instant) || instant.toISOString() !== part) throw notACursor();
  return instant;
}

function isCursorPart(part: string): boolean {
  if (part.length > MAX_PART_LENGTH) return false;
  if (isUuid(part) || SLUG_PART.test(part)) return true;
  try {
    cursorInstant(part);
    return true;
  } catch {
    return false;
  }
}

/**
 * The sort key inside a cursor. Cursors are opaque but come back from clients, so whatever they decode to must
 * look like a key this API wrote (instants, ids, slugs) before any of it reaches SQL.
 */
export function decodeCursor(cursor: string): string {
  if (!BASE64URL.test(cursor)) throw notACursor();
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) throw notACursor();
  const key = decoded.slice(CURSOR_PREFIX.length);
  if (!key.split('|').every(isCursorPart)) throw notACursor();
  return key;
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
  const after = cursorInstant(instant);
  if (!isUuid(afterId)) throw notACursor();
  // As text: drizzle's postgres.js driver binds no Date inside raw SQL (PGlite would accept one).
  return [sql`(${createdAt}, ${id}) < (${after.toISOString()}::timestamptz, ${afterId}::uuid)`];
}

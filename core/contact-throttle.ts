import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** At most `count` stored in the last `windowSeconds`. */
export interface ContactLimit {
  count: number;
  windowSeconds: number;
}

const HOUR = 3_600;
const DAY = 86_400;

/**
 * How often one contact (the e-mail, trimmed, compared case-insensitively) may ask and book. A real patient sends
 * one inquiry per package and perhaps a correction or two, and holds one or two consultation times; these limits
 * are above that and far below what a script sends (one address once stored 313 inquiries for one e-mail). They
 * are counted from the stored rows, in the same transaction as the write, so they hold across processes and
 * replicas; only stored inquiries and appointments count, so refusals and idempotent retries cost nothing.
 * There is deliberately no limit per package or provider for everyone together: a stranger could spend it
 * with made-up addresses and shut real patients out.
 */
export const CONTACT_LIMITS = {
  inquiries: {
    /** Inquiries from one contact, about any packages. */
    perContact: { count: 5, windowSeconds: HOUR },
    /** Inquiries from one contact about one package. */
    perPackage: { count: 3, windowSeconds: DAY },
  },
  holds: {
    /** Appointments held by one contact, with any providers. */
    perContact: { count: 5, windowSeconds: HOUR },
    /** Appointments held by one contact with one provider. */
    perProvider: { count: 3, windowSeconds: DAY },
  },
} satisfies Record<string, Record<string, ContactLimit>>;

export type Throttled = { __typename: 'Throttled'; message: string; retryAfterSeconds: number };

/** The typed answer to a throttled contact: no personal data, and when to ask again. */
export function throttled(retryAfterSeconds: number): Throttled {
  return {
    __typename: 'Throttled',
    message: 'This contact has sent several requests in a short time; nothing was stored. Please try again later.',
    retryAfterSeconds,
  };
}

/** The contact's rows: lower() on both sides, by the database, so it is the very folding the index holds. */
export function sameContact(column: PgColumn, email: string): SQL {
  return sql`lower(${column}) = lower(${email})`;
}

/** Rows created in the limit's window, by the database's clock (the one that stamped `created_at`). */
export function inWindow(createdAt: PgColumn, limit: ContactLimit): SQL {
  return sql`${createdAt} > now() - make_interval(secs => ${limit.windowSeconds})`;
}

/**
 * Seconds until the row leaves the window: selected from the contact's `limit.count`-th newest row in it
 * (`offset count - 1`). When that row exists the contact is at the limit, and may ask again once it has aged out.
 */
export function secondsUntilOutOf(createdAt: PgColumn, limit: ContactLimit): SQL<number> {
  return sql<number>`ceil(extract(epoch from ${createdAt} + make_interval(secs => ${limit.windowSeconds}) - now()))::int`;
}

/** The longest wait of the limits reached (one row per limit reached), or null when none is. */
export function throttledFor(waits: number[]): Throttled | null {
  return waits.length ? throttled(Math.max(1, ...waits)) : null;
}

/**
 * Serialises one contact's writes until the transaction ends (a transaction-scoped advisory lock on the folded
 * e-mail), so two concurrent requests cannot both count below the limit and both store. `namespace` keeps the
 * subgraphs' locks apart when they share a server.
 */
export async function lockContact(
  tx: PgDatabase<PgQueryResultHKT, Record<string, unknown>>,
  namespace: number,
  email: string,
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${namespace}::int, hashtext(lower(${email})))`);
}

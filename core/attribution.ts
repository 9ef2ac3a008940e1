import { and, asc, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './db';
import type { FieldProblem } from './errors';
import { MAX_CONVERSION_ROWS } from './list-caps';
import type { ConversionStatsModel } from './models';

/**
 * The embed site a booking or inquiry is credited to: only the site the gateway verified for this request (its key
 * checked against the page's Origin). A `siteKey` the caller names must be that site: naming another, or naming one
 * from a request no site vouches for (a server without an Origin), is refused, so nobody can credit a partner with
 * conversions made elsewhere. Without a named key the verified site, if any, is credited.
 */
export function creditedSite(
  claimed: string | null | undefined,
  verified: string | null,
): { site: string | null; problem: null } | { site: null; problem: FieldProblem } {
  if (!claimed || claimed === verified) return { site: verified, problem: null };
  return {
    site: null,
    problem: { field: 'siteKey', message: 'is not the embed site this request comes from' },
  };
}

/** The columns every attributable record (an inquiry, a booking) has. */
export interface AttributedColumns {
  campaignCode: PgColumn;
  createdAt: PgColumn;
  nationality: PgColumn;
  siteKey: PgColumn;
}

export interface ConversionCount {
  code: string;
  day: string;
  country: string;
  siteKey: string | null;
  count: number;
  /** The code's records and rows in all, whatever the cap left out. */
  total: number;
  totalRows: number;
}

/**
 * Counts per tracking code, Korean calendar day, nationality and embed site, in one grouped statement for all the
 * codes of a request, oldest first: the most recent MAX_CONVERSION_ROWS rows of each code (core/list-caps.ts; the
 * gateway's cost model charges for that many), each carrying its code's total over every record. `counted` narrows
 * which records count (e.g. bookings not cancelled).
 */
export function conversionCounts<T extends Record<string, unknown>>(
  db: Database<T>,
  table: PgTable,
  columns: AttributedColumns,
  codes: readonly string[],
  counted?: SQL,
): Promise<ConversionCount[]> {
  const day = sql<string>`to_char(${columns.createdAt} at time zone 'Asia/Seoul', 'YYYY-MM-DD')`;
  const perCode = sql`partition by ${columns.campaignCode}`;
  // The reverse of the list's order (desc puts nulls first, as asc puts them last): rank 1 is the last row.
  const newestFirst = sql`${day} desc, ${columns.nationality} desc, ${columns.siteKey} desc`;
  const rows = db
    .select({
      code: sql<string>`${columns.campaignCode}`.as('code'),
      day: day.as('day'),
      country: sql<string>`${columns.nationality}`.as('country'),
      siteKey: sql<string | null>`${columns.siteKey}`.as('site_key'),
      count: sql<number>`count(*)::int`.as('count'),
      total: sql<number>`(sum(count(*)) over (${perCode}))::int`.as('total'),
      totalRows: sql<number>`(count(*) over (${perCode}))::int`.as('total_rows'),
      rank: sql<number>`row_number() over (${perCode} order by ${newestFirst})`.as('rank'),
    })
    .from(table)
    .where(and(inArray(columns.campaignCode, [...codes]), counted))
    .groupBy(columns.campaignCode, day, columns.nationality, columns.siteKey)
    .as('conversions');
  return db
    .select({
      code: rows.code,
      day: rows.day,
      country: rows.country,
      siteKey: rows.siteKey,
      count: rows.count,
      total: rows.total,
      totalRows: rows.totalRows,
    })
    .from(rows)
    .where(lte(rows.rank, MAX_CONVERSION_ROWS))
    .orderBy(asc(rows.day), asc(rows.country), asc(rows.siteKey));
}

/** One code's rows as the schema's ConversionStats: the total over every record, the rows the cap kept. */
export function toConversionStats(rows: ConversionCount[]): ConversionStatsModel {
  return {
    total: rows[0]?.total ?? 0,
    breakdown: rows.map(({ day, country, siteKey, count: n }) => ({ day, country, siteKey, count: n })),
    breakdownTruncated: (rows[0]?.totalRows ?? 0) > rows.length,
  };
}

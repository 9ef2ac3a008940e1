import { and, asc, count, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { requireStaff, type Viewer } from './auth';
import type { Database } from './db';
import type { CampaignReference, ConversionStatsModel } from './models';

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
}

/**
 * Counts per tracking code, Korean calendar day, nationality and embed site, in one grouped statement for all
 * the codes of a request; `counted` narrows which records count (e.g. bookings not cancelled).
 */
export function conversionCounts<T extends Record<string, unknown>>(
  db: Database<T>,
  table: PgTable,
  columns: AttributedColumns,
  codes: readonly string[],
  counted?: SQL,
): Promise<ConversionCount[]> {
  const day = sql<string>`to_char(${columns.createdAt} at time zone 'Asia/Seoul', 'YYYY-MM-DD')`;
  return db
    .select({
      code: sql<string>`${columns.campaignCode}`,
      day,
      country: sql<string>`${columns.nationality}`,
      siteKey: sql<string | null>`${columns.siteKey}`,
      count: count(),
    })
    .from(table)
    .where(and(inArray(columns.campaignCode, [...codes]), counted))
    .groupBy(columns.campaignCode, day, columns.nationality, columns.siteKey)
    .orderBy(asc(day), asc(columns.nationality), asc(columns.siteKey));
}

export function toConversionStats(rows: ConversionCount[]): ConversionStatsModel {
  return {
    total: rows.reduce((total, row) => total + row.count, 0),
    breakdown: rows.map(({ day, country, siteKey, count: n }) => ({ day, country, siteKey, count: n })),
  };
}

/** A campaign's results are for the marketing staff of its organisation (the gateway brings the organisation). */
export function requireCampaignStaff(viewer: Viewer, campaign: CampaignReference, what: string): void {
  requireStaff(viewer, (staff) => staff.role === 'marketing' && staff.organisation === campaign.organisation, what);
}

import { asc, inArray, sql } from 'drizzle-orm';
import type { CampaignsDb } from './data';
import type { CampaignStatsModel, RejectedEventsModel, TrafficRowModel } from './models';
import { trackingRejections } from './schema';

/** Events not counted, per campaign and reason, summed over the days; reasons in the order they are checked. */
export function rejectionsOf(db: CampaignsDb, campaignIds: readonly string[]) {
  return db
    .select({
      campaignId: trackingRejections.campaignId,
      reason: trackingRejections.reason,
      count: sql<number>`sum(${trackingRejections.count})`.mapWith(Number),
    })
    .from(trackingRejections)
    .where(inArray(trackingRejections.campaignId, [...campaignIds]))
    .groupBy(trackingRejections.campaignId, trackingRejections.reason)
    .orderBy(asc(trackingRejections.reason));
}

/** A traffic row as `trafficOf` reads it: with its campaign's totals over every event and its count of rows. */
export interface CountedTrafficRow extends TrafficRowModel {
  totalImpressions: number;
  totalClicks: number;
  totalRows: number;
}

/**
 * A campaign's results. The totals count every event, also when `traffic` holds only the most recent rows
 * (core/list-caps.ts MAX_TRAFFIC_ROWS; then `trafficTruncated` says so); conversions are unknown (null) rather than 0
 * when a service was down.
 */
export function campaignStats(
  traffic: CountedTrafficRow[],
  inquiries: number | null,
  appointments: number | null,
  rejected: RejectedEventsModel[],
): CampaignStatsModel {
  // Every row of a campaign carries the same totals; a campaign without events has no rows.
  const impressions = traffic[0]?.totalImpressions ?? 0;
  const clicks = traffic[0]?.totalClicks ?? 0;
  const conversions = inquiries === null || appointments === null ? null : inquiries + appointments;
  return {
    impressions,
    clicks,
    clickThroughRate: impressions === 0 ? 0 : clicks / impressions,
    inquiries,
    appointments,
    conversionRate: conversions === null ? null : clicks === 0 ? 0 : conversions / clicks,
    traffic: traffic.map(({ day, country, siteKey, impressions: shown, clicks: clicked }) => ({
      day,
      country,
      siteKey,
      impressions: shown,
      clicks: clicked,
    })),
    trafficTruncated: (traffic[0]?.totalRows ?? 0) > traffic.length,
    rejected: rejected.map(({ reason, count }) => ({ reason, count })),
  };
}

import type { CampaignStatsModel, TrafficRowModel } from './models';

/**
 * A campaign's results. The totals are the sums of the traffic rows, so a chart drawn from the rows and the
 * headline numbers can never disagree; conversions are unknown (null) rather than 0 when a service was down.
 */
export function campaignStats(
  traffic: TrafficRowModel[],
  inquiries: number | null,
  appointments: number | null,
): CampaignStatsModel {
  const impressions = traffic.reduce((total, row) => total + row.impressions, 0);
  const clicks = traffic.reduce((total, row) => total + row.clicks, 0);
  const conversions = inquiries === null || appointments === null ? null : inquiries + appointments;
  return {
    impressions,
    clicks,
    clickThroughRate: impressions === 0 ? 0 : clicks / impressions,
    inquiries,
    appointments,
    conversionRate: conversions === null ? null : clicks === 0 ? 0 : conversions / clicks,
    traffic,
  };
}

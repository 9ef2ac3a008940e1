import type { CampaignRow, trackingRejectionEnum } from './schema';

/** What the gateway brings from the other subgraphs when stats are asked for (@requires). */
interface ConversionTotal {
  total: number;
}

export type CampaignModel = CampaignRow & {
  inquiryStats?: ConversionTotal | null;
  appointmentStats?: ConversionTotal | null;
};

export interface TrafficRowModel {
  day: string;
  country: string | null;
  siteKey: string;
  impressions: number;
  clicks: number;
}

export interface CampaignStatsModel {
  impressions: number;
  clicks: number;
  clickThroughRate: number;
  inquiries: number | null;
  appointments: number | null;
  conversionRate: number | null;
  traffic: TrafficRowModel[];
  trafficTruncated: boolean;
  rejected: RejectedEventsModel[];
}

export type TrackingRejection = (typeof trackingRejectionEnum.enumValues)[number];

export interface RejectedEventsModel {
  reason: TrackingRejection;
  count: number;
}

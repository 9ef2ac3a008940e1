/** An entity owned by another subgraph, known here only by its key. */
export interface EntityReference {
  id: string;
}

/** A campaign as another subgraph sees it: its tracking code, plus its organisation, which the gateway brings. */
export interface CampaignReference {
  trackingCode: string;
  organisation?: string;
}

export interface ConversionRowModel {
  day: string;
  country: string;
  siteKey: string | null;
  count: number;
}

export interface ConversionStatsModel {
  total: number;
  breakdown: ConversionRowModel[];
  breakdownTruncated: boolean;
}

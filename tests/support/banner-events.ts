import type { Stack } from './stack';
import { persistedBody } from './persisted';

/** A page origin each seeded embed site allows (subgraphs/campaigns/seed/campaigns.yaml). */
export const SITE_ORIGINS = {
  'demo-site': 'http://localhost:5173',
  'daejeon-tourism-site': 'https://www.daejeon-medical-tour.test',
  'lumiere-clinic-site': 'https://www.lumiere-derm.test',
} as const;
export type SeededSite = keyof typeof SITE_ORIGINS;

export interface BannerEvent {
  campaignId: string;
  kind: 'IMPRESSION' | 'CLICK';
  siteKey?: string;
  placement?: string | null;
  country?: string | null;
  viewId?: string | null;
}

/**
 * Sends a registered widget operation through the gateway as a widget on a page of `page` does: that site's key in
 * x-site-key and one of its origins, so the gateway verifies the site and forwards it.
 */
export async function fromPage<T>(
  stack: Stack,
  page: SeededSite,
  operation: string,
  variables: Record<string, unknown>,
) {
  const response = await fetch(`${stack.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE_ORIGINS[page], 'x-site-key': page },
    body: persistedBody(operation, variables),
  });
  return { status: response.status, ...((await response.json()) as { data?: T; errors?: unknown[] }) };
}

/**
 * Sends a banner event through the gateway as the banner on a page of `page` does: that site's key in x-site-key,
 * one of its origins, the registered operation. The event's `siteKey` is the page's own unless given.
 */
export async function trackFromPage(stack: Stack, page: SeededSite | null, event: BannerEvent) {
  const response = await fetch(`${stack.gateway.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(page && { origin: SITE_ORIGINS[page], 'x-site-key': page }),
    },
    body: persistedBody('TrackCampaignEvent', { input: { siteKey: page ?? 'demo-site', ...event } }),
  });
  const body = (await response.json()) as {
    data?: { trackCampaignEvent: boolean } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  if (response.status !== 200 || body.errors) {
    throw new Error(`trackCampaignEvent answered ${response.status} ${JSON.stringify(body.errors)}`);
  }
  return body.data?.trackCampaignEvent;
}

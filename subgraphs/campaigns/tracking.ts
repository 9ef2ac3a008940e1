import { z } from 'zod';
import { badUserInput, parseArgs } from '../../core/errors';
import { countryCodeSchema, idSchema, siteKeySchema } from '../../core/validation';
import type { CampaignsContext } from './context';
import { campaignStatus } from './data';
import { eventBufferFor, type TrackingEntry } from './event-buffer';
import type { TrackingRejection } from './models';
import { eventKindEnum, type CampaignRow } from './schema';
import { visibleCampaign } from './visibility';

const trackInputSchema = z.object({
  campaignId: idSchema,
  kind: z.enum(eventKindEnum.enumValues),
  siteKey: siteKeySchema,
  placement: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/, 'is not a placement name')
    .nullish(),
  country: countryCodeSchema.nullish(),
  viewId: idSchema.nullish(),
});
type TrackInput = z.infer<typeof trackInputSchema>;

/**
 * The event to store, or the first rule it breaks that can be judged before storage. Only the site the gateway
 * verified for the page's Origin counts (the `siteKey` argument must name it, never replaces it). A placement or
 * country that is given must be one the campaign targets; one that is not given is recorded as unknown (a page that
 * does not know the visitor's country shows every campaign, and an unknown value credits no one it should not).
 */
function entryFor(campaign: CampaignRow, input: TrackInput, site: string | null, now: Date): TrackingEntry {
  const rejected = (reason: TrackingRejection): TrackingEntry => ({
    rejected: { campaignId: campaign.id, reason, occurredAt: now },
  });
  if (site === null || input.siteKey !== site) return rejected('UNVERIFIED_SITE');
  if (campaignStatus(campaign, now) !== 'ACTIVE') return rejected('NOT_RUNNING');
  if (campaign.siteKeys.length > 0 && !campaign.siteKeys.includes(site)) return rejected('SITE_NOT_TARGETED');
  if (input.placement && !campaign.placements.includes(input.placement)) return rejected('PLACEMENT_NOT_TARGETED');
  if (input.country && !campaign.targetCountries.includes(input.country)) return rejected('COUNTRY_NOT_TARGETED');
  if (!input.viewId) return rejected('MISSING_VIEW_ID');
  return {
    event: {
      campaignId: campaign.id,
      kind: input.kind,
      siteKey: site,
      placement: input.placement ?? null,
      country: input.country ?? null,
      viewId: input.viewId,
      occurredAt: now,
    },
  };
}

/**
 * Records one impression or click; true when it counted. An event that breaks a rule is not stored: it adds one
 * to its reason's counter in the campaign's stats and answers false. Once per kind and page view, and a click
 * only after its view's impression, are settled when the batch is stored (event-buffer.ts).
 */
export async function trackCampaignEvent(context: CampaignsContext, rawInput: unknown): Promise<boolean> {
  const input = parseArgs(z.object({ input: trackInputSchema }), { input: rawInput }).input;
  // A draft is, to whoever may not see it, a campaign that does not exist (visibility.ts).
  const campaign = await visibleCampaign(context, input.campaignId);
  if (!campaign) throw badUserInput('input.campaignId', 'no such campaign');
  const entry = entryFor(campaign, input, context.site, context.now);
  return (await eventBufferFor(context.db).add(entry)) === 'COUNTED';
}

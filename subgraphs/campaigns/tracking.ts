import { z } from 'zod';
import { badUserInput, parseArgs } from '../../core/errors';
import { countryCodeSchema, idSchema } from '../../core/validation';
import { campaignStatus, embedSiteByKey, type CampaignsDb } from './data';
import { eventBufferFor } from './event-buffer';
import type { CampaignLoaders } from './loaders';

const trackInputSchema = z.object({
  campaignId: idSchema,
  kind: z.enum(['IMPRESSION', 'CLICK']),
  siteKey: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{3,64}$/, 'is not a site key'),
  placement: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/, 'is not a placement name')
    .nullish(),
  country: countryCodeSchema.nullish(),
});

/**
 * Records one impression or click. Only running campaigns count: an event for a paused or ended
 * campaign answers false and is not stored, so stats never credit a campaign outside its schedule.
 */
export async function trackCampaignEvent(db: CampaignsDb, loaders: CampaignLoaders, rawInput: unknown, now: Date) {
  const input = parseArgs(z.object({ input: trackInputSchema }), { input: rawInput }).input;
  const [campaign, site] = await Promise.all([
    loaders.campaignById.load(input.campaignId),
    embedSiteByKey(db, input.siteKey),
  ]);
  if (!campaign) throw badUserInput('input.campaignId', 'no such campaign');
  if (!site) throw badUserInput('input.siteKey', 'no such embed site');
  if (campaignStatus(campaign, now) !== 'ACTIVE') return false;
  await eventBufferFor(db).add({
    campaignId: campaign.id,
    kind: input.kind,
    siteKey: site.key,
    placement: input.placement ?? null,
    country: input.country ?? null,
    occurredAt: now,
  });
  return true;
}

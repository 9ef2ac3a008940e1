import { eq, not } from 'drizzle-orm';
import { ownedVisibility, visibleOrNull } from '../../core/visibility';
import type { CampaignsContext } from './context';
import { campaigns, type CampaignRow } from './schema';

/**
 * Campaigns: approved ones (any status but DRAFT) are public; drafts only for the staff who run their organisation's
 * campaigns (its marketing staff, platform admins: core/policy.ts). The only place the rule is written: root fields,
 * lists and their counts, the banner's activeCampaigns, entity references (by id and by tracking code),
 * PromotionEvent.campaign and Package.campaigns all go through it.
 *
 * Promotion events have no unpublished state: every one is public. What they link to is shown by the linked
 * entities' own rules (the campaign here, packages in the itineraries subgraph, which resolves them).
 */
export const campaignVisibility = ownedVisibility<CampaignRow, 'organisation'>({
  isPublic: (row) => !row.draft,
  publicWhere: () => not(campaigns.draft),
  action: 'campaign:run',
  owner: 'organisation',
  ownerOf: (row) => row.organisation,
  ownerWhere: (organisation) => eq(campaigns.organisation, organisation),
});

/** The campaign with this id if the caller may see it; null when it is missing or hidden from them. */
export async function visibleCampaign(context: CampaignsContext, id: string): Promise<CampaignRow | null> {
  return visibleOrNull(campaignVisibility, context.viewer, await context.loaders.campaignById.load(id));
}

import { z } from 'zod';
import { requireStaff } from '../../core/auth';
import { pageRequest, toConnection } from '../../core/connection';
import { parseArgs } from '../../core/errors';
import { localize, localizeOptional, type LocaleCode } from '../../core/locale';
import { countryCodeSchema, lookupArgsSchema } from '../../core/validation';
import * as data from './data';
import type { Resolvers } from './generated/resolvers';
import type { CreativeRow } from './schema';
import { trackCampaignEvent } from './tracking';

const activeArgs = z.object({
  country: countryCodeSchema.nullish(),
  locale: z.string().nullish(),
  placement: z.string().trim().max(40, 'must be at most 40 characters').nullish(),
  first: z.number().int().min(1, 'must be between 1 and 20').max(20, 'must be between 1 and 20').nullish(),
});

const countryFilter = z.object({ country: countryCodeSchema.nullish(), targetCountry: countryCodeSchema.nullish() });

/** The creative in the visitor's locale, else English, else Korean, else none. */
function pickCreative(rows: CreativeRow[], locale: LocaleCode | null | undefined): CreativeRow | null {
  for (const wanted of [locale ?? 'EN', 'EN', 'KO']) {
    const match = rows.find((row) => row.locale === wanted);
    if (match) return match;
  }
  return null;
}

export const resolvers: Resolvers = {
  Query: {
    embedSite: (_parent, { key }, context) => data.embedSiteByKey(context.db, key),
    activeCampaigns(_parent, args, context) {
      const parsed = parseArgs(activeArgs, args);
      return data.findActiveCampaigns(
        context.db,
        {
          country: parsed.country ?? null,
          locale: parsed.locale ?? null,
          placement: parsed.placement ?? null,
          first: parsed.first ?? 5,
        },
        context.now,
      );
    },
    async campaign(_parent, args, context) {
      const { id, slug } = parseArgs(lookupArgsSchema, args);
      return id ? context.loaders.campaignById.load(id) : data.campaignBySlug(context.db, slug ?? '');
    },
    async campaigns(_parent, args, context) {
      const page = pageRequest(args);
      const filter = args.filter ?? {};
      const { country } = parseArgs(countryFilter, { country: filter.country });
      const { rows, totalCount } = await data.findCampaigns(context.db, { ...filter, country }, page, context.now);
      return toConnection(rows, page, (row) => row.slug, totalCount);
    },
    async promotionEvents(_parent, args, context) {
      const page = pageRequest(args);
      const filter = args.filter ?? {};
      const { targetCountry } = parseArgs(countryFilter, { targetCountry: filter.targetCountry });
      const { rows, totalCount } = await data.findPromotionEvents(
        context.db,
        { ...filter, targetCountry },
        page,
        context.now,
      );
      return toConnection(rows, page, (row) => `${row.startsAt.toISOString()}|${row.slug}`, totalCount);
    },
  },
  Mutation: {
    trackCampaignEvent: (_parent, args, context) =>
      trackCampaignEvent(context.db, context.loaders, args.input, context.now),
  },
  Package: {
    __resolveReference: (reference) => ({ id: reference.id }),
    campaigns: async (pkg, _args, context) =>
      (await context.loaders.activeCampaignsByPackage.load(pkg.id)).map((row) => row.campaign),
  },
  Campaign: {
    __resolveReference: (reference, context) => context.loaders.campaignById.load(reference.id),
    name: (campaign, { locale }) => localize(campaign.name, locale),
    status: (campaign, _args, context) => data.campaignStatus(campaign, context.now),
    creative: async (campaign, { locale }, context) =>
      pickCreative(await context.loaders.creativesByCampaign.load(campaign.id), locale),
    creativeLocales: async (campaign, _args, context) =>
      (await context.loaders.creativesByCampaign.load(campaign.id)).map((row) => row.locale),
    packages: async (campaign, _args, context) =>
      (await context.loaders.packageLinksByCampaign.load(campaign.id)).map((link) => ({ id: link.packageId })),
    providers: async (campaign, _args, context) =>
      (await context.loaders.providerLinksByCampaign.load(campaign.id)).map((link) => ({ id: link.providerId })),
    stats: async (campaign, _args, context) => {
      requireStaff(
        context.viewer,
        (staff) => staff.role === 'marketing' && staff.organisation === campaign.organisation,
        "this campaign's results",
      );
      const counts = await context.loaders.eventCountsByCampaign.load(campaign.id);
      const impressions = counts.find((row) => row.kind === 'IMPRESSION')?.total ?? 0;
      const clicks = counts.find((row) => row.kind === 'CLICK')?.total ?? 0;
      return { impressions, clicks, clickThroughRate: impressions === 0 ? 0 : clicks / impressions };
    },
  },
  EmbedSite: {
    name: (site, { locale }) => localize(site.name, locale),
  },
  PromotionEvent: {
    __resolveReference: (reference, context) => context.loaders.promotionEventById.load(reference.id),
    title: (event, { locale }) => localize(event.title, locale),
    description: (event, { locale }) => localizeOptional(event.description, locale),
    campaign: (event, _args, context) =>
      event.campaignId ? context.loaders.campaignById.load(event.campaignId) : null,
    packages: async (event, _args, context) =>
      (await context.loaders.packageLinksByPromotionEvent.load(event.id)).map((link) => ({ id: link.packageId })),
  },
};

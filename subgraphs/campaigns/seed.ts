import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { LOCALES } from '../../core/locale';
import { seededRandom, seedId } from '../../core/seed-id';
import { chunk, dayOffsetSchema, localizedTextSchema, readSeedFile, shouldSeed } from '../../core/seed-files';
import { safeLinkSchema } from '../../core/validation';
import type { CampaignsDb } from './data';
import {
  campaignEvents,
  campaignPackages,
  campaignProviders,
  campaigns,
  channelEnum,
  creatives,
  embedSites,
  promotionEventPackages,
  promotionEventProviders,
  promotionEvents,
  promotionKindEnum,
  themeEnum,
} from './schema';

const DAY_MS = 86_400_000;
const country = z.string().regex(/^[A-Z]{2}$/);

const creativeSchema = z.object({
  headline: z.string().min(1),
  body: z.string().min(1),
  imageUrl: safeLinkSchema,
  ctaLabel: z.string().min(1),
  ctaUrl: safeLinkSchema,
});

const seedSchema = z.object({
  embedSites: z.array(
    z.object({
      key: z.string(),
      name: localizedTextSchema,
      organisation: z.string(),
      // Seeding is the only writer of embed sites; gateway/limits.ts charges EmbedSite.allowedOrigins for 20.
      allowedOrigins: z.array(z.string()).min(1).max(20),
    }),
  ),
  campaigns: z.array(
    z.object({
      slug: z.string(),
      name: localizedTextSchema,
      theme: z.enum(themeEnum.enumValues),
      organisation: z.string(),
      startsDays: dayOffsetSchema,
      endsDays: dayOffsetSchema,
      paused: z.boolean().default(false),
      targetCountries: z.array(country).min(1),
      channels: z.array(z.enum(channelEnum.enumValues)),
      placements: z.array(z.string()),
      siteKeys: z.array(z.string()).default([]),
      trackingCode: z.string(),
      packages: z.array(z.string()).default([]),
      providers: z.array(z.string()).default([]),
      creatives: z.partialRecord(z.enum(LOCALES), creativeSchema),
    }),
  ),
  promotionEvents: z.array(
    z.object({
      slug: z.string(),
      kind: z.enum(promotionKindEnum.enumValues),
      title: localizedTextSchema,
      description: localizedTextSchema.optional(),
      organisation: z.string(),
      startsDays: dayOffsetSchema,
      endsDays: dayOffsetSchema,
      city: z.string(),
      country,
      targetCountries: z.array(country).min(1),
      partners: z.array(z.string()).default([]),
      campaign: z.string().optional(),
      packages: z.array(z.string()).default([]),
      providers: z.array(z.string()).default([]),
      itinerary: z.string().optional(),
      leads: z.number().int().min(0).default(0),
    }),
  ),
});

export type CampaignSeed = z.infer<typeof seedSchema>;

export function readCampaignSeed(): CampaignSeed {
  return readSeedFile('campaigns', 'campaigns.yaml', seedSchema);
}

/** A plausible history of impressions and clicks for the days a campaign has been running. */
function demoEvents(campaign: CampaignSeed['campaigns'][number], siteKeys: string[], now: Date) {
  const random = seededRandom(campaign.slug);
  const events: (typeof campaignEvents.$inferInsert)[] = [];
  const lastDay = Math.min(campaign.endsDays, 0);
  for (let day = campaign.startsDays; day < lastDay; day += 1) {
    const impressions = 15 + Math.floor(random() * 40);
    for (let index = 0; index < impressions; index += 1) {
      const occurredAt = new Date(now.getTime() + (day + random()) * DAY_MS);
      const base = {
        campaignId: seedId('campaign', campaign.slug),
        siteKey: siteKeys[Math.floor(random() * siteKeys.length)] ?? 'demo-site',
        placement: campaign.placements[Math.floor(random() * campaign.placements.length)] ?? null,
        country: campaign.targetCountries[Math.floor(random() * campaign.targetCountries.length)] ?? null,
        occurredAt,
      };
      events.push({ ...base, kind: 'IMPRESSION' });
      if (random() < 0.06) events.push({ ...base, kind: 'CLICK', occurredAt: new Date(occurredAt.getTime() + 5_000) });
    }
  }
  return events;
}

/** Loads embed sites, campaigns with creatives and links, promotion events and a demo event history. */
export async function seedCampaigns(db: CampaignsDb, options: { reset: boolean; now: Date }) {
  if (!(await shouldSeed(db, embedSites, options.reset))) return { seeded: false };
  const seed = readCampaignSeed();
  const at = (days: number) => new Date(options.now.getTime() + days * DAY_MS);
  await db.transaction(async (tx) => {
    await tx.execute(sql`truncate ${embedSites}, ${campaigns}, ${promotionEvents} restart identity cascade`);
    await tx.insert(embedSites).values(seed.embedSites);
    for (const campaign of seed.campaigns) {
      const campaignId = seedId('campaign', campaign.slug);
      await tx.insert(campaigns).values({
        id: campaignId,
        slug: campaign.slug,
        organisation: campaign.organisation,
        name: campaign.name,
        theme: campaign.theme,
        paused: campaign.paused,
        startsAt: at(campaign.startsDays),
        endsAt: at(campaign.endsDays),
        targetCountries: campaign.targetCountries,
        channels: campaign.channels,
        placements: campaign.placements,
        siteKeys: campaign.siteKeys,
        trackingCode: campaign.trackingCode,
      });
      const creativeRows = Object.entries(campaign.creatives).map(([locale, creative]) => ({
        campaignId,
        locale: z.enum(LOCALES).parse(locale),
        ...creative,
      }));
      if (creativeRows.length) await tx.insert(creatives).values(creativeRows);
      if (campaign.packages.length) {
        await tx
          .insert(campaignPackages)
          .values(
            campaign.packages.map((slug, position) => ({ campaignId, packageId: seedId('package', slug), position })),
          );
      }
      if (campaign.providers.length) {
        await tx.insert(campaignProviders).values(
          campaign.providers.map((slug, position) => ({
            campaignId,
            providerId: seedId('provider', slug),
            position,
          })),
        );
      }
      const siteKeys = campaign.siteKeys.length ? campaign.siteKeys : seed.embedSites.map((site) => site.key);
      for (const batch of chunk(demoEvents(campaign, siteKeys, options.now), 1_000)) {
        await tx.insert(campaignEvents).values(batch);
      }
    }
    for (const event of seed.promotionEvents) {
      const promotionEventId = seedId('promotion-event', event.slug);
      await tx.insert(promotionEvents).values({
        id: promotionEventId,
        slug: event.slug,
        kind: event.kind,
        organisation: event.organisation,
        title: event.title,
        description: event.description ?? null,
        startsAt: at(event.startsDays),
        endsAt: at(event.endsDays),
        city: event.city,
        country: event.country,
        targetCountries: event.targetCountries,
        partners: event.partners,
        campaignId: event.campaign ? seedId('campaign', event.campaign) : null,
        itineraryPackageId: event.itinerary ? seedId('package', event.itinerary) : null,
        leads: event.leads,
      });
      if (event.providers.length) {
        await tx.insert(promotionEventProviders).values(
          event.providers.map((slug, position) => ({
            promotionEventId,
            providerId: seedId('provider', slug),
            position,
          })),
        );
      }
      if (event.packages.length) {
        await tx
          .insert(promotionEventPackages)
          .values(event.packages.map((slug) => ({ promotionEventId, packageId: seedId('package', slug) })));
      }
    }
  });
  return { seeded: true };
}

import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTrailTable } from '../../core/audit';
import { LOCALES } from '../../core/domain';
import type { LocalizedText } from '../../core/locale';

export const campaignsSchema = pgSchema('campaigns');

export const localeEnum = campaignsSchema.enum('locale', LOCALES);
export const themeEnum = campaignsSchema.enum('campaign_theme', [
  'K_POP',
  'K_DRAMA',
  'K_BEAUTY',
  'FESTIVAL',
  'WELLNESS',
  'MEDICAL',
]);
export const channelEnum = campaignsSchema.enum('marketing_channel', [
  'LINE',
  'WECHAT',
  'WEIBO',
  'KAKAOTALK',
  'WHATSAPP',
  'INSTAGRAM',
  'YOUTUBE',
  'TIKTOK',
  'FACEBOOK',
  'NEWSLETTER',
  'VK',
  'ZALO',
]);
export const eventKindEnum = campaignsSchema.enum('campaign_event_kind', ['IMPRESSION', 'CLICK']);
/** Why a banner event was not counted, in the order tracking.ts checks (the first broken rule is recorded). */
export const trackingRejectionEnum = campaignsSchema.enum('tracking_rejection', [
  'UNVERIFIED_SITE',
  'NOT_RUNNING',
  'SITE_NOT_TARGETED',
  'PLACEMENT_NOT_TARGETED',
  'COUNTRY_NOT_TARGETED',
  'MISSING_VIEW_ID',
  'CLICK_WITHOUT_IMPRESSION',
  'DUPLICATE',
]);
export const promotionKindEnum = campaignsSchema.enum('promotion_event_kind', [
  'PR_BRIEFING',
  'EXHIBITION',
  'FAM_TOUR',
  'WORKSHOP',
  'NEWSLETTER',
  'AGREEMENT',
]);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
/** Bumped by every staff change, so a save based on an older read is refused instead of overwriting (StaleVersion). */
const version = () => integer('version').notNull().default(1);
/** Every element is an ISO 3166-1 alpha-2 code. */
const countryCodes = (column: unknown) => sql`array_to_string(${column}, ',') ~ '^([A-Z]{2})(,[A-Z]{2})*$'`;

/** Sites allowed to embed the widgets: the key they send and the origins their pages come from. */
export const embedSites = campaignsSchema.table(
  'embed_sites',
  {
    key: text('key').primaryKey(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    organisation: text('organisation').notNull(),
    allowedOrigins: text('allowed_origins').array().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    check('embed_sites_key_format', sql`${table.key} ~ '^[a-z0-9-]{3,64}$'`),
    check('embed_sites_has_origin', sql`cardinality(${table.allowedOrigins}) > 0`),
  ],
);

export const campaigns = campaignsSchema.table(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    organisation: text('organisation').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    theme: themeEnum('theme').notNull(),
    /** A draft is not yet approved to run; the other states follow from the schedule and `paused`. */
    draft: boolean('draft').notNull().default(false),
    paused: boolean('paused').notNull().default(false),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Set when staff end a campaign before its planned end; the planned schedule is kept for reporting. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    targetCountries: text('target_countries').array().notNull(),
    channels: channelEnum('channels').array().notNull(),
    placements: text('placements').array().notNull(),
    /** Embed sites the campaign may appear on; empty means every site. */
    siteKeys: text('site_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    trackingCode: text('tracking_code').notNull().unique(),
    /** Creatives are part of the campaign: changing one bumps this too. */
    version: version(),
    createdAt: createdAt(),
  },
  (table) => [
    check('campaigns_slug_format', sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('campaigns_schedule', sql`${table.endsAt} > ${table.startsAt}`),
    check('campaigns_countries', countryCodes(table.targetCountries)),
    check('campaigns_tracking_code', sql`${table.trackingCode} ~ '^[A-Z0-9_-]{3,32}$'`),
    check('campaigns_ended_after_approval', sql`${table.endedAt} is null or not ${table.draft}`),
    index('campaigns_schedule_idx').on(table.startsAt, table.endsAt),
  ],
);

export const creatives = campaignsSchema.table(
  'creatives',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    locale: localeEnum('locale').notNull(),
    headline: text('headline').notNull(),
    body: text('body').notNull(),
    imageUrl: text('image_url').notNull(),
    ctaLabel: text('cta_label').notNull(),
    ctaUrl: text('cta_url').notNull(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.locale] })],
);

/** Packages and providers live in other subgraphs: referenced by id, validated when linked. */
export const campaignPackages = campaignsSchema.table(
  'campaign_packages',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    packageId: uuid('package_id').notNull(),
    position: integer('position').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.campaignId, table.packageId] }),
    index('campaign_packages_package_idx').on(table.packageId),
  ],
);

export const campaignProviders = campaignsSchema.table(
  'campaign_providers',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id').notNull(),
    position: integer('position').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.providerId] })],
);

export const campaignEvents = campaignsSchema.table(
  'campaign_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    kind: eventKindEnum('kind').notNull(),
    siteKey: text('site_key')
      .notNull()
      .references(() => embedSites.key, { onDelete: 'cascade' }),
    placement: text('placement'),
    country: text('country'),
    /**
     * The banner's random id for one page view (no cookie, nothing about the visitor). Null for events recorded
     * before views were tracked; Postgres treats nulls as distinct, so the constraint below leaves those alone.
     */
    viewId: uuid('view_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('campaign_events_country', sql`${table.country} is null or ${table.country} ~ '^[A-Z]{2}$'`),
    index('campaign_events_campaign_idx').on(table.campaignId, table.kind, table.occurredAt),
    // Each kind counts once per page view, however many replicas and batches race to store it (ON CONFLICT DO NOTHING).
    unique('campaign_events_once_per_view').on(table.campaignId, table.viewId, table.kind),
  ],
);

/** Banner events that were not counted, as counters per campaign, Korean calendar day and reason; nothing else. */
export const trackingRejections = campaignsSchema.table(
  'tracking_rejections',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    reason: trackingRejectionEnum('reason').notNull(),
    count: integer('count').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.campaignId, table.day, table.reason] }),
    check('tracking_rejections_count', sql`${table.count} > 0`),
  ],
);

export const promotionEvents = campaignsSchema.table(
  'promotion_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    kind: promotionKindEnum('kind').notNull(),
    organisation: text('organisation').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    city: text('city').notNull(),
    country: text('country').notNull(),
    targetCountries: text('target_countries').array().notNull(),
    partners: text('partners').array().notNull(),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    /** FAM tours: the FAM_TOUR package (in itineraries) the guests follow. */
    itineraryPackageId: uuid('itinerary_package_id'),
    leads: integer('leads').notNull().default(0),
    version: version(),
  },
  (table) => [
    check('promotion_events_schedule', sql`${table.endsAt} >= ${table.startsAt}`),
    check('promotion_events_country', sql`${table.country} ~ '^[A-Z]{2}$'`),
    check('promotion_events_targets', countryCodes(table.targetCountries)),
    check('promotion_events_leads', sql`${table.leads} >= 0`),
    check('promotion_events_itinerary', sql`${table.itineraryPackageId} is null or ${table.kind} = 'FAM_TOUR'`),
    index('promotion_events_starts_idx').on(table.startsAt, table.slug),
  ],
);

export const promotionEventPackages = campaignsSchema.table(
  'promotion_event_packages',
  {
    promotionEventId: uuid('promotion_event_id')
      .notNull()
      .references(() => promotionEvents.id, { onDelete: 'cascade' }),
    packageId: uuid('package_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.promotionEventId, table.packageId] })],
);

/** Partner hospitals and clinics of a promotion event (providers subgraph ids, checked when linked). */
export const promotionEventProviders = campaignsSchema.table(
  'promotion_event_providers',
  {
    promotionEventId: uuid('promotion_event_id')
      .notNull()
      .references(() => promotionEvents.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id').notNull(),
    position: integer('position').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.promotionEventId, table.providerId] })],
);

/** Every staff change to the campaigns and promotion events, owned by their organisation (core/audit.ts). */
export const auditTrail = auditTrailTable(campaignsSchema);

export type EmbedSiteRow = typeof embedSites.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type CreativeRow = typeof creatives.$inferSelect;
export type PromotionEventRow = typeof promotionEvents.$inferSelect;

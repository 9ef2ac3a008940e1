import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  not,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { cursorInstant, olderThan, type PageRequest } from '../../core/connection';
import type { Database } from '../../core/db';
import { MAX_CALENDAR_EVENTS, MAX_CAMPAIGNS_PER_PACKAGE, MAX_TRAFFIC_ROWS } from '../../core/list-caps';
import type { Reach } from '../../core/policy';
import { isUuid } from '../../core/validation';
import * as tables from './schema';
import {
  campaignEvents,
  campaignPackages,
  campaignProviders,
  campaigns,
  creatives,
  embedSites,
  promotionEventPackages,
  promotionEvents,
  type CampaignRow,
} from './schema';

export type CampaignsDb = Database<typeof tables>;
export type CampaignStatus = 'DRAFT' | 'SCHEDULED' | 'ACTIVE' | 'PAUSED' | 'ENDED';

/** Status is derived at read time from the schedule, so it is right without any job flipping it. */
export function campaignStatus(campaign: CampaignRow, now: Date): CampaignStatus {
  if (campaign.draft) return 'DRAFT';
  if (campaign.endedAt || now >= campaign.endsAt) return 'ENDED';
  if (campaign.paused) return 'PAUSED';
  if (now < campaign.startsAt) return 'SCHEDULED';
  return 'ACTIVE';
}

function statusCondition(status: CampaignStatus, now: Date): SQL {
  const notDraft = not(campaigns.draft);
  const running = and(notDraft, isNull(campaigns.endedAt), gt(campaigns.endsAt, now));
  switch (status) {
    case 'DRAFT':
      return eq(campaigns.draft, true);
    case 'ENDED':
      return and(notDraft, or(isNotNull(campaigns.endedAt), lte(campaigns.endsAt, now))) as SQL;
    case 'PAUSED':
      return and(running, eq(campaigns.paused, true)) as SQL;
    case 'SCHEDULED':
      return and(running, not(campaigns.paused), gt(campaigns.startsAt, now)) as SQL;
    case 'ACTIVE':
      return and(running, not(campaigns.paused), lte(campaigns.startsAt, now)) as SQL;
  }
}

export interface ActiveCampaignQuery {
  country: string | null;
  locale: string | null;
  placement: string | null;
  siteKey: string | null;
  first: number;
}

/**
 * Campaigns running now for a country and placement, among those `visible` selects (campaignVisibility); those with
 * a creative in the visitor's locale first.
 */
export function findActiveCampaigns(db: CampaignsDb, query: ActiveCampaignQuery, now: Date, visible: SQL | undefined) {
  const conditions = [statusCondition('ACTIVE', now)];
  if (visible) conditions.push(visible);
  if (query.country) conditions.push(sql`${query.country} = any(${campaigns.targetCountries})`);
  if (query.placement) conditions.push(sql`${query.placement} = any(${campaigns.placements})`);
  if (query.siteKey) {
    conditions.push(sql`(cardinality(${campaigns.siteKeys}) = 0 or ${query.siteKey} = any(${campaigns.siteKeys}))`);
  }
  const newestFirst = [desc(campaigns.startsAt), asc(campaigns.slug)];
  const ordering = query.locale
    ? [
        desc(
          sql`exists (select 1 from ${creatives} where ${creatives.campaignId} = ${campaigns.id} and ${creatives.locale} = ${query.locale})`,
        ),
        ...newestFirst,
      ]
    : newestFirst;
  return db
    .select()
    .from(campaigns)
    .where(and(...conditions))
    .orderBy(...ordering)
    .limit(query.first);
}

export interface CampaignFilter {
  /** The campaigns the caller may see (campaignVisibility); undefined for all. */
  visible: SQL | undefined;
  status?: CampaignStatus | null;
  theme?: CampaignRow['theme'] | null;
  country?: string | null;
}

export async function findCampaigns(db: CampaignsDb, filter: CampaignFilter, page: PageRequest, now: Date) {
  const conditions: SQL[] = filter.visible ? [filter.visible] : [];
  if (filter.status) conditions.push(statusCondition(filter.status, now));
  if (filter.theme) conditions.push(eq(campaigns.theme, filter.theme));
  if (filter.country) conditions.push(sql`${filter.country} = any(${campaigns.targetCountries})`);
  const pageConditions = page.afterKey === null ? conditions : [...conditions, gt(campaigns.slug, page.afterKey)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(campaigns)
      .where(and(...pageConditions))
      .orderBy(asc(campaigns.slug))
      .limit(page.first + 1),
    db
      .select({ value: count() })
      .from(campaigns)
      .where(and(...conditions)),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

/** The campaigns of the organisations a permission reaches (core/policy.ts), drafts included, newest first. */
export async function campaignsOfOrganisation(db: CampaignsDb, organisations: Reach<string>, page: PageRequest) {
  const ofOrganisation =
    'all' in organisations
      ? []
      : ['only' in organisations ? eq(campaigns.organisation, organisations.only) : sql`false`];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(campaigns)
      .where(and(...ofOrganisation, ...olderThan(page, campaigns.createdAt, campaigns.id)))
      .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
      .limit(page.first + 1),
    db
      .select({ value: count() })
      .from(campaigns)
      .where(and(...ofOrganisation)),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function campaignsByIds(db: CampaignsDb, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return db.select().from(campaigns).where(inArray(campaigns.id, valid));
}

export function campaignByTrackingCode(db: CampaignsDb, trackingCode: string) {
  return db
    .select()
    .from(campaigns)
    .where(eq(campaigns.trackingCode, trackingCode))
    .then((rows) => rows[0] ?? null);
}

export function campaignBySlug(db: CampaignsDb, slug: string) {
  return db
    .select()
    .from(campaigns)
    .where(eq(campaigns.slug, slug))
    .then((rows) => rows[0] ?? null);
}

export function creativesOf(db: CampaignsDb, campaignIds: readonly string[]) {
  return db
    .select()
    .from(creatives)
    .where(inArray(creatives.campaignId, [...campaignIds]))
    .orderBy(asc(creatives.locale));
}

export function packageLinksOf(db: CampaignsDb, campaignIds: readonly string[]) {
  return db
    .select()
    .from(campaignPackages)
    .where(inArray(campaignPackages.campaignId, [...campaignIds]))
    .orderBy(asc(campaignPackages.position));
}

export function providerLinksOf(db: CampaignsDb, campaignIds: readonly string[]) {
  return db
    .select()
    .from(campaignProviders)
    .where(inArray(campaignProviders.campaignId, [...campaignIds]))
    .orderBy(asc(campaignProviders.position));
}

/**
 * Active campaigns promoting each of these packages that `visible` selects (campaignVisibility), tagged with the
 * package: the newest MAX_CAMPAIGNS_PER_PACKAGE of each (core/list-caps.ts; the gateway's cost model charges for that
 * many). One statement for the whole batch, so each package is ranked on its own, after the visibility rule.
 */
export function activeCampaignsOfPackages(
  db: CampaignsDb,
  packageIds: readonly string[],
  now: Date,
  visible: SQL | undefined,
) {
  const valid = packageIds.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  const ranked = db
    .select({
      packageId: campaignPackages.packageId,
      campaignId: campaignPackages.campaignId,
      rank: sql<number>`row_number() over (partition by ${campaignPackages.packageId} order by ${campaigns.startsAt} desc, ${campaigns.slug})`.as(
        'rank',
      ),
    })
    .from(campaignPackages)
    .innerJoin(campaigns, eq(campaigns.id, campaignPackages.campaignId))
    .where(and(inArray(campaignPackages.packageId, valid), statusCondition('ACTIVE', now), visible))
    .as('ranked');
  return db
    .select({ packageId: ranked.packageId, campaign: campaigns })
    .from(ranked)
    .innerJoin(campaigns, eq(campaigns.id, ranked.campaignId))
    .where(lte(ranked.rank, MAX_CAMPAIGNS_PER_PACKAGE))
    .orderBy(desc(campaigns.startsAt), asc(campaigns.slug));
}

/**
 * Impressions and clicks per campaign, Korean calendar day, visitor country and embed site, oldest first: the most
 * recent MAX_TRAFFIC_ROWS rows of each campaign (core/list-caps.ts), each carrying its campaign's totals over all its
 * events and how many rows there are in all, so the headline figures never depend on the cap.
 */
export function trafficOf(db: CampaignsDb, campaignIds: readonly string[]) {
  const day = sql<string>`to_char(${campaignEvents.occurredAt} at time zone 'Asia/Seoul', 'YYYY-MM-DD')`;
  const impressions = sql`count(*) filter (where ${campaignEvents.kind} = 'IMPRESSION')`;
  const clicks = sql`count(*) filter (where ${campaignEvents.kind} = 'CLICK')`;
  const perCampaign = sql`partition by ${campaignEvents.campaignId}`;
  // The reverse of the list's order (desc puts nulls first, as asc puts them last): rank 1 is the last row.
  const newestFirst = sql`${day} desc, ${campaignEvents.country} desc, ${campaignEvents.siteKey} desc`;
  const rows = db
    .select({
      campaignId: campaignEvents.campaignId,
      day: day.as('day'),
      country: campaignEvents.country,
      siteKey: campaignEvents.siteKey,
      impressions: sql<number>`${impressions}::int`.as('impressions'),
      clicks: sql<number>`${clicks}::int`.as('clicks'),
      totalImpressions: sql<number>`(sum(${impressions}) over (${perCampaign}))::int`.as('total_impressions'),
      totalClicks: sql<number>`(sum(${clicks}) over (${perCampaign}))::int`.as('total_clicks'),
      totalRows: sql<number>`(count(*) over (${perCampaign}))::int`.as('total_rows'),
      rank: sql<number>`row_number() over (${perCampaign} order by ${newestFirst})`.as('rank'),
    })
    .from(campaignEvents)
    .where(inArray(campaignEvents.campaignId, [...campaignIds]))
    .groupBy(campaignEvents.campaignId, day, campaignEvents.country, campaignEvents.siteKey)
    .as('traffic');
  return db
    .select({
      campaignId: rows.campaignId,
      day: rows.day,
      country: rows.country,
      siteKey: rows.siteKey,
      impressions: rows.impressions,
      clicks: rows.clicks,
      totalImpressions: rows.totalImpressions,
      totalClicks: rows.totalClicks,
      totalRows: rows.totalRows,
    })
    .from(rows)
    .where(lte(rows.rank, MAX_TRAFFIC_ROWS))
    .orderBy(asc(rows.day), asc(rows.country), asc(rows.siteKey));
}

export function embedSiteByKey(db: CampaignsDb, key: string) {
  return db
    .select()
    .from(embedSites)
    .where(eq(embedSites.key, key))
    .then((rows) => rows[0] ?? null);
}

export interface PromotionEventFilter {
  kind?: tables.PromotionEventRow['kind'] | null;
  targetCountry?: string | null;
  upcoming?: boolean | null;
}

/** Promotion events by start time; the cursor carries the start instant and the slug. */
export async function findPromotionEvents(db: CampaignsDb, filter: PromotionEventFilter, page: PageRequest, now: Date) {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(promotionEvents.kind, filter.kind));
  if (filter.targetCountry) conditions.push(sql`${filter.targetCountry} = any(${promotionEvents.targetCountries})`);
  if (filter.upcoming === true) conditions.push(gte(promotionEvents.endsAt, now));
  if (filter.upcoming === false) conditions.push(lt(promotionEvents.endsAt, now));
  const pageConditions = [...conditions];
  if (page.afterKey !== null) {
    const [startsAt = '', slug = ''] = page.afterKey.split('|');
    const after = cursorInstant(startsAt);
    pageConditions.push(
      or(
        gt(promotionEvents.startsAt, after),
        and(eq(promotionEvents.startsAt, after), gt(promotionEvents.slug, slug)),
      ) as SQL,
    );
  }
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(promotionEvents)
      .where(and(...pageConditions))
      .orderBy(asc(promotionEvents.startsAt), asc(promotionEvents.slug))
      .limit(page.first + 1),
    db
      .select({ value: count() })
      .from(promotionEvents)
      .where(and(...conditions)),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function promotionPackageLinksOf(db: CampaignsDb, eventIds: readonly string[]) {
  return db
    .select()
    .from(promotionEventPackages)
    .where(inArray(promotionEventPackages.promotionEventId, [...eventIds]));
}

export function promotionEventsByIds(db: CampaignsDb, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return db.select().from(promotionEvents).where(inArray(promotionEvents.id, valid));
}

/**
 * Promotion events of the organisations a permission reaches that overlap [from, to), earliest first: those running
 * at some instant of the window, and those of no length (a newsletter's send time) that fall in it.
 */
export function promotionEventsOverlapping(db: CampaignsDb, organisations: Reach<string>, from: Date, to: Date) {
  if ('none' in organisations) return Promise.resolve([]);
  return db
    .select()
    .from(promotionEvents)
    .where(
      and(
        'only' in organisations ? eq(promotionEvents.organisation, organisations.only) : undefined,
        lt(promotionEvents.startsAt, to),
        or(gt(promotionEvents.endsAt, from), gte(promotionEvents.startsAt, from)),
      ),
    )
    .orderBy(asc(promotionEvents.startsAt), asc(promotionEvents.slug))
    .limit(MAX_CALENDAR_EVENTS);
}

import { and, asc, count, desc, eq, gt, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { olderThan, type PageRequest } from '../../core/connection';
import type { Database } from '../../core/db';
import { MAX_INQUIRY_HISTORY, MAX_PACKAGES_PER_PROVIDER } from '../../core/list-caps';
import { isUuid } from '../../core/validation';
import * as tables from './schema';
import {
  exchangeRates,
  inquiries,
  inquiryEvents,
  itineraryDays,
  itinerarySteps,
  packagePrices,
  packages,
  replyOutbox,
} from './schema';

export type ItinerariesDb = Database<typeof tables>;

export interface PackageFilter {
  region?: tables.PackageRow['region'] | null;
  theme?: tables.PackageRow['theme'] | null;
  segment?: tables.PackageRow['segment'] | null;
  locale?: string | null;
  maxPrice?: number | null;
}

function packageConditions(filter: PackageFilter, visible: SQL | undefined): SQL[] {
  const conditions: SQL[] = visible ? [visible] : [];
  if (filter.region) conditions.push(eq(packages.region, filter.region));
  if (filter.theme) conditions.push(eq(packages.theme, filter.theme));
  if (filter.segment) conditions.push(eq(packages.segment, filter.segment));
  if (filter.locale) conditions.push(sql`${packages.title} ? ${filter.locale}`);
  if (filter.maxPrice !== null && filter.maxPrice !== undefined)
    conditions.push(lte(packages.totalPriceKrw, filter.maxPrice));
  return conditions;
}

/** One page of the packages matching the filter among those `visible` selects (packageVisibility), plus their total. */
export async function findPackages(
  db: ItinerariesDb,
  filter: PackageFilter,
  page: PageRequest,
  visible: SQL | undefined,
) {
  const conditions = packageConditions(filter, visible);
  const pageConditions = page.afterKey === null ? conditions : [...conditions, gt(packages.slug, page.afterKey)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(packages)
      .where(and(...pageConditions))
      .orderBy(asc(packages.slug))
      .limit(page.first + 1),
    db
      .select({ value: count() })
      .from(packages)
      .where(and(...conditions)),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function packagesByIds(db: ItinerariesDb, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return db.select().from(packages).where(inArray(packages.id, valid));
}

export function packageBySlug(db: ItinerariesDb, slug: string) {
  return db
    .select()
    .from(packages)
    .where(eq(packages.slug, slug))
    .then((rows) => rows[0] ?? null);
}

export function pricesOf(db: ItinerariesDb, packageIds: readonly string[]) {
  return db
    .select()
    .from(packagePrices)
    .where(inArray(packagePrices.packageId, [...packageIds]))
    .orderBy(asc(packagePrices.packageId), asc(packagePrices.position));
}

export function daysOf(db: ItinerariesDb, packageIds: readonly string[]) {
  return db
    .select()
    .from(itineraryDays)
    .where(inArray(itineraryDays.packageId, [...packageIds]))
    .orderBy(asc(itineraryDays.packageId), asc(itineraryDays.day));
}

export function stepsOf(db: ItinerariesDb, packageIds: readonly string[]) {
  return db
    .select()
    .from(itinerarySteps)
    .where(inArray(itinerarySteps.packageId, [...packageIds]))
    .orderBy(asc(itinerarySteps.packageId), asc(itinerarySteps.day), asc(itinerarySteps.position));
}

/**
 * Packages with a medical step at any of these providers that `visible` selects (packageVisibility), tagged with the
 * provider asked for: the first MAX_PACKAGES_PER_PROVIDER of each by slug (core/list-caps.ts; the gateway's cost
 * model charges for that many). One statement for the whole batch; each provider's packages are ranked after the
 * visibility rule, so a hidden package never takes a visible one's place.
 */
export async function packagesOfProviders(db: ItinerariesDb, providerIds: readonly string[], visible: SQL | undefined) {
  const valid = providerIds.filter(isUuid);
  if (valid.length === 0) return [];
  // A package with several steps at one provider has one rank: dense_rank over the unique slug, made distinct below.
  const ranked = db
    .select({
      providerId: itinerarySteps.providerId,
      packageId: itinerarySteps.packageId,
      rank: sql<number>`dense_rank() over (partition by ${itinerarySteps.providerId} order by ${packages.slug})`.as(
        'rank',
      ),
    })
    .from(itinerarySteps)
    .innerJoin(packages, eq(packages.id, itinerarySteps.packageId))
    .where(and(inArray(itinerarySteps.providerId, valid), visible))
    .as('ranked');
  return db
    .selectDistinct({ providerId: sql<string>`${ranked.providerId}`, package: packages })
    .from(ranked)
    .innerJoin(packages, eq(packages.id, ranked.packageId))
    .where(lte(ranked.rank, MAX_PACKAGES_PER_PROVIDER))
    .orderBy(asc(sql`${ranked.providerId}`), asc(packages.slug));
}

/** The latest stored rate of each currency asked for. */
export function latestRates(db: ItinerariesDb, currencies: readonly string[]) {
  return db
    .selectDistinctOn([exchangeRates.currency])
    .from(exchangeRates)
    .where(inArray(exchangeRates.currency, [...currencies]))
    .orderBy(asc(exchangeRates.currency), desc(exchangeRates.asOf));
}

export function allLatestRates(db: ItinerariesDb) {
  return db
    .selectDistinctOn([exchangeRates.currency])
    .from(exchangeRates)
    .orderBy(asc(exchangeRates.currency), desc(exchangeRates.asOf));
}

/** Inquiries about a package, newest first; the cursor carries the creation instant and the id. */
export async function inquiriesOfPackage(db: ItinerariesDb, packageId: string, page: PageRequest) {
  const ofPackage = eq(inquiries.packageId, packageId);
  const conditions = [ofPackage];
  conditions.push(...olderThan(page, inquiries.createdAt, inquiries.id));
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(inquiries)
      .where(and(...conditions))
      .orderBy(desc(inquiries.createdAt), desc(inquiries.id))
      .limit(page.first + 1),
    db.select({ value: count() }).from(inquiries).where(ofPackage),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export interface InquiryFilter {
  status?: tables.InquiryRow['status'] | null;
  packageId?: string | null;
}

/** The inquiries about a region's packages, newest first, narrowed by status and package; the cursor as above. */
export async function inquiriesOfRegion(
  db: ItinerariesDb,
  region: tables.PackageRow['region'],
  filter: InquiryFilter,
  page: PageRequest,
) {
  const conditions = [eq(packages.region, region)];
  if (filter.status) conditions.push(eq(inquiries.status, filter.status));
  if (filter.packageId) conditions.push(eq(inquiries.packageId, filter.packageId));
  const [rows, [total]] = await Promise.all([
    db
      .select({ inquiry: inquiries })
      .from(inquiries)
      .innerJoin(packages, eq(packages.id, inquiries.packageId))
      .where(and(...conditions, ...olderThan(page, inquiries.createdAt, inquiries.id)))
      .orderBy(desc(inquiries.createdAt), desc(inquiries.id))
      .limit(page.first + 1),
    db
      .select({ value: count() })
      .from(inquiries)
      .innerJoin(packages, eq(packages.id, inquiries.packageId))
      .where(and(...conditions)),
  ]);
  return { rows: rows.map((row) => row.inquiry), totalCount: total?.value ?? 0 };
}

export function inquiriesByIds(db: ItinerariesDb, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return db.select().from(inquiries).where(inArray(inquiries.id, valid));
}

/**
 * The histories of these inquiries, oldest first, each reply with where its e-mail is: the latest
 * MAX_INQUIRY_HISTORY of each, ranked in one statement for the whole batch.
 */
export async function eventsOf(db: ItinerariesDb, inquiryIds: readonly string[]) {
  const valid = inquiryIds.filter(isUuid);
  if (valid.length === 0) return [];
  const ranked = db
    .select({
      id: inquiryEvents.id,
      rank: sql<number>`row_number() over (partition by ${inquiryEvents.inquiryId} order by ${inquiryEvents.at} desc, ${inquiryEvents.id} desc)`.as(
        'rank',
      ),
    })
    .from(inquiryEvents)
    .where(inArray(inquiryEvents.inquiryId, valid))
    .as('ranked');
  const rows = await db
    .select({ event: inquiryEvents, delivery: replyOutbox.status })
    .from(ranked)
    .innerJoin(inquiryEvents, eq(inquiryEvents.id, ranked.id))
    .leftJoin(replyOutbox, eq(replyOutbox.eventId, inquiryEvents.id))
    .where(lte(ranked.rank, MAX_INQUIRY_HISTORY))
    .orderBy(asc(inquiryEvents.inquiryId), asc(inquiryEvents.at), asc(inquiryEvents.id));
  return rows.map((row) => ({ ...row.event, delivery: row.delivery }));
}

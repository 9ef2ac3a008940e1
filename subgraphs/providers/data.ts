import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  sql,
  type SQL,
} from 'drizzle-orm';
import { availabilitySlotLimit } from '../../core/availability';
import type { Database } from '../../core/db';
import { olderThan, type PageRequest } from '../../core/connection';
import { isUuid } from '../../core/validation';
import * as tables from './schema';
import { appointments, coordinators, designations, procedures, providers, slots } from './schema';

export type ProvidersDb = Database<typeof tables>;

export interface ProviderFilter {
  region?: tables.ProviderRow['region'] | null;
  specialty?: tables.ProcedureRow['specialty'] | null;
  language?: tables.CoordinatorRow['language'] | null;
  kind?: tables.ProviderRow['kind'] | null;
  eVisaDesignated?: boolean | null;
}

function activeEVisa(today: string): SQL {
  return sql`select 1 from ${designations} where ${designations.providerId} = ${providers.id}
    and ${designations.kind} = 'E_VISA' and ${designations.validFrom} <= ${today} and ${designations.validUntil} >= ${today}`;
}

function providerConditions(filter: ProviderFilter, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (filter.region) conditions.push(eq(providers.region, filter.region));
  if (filter.kind) conditions.push(eq(providers.kind, filter.kind));
  if (filter.specialty) conditions.push(sql`${filter.specialty} = any(${providers.specialties})`);
  if (filter.language) {
    conditions.push(
      sql`exists (select 1 from ${coordinators} where ${coordinators.providerId} = ${providers.id} and ${coordinators.language} = ${filter.language})`,
    );
  }
  if (filter.eVisaDesignated === true) conditions.push(sql`exists (${activeEVisa(today)})`);
  if (filter.eVisaDesignated === false) conditions.push(sql`not exists (${activeEVisa(today)})`);
  return conditions;
}

/** One page of providers (ordered by slug) plus the total matching the filter. */
export async function findProviders(db: ProvidersDb, filter: ProviderFilter, page: PageRequest, today: string) {
  const conditions = providerConditions(filter, today);
  const pageConditions = page.afterKey === null ? conditions : [...conditions, gt(providers.slug, page.afterKey)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(providers)
      .where(and(...pageConditions))
      .orderBy(asc(providers.slug))
      .limit(page.first + 1),
    db
      .select({ value: count() })
      .from(providers)
      .where(and(...conditions)),
  ]);
  return { rows, totalCount: total?.value ?? 0 };
}

export function providersByIds(db: ProvidersDb, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return db.select().from(providers).where(inArray(providers.id, valid));
}

export function providersBySlugs(db: ProvidersDb, slugs: readonly string[]) {
  return db
    .select()
    .from(providers)
    .where(inArray(providers.slug, [...slugs]));
}

export function designationsOf(db: ProvidersDb, providerIds: readonly string[]) {
  return db
    .select()
    .from(designations)
    .where(inArray(designations.providerId, [...providerIds]))
    .orderBy(asc(designations.kind), asc(designations.validFrom));
}

export function coordinatorsOf(db: ProvidersDb, providerIds: readonly string[]) {
  return db
    .select()
    .from(coordinators)
    .where(inArray(coordinators.providerId, [...providerIds]))
    .orderBy(asc(coordinators.language));
}

export function proceduresOf(db: ProvidersDb, providerIds: readonly string[]) {
  return db
    .select()
    .from(procedures)
    .where(inArray(procedures.providerId, [...providerIds]))
    .orderBy(asc(procedures.slug));
}

export function proceduresByIds(db: ProvidersDb, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return db.select().from(procedures).where(inArray(procedures.id, valid));
}

export function slotsByIds(db: ProvidersDb, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return db.select().from(slots).where(inArray(slots.id, valid));
}

export interface AvailabilityQuery {
  from: string;
  to: string;
  procedureId: string | null;
  mode: tables.SlotRow['mode'] | null;
}

/**
 * Slots with places left that start inside [from, to) and not before now, for several providers at once: the
 * earliest `availabilitySlotLimit(from, to)` of each provider (core/availability.ts; the gateway's cost model
 * charges for that many).
 */
export function openSlotsOf(db: ProvidersDb, providerIds: readonly string[], query: AvailabilityQuery, now: Date) {
  const requested = { from: new Date(query.from), to: new Date(query.to) };
  const from = new Date(Math.max(requested.from.getTime(), now.getTime()));
  const conditions = [
    inArray(slots.providerId, [...providerIds]),
    gte(slots.startsAt, from),
    lt(slots.startsAt, requested.to),
    gt(slots.remaining, 0),
    isNull(slots.closedAt),
  ];
  if (query.procedureId) conditions.push(eq(slots.procedureId, query.procedureId));
  if (query.mode) conditions.push(eq(slots.mode, query.mode));
  // One statement for the whole batch, so the cap is per provider: rank each provider's slots, keep the first ones.
  const ranked = db
    .select({
      id: slots.id,
      rank: sql<number>`row_number() over (partition by ${slots.providerId} order by ${slots.startsAt}, ${slots.id})`.as(
        'rank',
      ),
    })
    .from(slots)
    .where(and(...conditions))
    .as('ranked');
  return db
    .select(getTableColumns(slots))
    .from(slots)
    .innerJoin(ranked, eq(ranked.id, slots.id))
    .where(lte(ranked.rank, availabilitySlotLimit(requested.from, requested.to)))
    .orderBy(asc(slots.startsAt), asc(slots.id));
}

/** A provider's appointments (with one status, if given), newest first; the cursor carries the creation instant and the id. */
export async function appointmentsOfProvider(
  db: ProvidersDb,
  providerId: string,
  page: PageRequest,
  status: tables.AppointmentRow['status'] | null,
) {
  const ofProvider = and(eq(slots.providerId, providerId), status ? eq(appointments.status, status) : undefined);
  const conditions = [ofProvider];
  conditions.push(...olderThan(page, appointments.createdAt, appointments.id));
  const [rows, [total]] = await Promise.all([
    db
      .select({ appointment: appointments })
      .from(appointments)
      .innerJoin(slots, eq(slots.id, appointments.slotId))
      .where(and(...conditions))
      .orderBy(desc(appointments.createdAt), desc(appointments.id))
      .limit(page.first + 1),
    db
      .select({ value: count() })
      .from(appointments)
      .innerJoin(slots, eq(slots.id, appointments.slotId))
      .where(ofProvider),
  ]);
  return { rows: rows.map((row) => row.appointment), totalCount: total?.value ?? 0 };
}

export interface SlotRange {
  from: string;
  to: string;
}

/**
 * Every slot (open, full or closed) starting inside [from, to), for the providers' staff, several providers at once:
 * the earliest `availabilitySlotLimit(from, to)` of each, as availability caps its own answer.
 */
export function slotsOfProviders(db: ProvidersDb, providerIds: readonly string[], range: SlotRange) {
  const from = new Date(range.from);
  const to = new Date(range.to);
  const ranked = db
    .select({
      id: slots.id,
      rank: sql<number>`row_number() over (partition by ${slots.providerId} order by ${slots.startsAt}, ${slots.id})`.as(
        'rank',
      ),
    })
    .from(slots)
    .where(and(inArray(slots.providerId, [...providerIds]), gte(slots.startsAt, from), lt(slots.startsAt, to)))
    .as('ranked');
  return db
    .select(getTableColumns(slots))
    .from(slots)
    .innerJoin(ranked, eq(ranked.id, slots.id))
    .where(lte(ranked.rank, availabilitySlotLimit(from, to)))
    .orderBy(asc(slots.startsAt), asc(slots.id));
}

/** The appointments holding places on these slots (requested or confirmed), oldest first. */
export function bookingsOfSlots(db: ProvidersDb, slotIds: readonly string[]) {
  const valid = slotIds.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(appointments)
    .where(and(inArray(appointments.slotId, valid), inArray(appointments.status, ['HELD', 'CONFIRMED'])))
    .orderBy(asc(appointments.createdAt), asc(appointments.id));
}

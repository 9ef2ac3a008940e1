import { asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type AuditValues } from '../../core/audit';
import { isUniqueViolation } from '../../core/db';
import { invalidInput, present, staleVersion, type FieldProblem } from '../../core/errors';
import type { Peers } from '../../core/peers';
import { countryCodeSchema, idSchema, localizedTextInput, slugSchema } from '../../core/validation';
import type { CampaignsDb } from './data';
import { distinctIds, type StaffChange } from './changes';
import {
  auditTrail,
  campaigns,
  promotionEventPackages,
  promotionEventProviders,
  promotionEvents,
  promotionKindEnum,
  type PromotionEventRow,
} from './schema';

const MAX_LEADS = 1_000_000;

export const promotionEventInputSchema = z
  .object({
    slug: slugSchema,
    kind: z.enum(promotionKindEnum.enumValues),
    title: localizedTextInput(200),
    description: localizedTextInput(2000).nullish(),
    startsAt: z.date(),
    endsAt: z.date(),
    city: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
    country: countryCodeSchema,
    targetCountries: z
      .array(countryCodeSchema)
      .min(1, 'give at least one country')
      .max(50, 'at most 50 countries')
      .transform((codes) => [...new Set(codes)]),
    partners: z
      .array(z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'))
      .max(50, 'at most 50 partners'),
    campaignId: idSchema.nullish(),
    packageIds: z.array(idSchema).max(20, 'at most 20 packages'),
    providerIds: z.array(idSchema).max(50, 'at most 50 providers'),
    itineraryPackageId: idSchema.nullish(),
    organisation: z.string().trim().min(1).max(100).nullish(),
  })
  .refine((input) => input.endsAt >= input.startsAt, { message: 'must not be before startsAt', path: ['endsAt'] })
  .refine((input) => !input.itineraryPackageId || input.kind === 'FAM_TOUR', {
    message: 'only FAM tours follow an itinerary',
    path: ['itineraryPackageId'],
  });
export type PromotionEventInput = z.infer<typeof promotionEventInputSchema>;

export const leadsSchema = z.object({
  leads: z.number().int().min(0, 'must not be negative').max(MAX_LEADS, `must be at most ${MAX_LEADS}`),
});

export type PromotionEventAnswer =
  | ({ __typename: 'PromotionEvent' } & PromotionEventRow)
  | ReturnType<typeof invalidInput>
  | ReturnType<typeof staleVersion>;

/** The packages and partner hospitals an event presents: part of its plan. */
interface Links {
  packageIds: string[];
  providerIds: string[];
}

/** The event as the audit trail keeps it: its plan and its leads (partners are organisations, not people). */
function eventSnapshot(event: PromotionEventRow, links: Links): AuditValues {
  return {
    slug: event.slug,
    kind: event.kind,
    title: event.title,
    description: event.description,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    city: event.city,
    country: event.country,
    targetCountries: event.targetCountries,
    partners: event.partners,
    campaignId: event.campaignId,
    itineraryPackageId: event.itineraryPackageId,
    ...links,
    leads: event.leads,
  };
}

async function linksOf(tx: CampaignsDb, eventId: string): Promise<Links> {
  const [packages, providers] = await Promise.all([
    tx
      .select({ id: promotionEventPackages.packageId })
      .from(promotionEventPackages)
      .where(eq(promotionEventPackages.promotionEventId, eventId))
      .orderBy(promotionEventPackages.packageId),
    tx
      .select({ id: promotionEventProviders.providerId })
      .from(promotionEventProviders)
      .where(eq(promotionEventProviders.promotionEventId, eventId))
      .orderBy(promotionEventProviders.position),
  ]);
  return { packageIds: packages.map((link) => link.id), providerIds: providers.map((link) => link.id) };
}

/**
 * Runs one staff change to an event in a transaction on its row, locked so concurrent changes queue behind it. A change
 * based on an older version than the stored one is refused (StaleVersion) and stores nothing.
 */
function withLockedEvent(
  db: CampaignsDb,
  id: string,
  expectedVersion: number | null,
  change: (tx: CampaignsDb, event: PromotionEventRow) => Promise<PromotionEventAnswer>,
): Promise<PromotionEventAnswer> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(promotionEvents).where(eq(promotionEvents.id, id)).for('update');
    const event = present(row, `promotion event ${id}`);
    if (expectedVersion !== null && event.version !== expectedVersion) return staleVersion(event.id, event.version);
    return change(tx, event);
  });
}

async function updateEventRow(
  tx: CampaignsDb,
  id: string,
  values: Partial<typeof promotionEvents.$inferInsert>,
): Promise<PromotionEventRow> {
  const [updated] = await tx
    .update(promotionEvents)
    .set({ ...values, version: sql`${promotionEvents.version} + 1` })
    .where(eq(promotionEvents.id, id))
    .returning();
  return present(updated, `promotion event ${id}`);
}

async function replaceLinks(tx: CampaignsDb, promotionEventId: string, { packageIds, providerIds }: Links) {
  await tx.delete(promotionEventPackages).where(eq(promotionEventPackages.promotionEventId, promotionEventId));
  await tx.delete(promotionEventProviders).where(eq(promotionEventProviders.promotionEventId, promotionEventId));
  if (packageIds.length > 0) {
    await tx.insert(promotionEventPackages).values(packageIds.map((packageId) => ({ promotionEventId, packageId })));
  }
  if (providerIds.length > 0) {
    await tx
      .insert(promotionEventProviders)
      .values(providerIds.map((providerId, position) => ({ promotionEventId, providerId, position })));
  }
}

/**
 * The packages must be published and the providers known (asked of the services that own them); a FAM tour's
 * itinerary must be a published FAM_TOUR package; a linked campaign must be the organisation's own.
 */
async function checkReferences(
  db: CampaignsDb,
  peers: Peers,
  input: PromotionEventInput,
  organisation: string,
): Promise<FieldProblem[]> {
  const packageIds = [...input.packageIds, ...(input.itineraryPackageId ? [input.itineraryPackageId] : [])];
  const [packages, providers, [campaign]] = await Promise.all([
    peers.entities('itineraries', 'Package', packageIds, 'id status theme'),
    peers.entities('providers', 'Provider', input.providerIds),
    input.campaignId ? db.select().from(campaigns).where(eq(campaigns.id, input.campaignId)) : Promise.resolve([]),
  ]);
  const problems: FieldProblem[] = [];
  input.packageIds.forEach((id, index) => {
    if (packages.get(id)?.status !== 'PUBLISHED') {
      problems.push({ field: `packageIds.${index}`, message: 'is not a published package' });
    }
  });
  input.providerIds.forEach((id, index) => {
    if (!providers.has(id)) problems.push({ field: `providerIds.${index}`, message: 'is not a known provider' });
  });
  if (input.itineraryPackageId) {
    const itinerary = packages.get(input.itineraryPackageId);
    if (itinerary?.status !== 'PUBLISHED' || itinerary.theme !== 'FAM_TOUR') {
      problems.push({ field: 'itineraryPackageId', message: 'is not a published FAM_TOUR package' });
    }
  }
  if (input.campaignId && campaign?.organisation !== organisation) {
    problems.push({ field: 'campaignId', message: "is not one of your organisation's campaigns" });
  }
  return problems;
}

/**
 * Creates (no `existing`) or replaces a promotion event with its packages and providers, in one transaction with its
 * audit entry. A save based on an older version is refused before the other services are asked about its references.
 */
export async function savePromotionEvent(
  db: CampaignsDb,
  peers: Peers,
  input: PromotionEventInput,
  organisation: string,
  existing: PromotionEventRow | null,
  { staff, expectedVersion }: StaffChange,
): Promise<PromotionEventAnswer> {
  if (existing && expectedVersion !== null && existing.version !== expectedVersion) {
    return staleVersion(existing.id, existing.version);
  }
  const problems = await checkReferences(db, peers, input, organisation);
  if (problems.length > 0) return invalidInput(problems);
  const values = {
    slug: input.slug,
    kind: input.kind,
    organisation,
    title: input.title,
    description: input.description ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    city: input.city,
    country: input.country,
    targetCountries: input.targetCountries,
    partners: input.partners,
    campaignId: input.campaignId ?? null,
    itineraryPackageId: input.itineraryPackageId ?? null,
  };
  // Packages are read back in id order (they have no position), so the snapshot lists them that way too.
  const links = { packageIds: distinctIds(input.packageIds).sort(), providerIds: distinctIds(input.providerIds) };
  const entry = { entityType: 'PromotionEvent', owner: { organisation } };
  try {
    if (!existing) {
      return await db.transaction(async (tx) => {
        const [created] = await tx.insert(promotionEvents).values(values).returning();
        const saved = present(created, 'the new promotion event');
        await replaceLinks(tx, saved.id, links);
        await recordAudit(tx, auditTrail, staff, {
          ...entry,
          action: 'promotion-event.create',
          entityId: saved.id,
          before: null,
          after: eventSnapshot(saved, links),
        });
        return { __typename: 'PromotionEvent' as const, ...saved };
      });
    }
    return await withLockedEvent(db, existing.id, expectedVersion, async (tx, event) => {
      const before = eventSnapshot(event, await linksOf(tx, event.id));
      const saved = await updateEventRow(tx, event.id, values);
      await replaceLinks(tx, saved.id, links);
      await recordAudit(tx, auditTrail, staff, {
        ...entry,
        action: 'promotion-event.update',
        entityId: saved.id,
        before,
        after: eventSnapshot(saved, links),
      });
      return { __typename: 'PromotionEvent' as const, ...saved };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return invalidInput([{ field: 'slug', message: 'is already used by another event' }]);
    throw error;
  }
}

/** Leads are an outcome: they can be recorded once the event has begun, and corrected later. */
export async function recordLeads(
  db: CampaignsDb,
  event: PromotionEventRow,
  leads: number,
  { staff, expectedVersion, now }: StaffChange,
): Promise<PromotionEventAnswer> {
  return withLockedEvent(db, event.id, expectedVersion, async (tx, locked) => {
    if (locked.startsAt > now) {
      return invalidInput([{ field: 'leads', message: 'can be recorded once the event has begun' }]);
    }
    const links = await linksOf(tx, locked.id);
    const updated = await updateEventRow(tx, locked.id, { leads });
    await recordAudit(tx, auditTrail, staff, {
      action: 'promotion-event.leads',
      entityType: 'PromotionEvent',
      entityId: locked.id,
      owner: { organisation: locked.organisation },
      before: eventSnapshot(locked, links),
      after: eventSnapshot(updated, links),
    });
    return { __typename: 'PromotionEvent' as const, ...updated };
  });
}

export function promotionProviderLinksOf(db: CampaignsDb, eventIds: readonly string[]) {
  return db
    .select()
    .from(promotionEventProviders)
    .where(inArray(promotionEventProviders.promotionEventId, [...eventIds]))
    .orderBy(asc(promotionEventProviders.position));
}

import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation } from '../../core/db';
import { invalidInput, type FieldProblem } from '../../core/errors';
import type { Peers } from '../../core/peers';
import { countryCodeSchema, idSchema, localizedTextInput, slugSchema } from '../../core/validation';
import type { CampaignsDb } from './data';
import {
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
  ({ __typename: 'PromotionEvent' } & PromotionEventRow) | ReturnType<typeof invalidInput>;

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

/** Creates (no `existing`) or replaces a promotion event with its packages and providers, in one transaction. */
export async function savePromotionEvent(
  db: CampaignsDb,
  peers: Peers,
  input: PromotionEventInput,
  organisation: string,
  existing: PromotionEventRow | null,
): Promise<PromotionEventAnswer> {
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
  try {
    return await db.transaction(async (tx) => {
      const [saved] = existing
        ? await tx.update(promotionEvents).set(values).where(eq(promotionEvents.id, existing.id)).returning()
        : await tx.insert(promotionEvents).values(values).returning();
      if (!saved) throw new Error('the promotion event row was not written');
      await tx.delete(promotionEventPackages).where(eq(promotionEventPackages.promotionEventId, saved.id));
      await tx.delete(promotionEventProviders).where(eq(promotionEventProviders.promotionEventId, saved.id));
      const packageIds = [...new Set(input.packageIds)];
      if (packageIds.length > 0) {
        await tx
          .insert(promotionEventPackages)
          .values(packageIds.map((packageId) => ({ promotionEventId: saved.id, packageId })));
      }
      const providerIds = [...new Set(input.providerIds)];
      if (providerIds.length > 0) {
        await tx
          .insert(promotionEventProviders)
          .values(providerIds.map((providerId, position) => ({ promotionEventId: saved.id, providerId, position })));
      }
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
  now: Date,
): Promise<PromotionEventAnswer> {
  if (event.startsAt > now)
    return invalidInput([{ field: 'leads', message: 'can be recorded once the event has begun' }]);
  const [updated] = await db.update(promotionEvents).set({ leads }).where(eq(promotionEvents.id, event.id)).returning();
  if (!updated) throw new Error(`promotion event ${event.id} vanished while its leads were recorded`);
  return { __typename: 'PromotionEvent', ...updated };
}

export function promotionProviderLinksOf(db: CampaignsDb, eventIds: readonly string[]) {
  return db
    .select()
    .from(promotionEventProviders)
    .where(inArray(promotionEventProviders.promotionEventId, [...eventIds]))
    .orderBy(asc(promotionEventProviders.position));
}

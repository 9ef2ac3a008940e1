import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type AuditValues } from '../../core/audit';
import type { Staff } from '../../core/auth';
import { isUniqueViolation } from '../../core/db';
import { answerOrRefusal, invalidInput, Refusal, staleVersion, type FieldProblem } from '../../core/errors';
import type { Peers } from '../../core/peers';
import { MAX_ITINERARY_DAYS, MAX_PRICE_LINES, MAX_STEPS_PER_DAY } from '../../core/itinerary';
import { idSchema, localizedTextInput, slugSchema } from '../../core/validation';
import type { ItinerariesDb } from './data';
import {
  auditTrail,
  itineraryDays,
  itinerarySteps,
  lodgingEnum,
  packagePrices,
  packages,
  priceKindEnum,
  regionEnum,
  segmentEnum,
  themeEnum,
  tourCategoryEnum,
  transportEnum,
  visaTypeEnum,
  wellnessActivityEnum,
  wellnessClusterEnum,
  type ItineraryDayRow,
  type ItineraryStepRow,
  type PackagePriceRow,
  type PackageRow,
} from './schema';

const MAX_AMOUNT_KRW = 1_000_000_000;
/** The column is a 32-bit integer: the sum of the lines must fit too. */
const MAX_TOTAL_KRW = 2_000_000_000;
/** Different providers, and different procedures, one package's steps may name. */
const MAX_PACKAGE_PARTNERS = 20;

const place = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');

const stepSchema = z
  .object({
    kind: z.enum(['MEDICAL', 'WELLNESS', 'TOUR', 'TRANSFER', 'STAY']),
    title: localizedTextInput(200),
    description: localizedTextInput(2000).nullish(),
    providerId: idSchema.nullish(),
    procedureId: idSchema.nullish(),
    activity: z.enum(wellnessActivityEnum.enumValues).nullish(),
    category: z.enum(tourCategoryEnum.enumValues).nullish(),
    from: place.nullish(),
    to: place.nullish(),
    transport: z.enum(transportEnum.enumValues).nullish(),
    durationMinutes: z.number().int().min(1, 'must be 1 to 1440').max(1440, 'must be 1 to 1440').nullish(),
    nights: z.number().int().min(1, 'must be 1 to 365').max(365, 'must be 1 to 365').nullish(),
    lodging: z.enum(lodgingEnum.enumValues).nullish(),
  })
  .superRefine((step, context) => {
    const required: Record<typeof step.kind, (keyof typeof step)[]> = {
      MEDICAL: ['providerId'],
      WELLNESS: ['activity'],
      TOUR: ['category'],
      TRANSFER: ['from', 'to', 'transport'],
      STAY: ['nights', 'lodging'],
    };
    for (const field of required[step.kind]) {
      if (step[field] == null)
        context.addIssue({ code: 'custom', path: [field], message: `a ${step.kind} step needs it` });
    }
    if (step.procedureId && step.kind !== 'MEDICAL') {
      context.addIssue({ code: 'custom', path: ['procedureId'], message: 'only MEDICAL steps have a procedure' });
    }
  });

export const packageInputSchema = z
  .object({
    slug: slugSchema,
    title: localizedTextInput(200),
    summary: localizedTextInput(2000),
    theme: z.enum(themeEnum.enumValues),
    segment: z.enum(segmentEnum.enumValues),
    region: z.enum(regionEnum.enumValues),
    wellnessCluster: z.enum(wellnessClusterEnum.enumValues).nullish(),
    durationDays: z.number().int().min(1, 'must be 1 to 365').max(365, 'must be 1 to 365'),
    maxGuardians: z.number().int().min(0, 'must be 0 to 10').max(10, 'must be 0 to 10'),
    visa: z.object({
      recommended: z.enum(visaTypeEnum.enumValues),
      transferVisaFree: z.boolean().nullish(),
      notes: localizedTextInput(2000).nullish(),
    }),
    prices: z
      .array(
        z.object({
          kind: z.enum(priceKindEnum.enumValues),
          label: localizedTextInput(200),
          amountKrw: z
            .number()
            .int()
            .min(0, 'must not be negative')
            .max(MAX_AMOUNT_KRW, `must be at most ${MAX_AMOUNT_KRW}`),
        }),
      )
      .min(1, 'give at least one price line')
      .max(MAX_PRICE_LINES, `at most ${MAX_PRICE_LINES} price lines`)
      .refine(
        (lines) => lines.reduce((total, line) => total + line.amountKrw, 0) <= MAX_TOTAL_KRW,
        `must add up to at most ${MAX_TOTAL_KRW} KRW`,
      ),
    days: z
      .array(
        z.object({
          title: localizedTextInput(200),
          steps: z
            .array(stepSchema)
            .min(1, 'give at least one step')
            .max(MAX_STEPS_PER_DAY, `at most ${MAX_STEPS_PER_DAY} steps a day`),
        }),
      )
      .min(1, 'give at least one day')
      .max(
        MAX_ITINERARY_DAYS,
        `at most ${MAX_ITINERARY_DAYS} days are described day by day; describe a longer stay with a stay step`,
      ),
  })
  .superRefine((input, context) => {
    if (input.days.length > input.durationDays) {
      context.addIssue({
        code: 'custom',
        path: ['days'],
        message: `must be at most durationDays (${input.durationDays})`,
      });
    }
    // gateway/limits.ts charges Package.providers and Package.procedures for this many (LIST_BOUNDS).
    const steps = input.days.flatMap((day) => day.steps);
    const kinds = {
      providers: steps.map((step) => step.providerId),
      procedures: steps.map((step) => step.procedureId),
    };
    for (const [what, ids] of Object.entries(kinds)) {
      if (new Set(ids.filter(Boolean)).size > MAX_PACKAGE_PARTNERS) {
        context.addIssue({
          code: 'custom',
          path: ['days'],
          message: `name at most ${MAX_PACKAGE_PARTNERS} different ${what}`,
        });
      }
    }
    if (input.visa.transferVisaFree && input.durationDays > 5) {
      context.addIssue({
        code: 'custom',
        path: ['visa', 'transferVisaFree'],
        message: 'the transit visa-free route allows at most 5 days',
      });
    }
  });
export type PackageInput = z.infer<typeof packageInputSchema>;

/**
 * Checks the medical steps' providers and procedures with the providers service (a procedure must be one of
 * its step's provider) and learns whether any of them may apply for a patient's e-visa.
 */
async function checkProviders(
  input: PackageInput,
  peers: Peers,
): Promise<{ problems: FieldProblem[]; eVisaEligible: boolean }> {
  const steps = input.days.flatMap((day, dayIndex) =>
    day.steps.map((step, stepIndex) => ({ step, path: `days.${dayIndex}.steps.${stepIndex}` })),
  );
  const providerIds = steps.flatMap(({ step }) => (step.providerId ? [step.providerId] : []));
  const procedureIds = steps.flatMap(({ step }) => (step.procedureId ? [step.procedureId] : []));
  const [providers, procedures] = await Promise.all([
    peers.entities('providers', 'Provider', providerIds, 'id eVisaDesignated'),
    peers.entities('providers', 'Procedure', procedureIds, 'id provider { id }'),
  ]);
  const problems: FieldProblem[] = [];
  for (const { step, path } of steps) {
    if (step.providerId && !providers.has(step.providerId)) {
      problems.push({ field: `${path}.providerId`, message: 'is not a known provider' });
    }
    if (step.procedureId) {
      const procedure = z
        .object({ provider: z.object({ id: z.string() }) })
        .safeParse(procedures.get(step.procedureId));
      if (!procedure.success || procedure.data.provider.id !== step.providerId) {
        problems.push({ field: `${path}.procedureId`, message: "is not a procedure of the step's provider" });
      }
    }
  }
  const eVisaEligible = [...providers.values()].some((provider) => provider.eVisaDesignated === true);
  return { problems, eVisaEligible };
}

/** Who saves, and the version their form was based on (none: overwrite, as API clients before versions did). */
export interface StaffSave {
  staff: Staff;
  expectedVersion?: number | null;
}

export type PackageAnswer = { __typename: 'Package' } & PackageRow;
export type SaveAnswer = PackageAnswer | ReturnType<typeof invalidInput> | ReturnType<typeof staleVersion>;

/** A list as an object keyed by position, so the audit trail shows a changed step as days.1.steps.0.title.EN. */
function byPosition<T>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item, index) => [String(index), item]));
}

/** What staff edit of a package, as the audit trail keeps it before and after a save (no personal data in it). */
function packageContent(
  pkg: PackageRow,
  prices: readonly PackagePriceRow[],
  days: readonly ItineraryDayRow[],
  steps: readonly ItineraryStepRow[],
): AuditValues {
  return {
    slug: pkg.slug,
    title: pkg.title,
    summary: pkg.summary,
    theme: pkg.theme,
    segment: pkg.segment,
    region: pkg.region,
    wellnessCluster: pkg.wellnessCluster,
    durationDays: pkg.durationDays,
    maxGuardians: pkg.maxGuardians,
    visa: {
      recommended: pkg.visaRecommended,
      eVisaEligible: pkg.eVisaEligible,
      transferVisaFree: pkg.transferVisaFree,
      notes: pkg.visaNotes,
    },
    prices: byPosition(prices.map((line) => ({ kind: line.kind, label: line.label, amountKrw: line.amountKrw }))),
    days: byPosition(
      days.map((day) => ({
        title: day.title,
        steps: byPosition(
          steps
            .filter((step) => step.day === day.day)
            .map((step) => ({
              kind: step.kind,
              title: step.title,
              description: step.description,
              providerId: step.providerId,
              procedureId: step.procedureId,
              activity: step.activity,
              category: step.category,
              from: step.fromPlace,
              to: step.toPlace,
              transport: step.transport,
              durationMinutes: step.durationMinutes,
              nights: step.nights,
              lodging: step.lodging,
            })),
        ),
      })),
    ),
  };
}

/** The package's content as stored now, read inside the transaction that changes it. */
async function storedContent(tx: ItinerariesDb, pkg: PackageRow): Promise<AuditValues> {
  const [prices, days, steps] = await Promise.all([
    tx.select().from(packagePrices).where(eq(packagePrices.packageId, pkg.id)).orderBy(asc(packagePrices.position)),
    tx.select().from(itineraryDays).where(eq(itineraryDays.packageId, pkg.id)).orderBy(asc(itineraryDays.day)),
    tx
      .select()
      .from(itinerarySteps)
      .where(eq(itinerarySteps.packageId, pkg.id))
      .orderBy(asc(itinerarySteps.day), asc(itinerarySteps.position)),
  ]);
  return packageContent(pkg, prices, days, steps);
}

/**
 * The package locked for the change, as stored: refused with StaleVersion when the save was based on an older
 * version than the stored one.
 */
async function lockForChange(tx: ItinerariesDb, id: string, expectedVersion: number | null | undefined) {
  const [current] = await tx.select().from(packages).where(eq(packages.id, id)).for('update');
  if (!current) throw new Error(`package ${id} vanished while it was saved`);
  if (expectedVersion != null && current.version !== expectedVersion) {
    throw new Refusal<SaveAnswer>(staleVersion(id, current.version));
  }
  return current;
}

/**
 * Writes the new version of a package: only while it is still the version the save was based on (when one was
 * named), so a save racing another one past the lock cannot overwrite it either.
 */
async function writeVersion(
  tx: ItinerariesDb,
  current: PackageRow,
  values: Partial<PackageRow>,
  expectedVersion: number | null | undefined,
): Promise<PackageRow> {
  const [saved] = await tx
    .update(packages)
    .set({ ...values, version: sql`${packages.version} + 1` })
    .where(
      and(eq(packages.id, current.id), expectedVersion != null ? eq(packages.version, expectedVersion) : undefined),
    )
    .returning();
  if (!saved) throw new Refusal<SaveAnswer>(staleVersion(current.id, current.version));
  return saved;
}

/**
 * Creates (no `existing`) or replaces a package with its prices, days and steps in one transaction, after the
 * providers service has confirmed every provider and procedure: nothing is stored when anything is refused. A
 * replacement based on an older version than the stored one is refused (StaleVersion). The audit trail gets the
 * content before and after, in the same transaction.
 */
export async function savePackage(
  db: ItinerariesDb,
  peers: Peers,
  input: PackageInput,
  existing: PackageRow | null,
  save: StaffSave,
): Promise<SaveAnswer> {
  if (existing && save.expectedVersion != null && existing.version !== save.expectedVersion) {
    // Refused before asking the providers service: the form must be reloaded whatever it holds.
    return staleVersion(existing.id, existing.version);
  }
  const { problems, eVisaEligible } = await checkProviders(input, peers);
  if (problems.length > 0) return invalidInput(problems);
  const values = {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    theme: input.theme,
    segment: input.segment,
    region: input.region,
    wellnessCluster: input.wellnessCluster ?? null,
    durationDays: input.durationDays,
    maxGuardians: input.maxGuardians,
    totalPriceKrw: input.prices.reduce((total, line) => total + line.amountKrw, 0),
    visaRecommended: input.visa.recommended,
    eVisaEligible,
    transferVisaFree: input.visa.transferVisaFree ?? false,
    visaNotes: input.visa.notes ?? null,
  };
  try {
    return await answerOrRefusal(() =>
      db.transaction(async (tx): Promise<SaveAnswer> => {
        let before: AuditValues | null = null;
        let saved: PackageRow | undefined;
        if (existing) {
          const current = await lockForChange(tx, existing.id, save.expectedVersion);
          before = await storedContent(tx, current);
          saved = await writeVersion(tx, current, values, save.expectedVersion);
        } else {
          [saved] = await tx
            .insert(packages)
            .values({ ...values, status: 'DRAFT' })
            .returning();
        }
        if (!saved) throw new Error('the package row was not written');
        // Days cascade to their steps.
        await tx.delete(packagePrices).where(eq(packagePrices.packageId, saved.id));
        await tx.delete(itineraryDays).where(eq(itineraryDays.packageId, saved.id));
        const prices = await tx
          .insert(packagePrices)
          .values(input.prices.map((line, position) => ({ packageId: saved.id, position, ...line })))
          .returning();
        const days = await tx
          .insert(itineraryDays)
          .values(input.days.map((day, index) => ({ packageId: saved.id, day: index + 1, title: day.title })))
          .returning();
        const steps = await tx
          .insert(itinerarySteps)
          .values(
            input.days.flatMap((day, index) =>
              day.steps.map((step, position) => ({
                packageId: saved.id,
                day: index + 1,
                position,
                kind: step.kind,
                title: step.title,
                description: step.description ?? null,
                providerId: step.providerId ?? null,
                procedureId: step.procedureId ?? null,
                activity: step.activity ?? null,
                category: step.category ?? null,
                fromPlace: step.from ?? null,
                toPlace: step.to ?? null,
                transport: step.transport ?? null,
                durationMinutes: step.durationMinutes ?? null,
                nights: step.nights ?? null,
                lodging: step.lodging ?? null,
              })),
            ),
          )
          .returning();
        await recordAudit(tx, auditTrail, save.staff, {
          action: existing ? 'package.update' : 'package.create',
          entityType: 'Package',
          entityId: saved.id,
          // The region it was in and the one it moves to both see the change: it is recorded under the new one.
          owner: { region: saved.region },
          before,
          after: packageContent(saved, prices, days, steps),
        });
        return { __typename: 'Package' as const, ...saved };
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error))
      return invalidInput([{ field: 'slug', message: 'is already used by another package' }]);
    throw error;
  }
}

/** The audit action of each status a package is moved to. */
const STATUS_ACTIONS: Record<PackageRow['status'], string> = {
  PUBLISHED: 'package.publish',
  DRAFT: 'package.unpublish',
  CLOSED: 'package.close',
};

/**
 * Publishing stamps the publication time; other changes keep it. Asking for the status it already has changes
 * nothing (no new version, no audit entry); a change based on an older version is refused (StaleVersion).
 */
export async function setPackageStatus(
  db: ItinerariesDb,
  pkg: PackageRow,
  status: PackageRow['status'],
  save: StaffSave & { now: Date },
): Promise<PackageAnswer | ReturnType<typeof staleVersion>> {
  return answerOrRefusal(() =>
    db.transaction(async (tx) => {
      const current = await lockForChange(tx, pkg.id, save.expectedVersion);
      if (current.status === status) return { __typename: 'Package' as const, ...current };
      const updated = await writeVersion(
        tx,
        current,
        { status, ...(status === 'PUBLISHED' && { publishedAt: save.now }) },
        save.expectedVersion,
      );
      await recordAudit(tx, auditTrail, save.staff, {
        action: STATUS_ACTIONS[status],
        entityType: 'Package',
        entityId: pkg.id,
        owner: { region: current.region },
        before: { status: current.status },
        after: { status },
      });
      return { __typename: 'Package' as const, ...updated };
    }),
  );
}

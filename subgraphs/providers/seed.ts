import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { LOCALES } from '../../core/locale';
import { REGIONS, WELLNESS_CLUSTERS } from '../../core/domain';
import { seedId } from '../../core/seed-id';
import { chunk, dayOffsetSchema, localizedTextSchema, readSeedFile, shouldSeed } from '../../core/seed-files';
import { addDays, isoWeekday, koreaDate, koreaInstant } from '../../core/time';
import type { ProvidersDb } from './data';
import { providerSettingsSchema } from './provider-settings';
import {
  chatChannelEnum,
  consultationModeEnum,
  coordinators,
  designationKindEnum,
  designations,
  procedures,
  providerKindEnum,
  providers,
  slots,
  specialtyEnum,
} from './schema';

const SLOT_HORIZON_DAYS = 60;

const procedureSchema = z.object({
  slug: z.string(),
  specialty: z.enum(specialtyEnum.enumValues),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  priceMinKrw: z.number().int().min(0),
  priceMaxKrw: z.number().int().min(0),
  durationMinutes: z.number().int().positive(),
  recoveryDays: z.number().int().min(0),
  remoteFollowUp: z.boolean(),
  vatRefundable: z.boolean(),
});

const scheduleRuleSchema = z.object({
  procedures: z.array(z.string()),
  weekdays: z.array(z.number().int().min(1).max(7)),
  times: z.array(z.string().regex(/^\d{2}:\d{2}$/)),
  durationMinutes: z.number().int().positive(),
  mode: z.enum(consultationModeEnum.enumValues),
  capacity: z.number().int().positive(),
  interpreterLanguage: z.enum(LOCALES).optional(),
});

/** Seeding is the only way providers' lists are written, so their caps live here (gateway/limits.ts LIST_BOUNDS). */
const distinctValues = <T extends string>(values: T[]) => new Set(values).size === values.length;

const providerSchema = z.object({
  slug: z.string(),
  kind: z.enum(providerKindEnum.enumValues),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  region: z.enum(REGIONS),
  city: z.string(),
  wellnessCluster: z.enum(WELLNESS_CLUSTERS).nullish(),
  specialties: z.array(z.enum(specialtyEnum.enumValues)).min(1).refine(distinctValues, 'has a specialty twice'),
  telemedicine: z.boolean(),
  website: z.string().url().optional(),
  /** The settings a provider's staff manage, checked by the same rule as `updateProviderSettings`. */
  settings: providerSettingsSchema.omit({ providerId: true }).optional(),
  registration: z.object({ number: z.string(), insuranceValidUntilDays: dayOffsetSchema }),
  designations: z
    .array(
      z.object({ kind: z.enum(designationKindEnum.enumValues), fromDays: dayOffsetSchema, untilDays: dayOffsetSchema }),
    )
    .max(20),
  coordinators: z.array(
    z.object({
      language: z.enum(LOCALES),
      channels: z.array(z.enum(chatChannelEnum.enumValues)).refine(distinctValues, 'has a channel twice'),
    }),
  ),
  procedures: z.array(procedureSchema).min(1).max(50),
  schedule: z.array(scheduleRuleSchema),
});

export type ProviderSeed = z.infer<typeof providerSchema>;

export function readProviderSeed(): ProviderSeed[] {
  return readSeedFile('providers', 'providers.yaml', z.array(providerSchema));
}

function slotRows(provider: ProviderSeed, providerId: string, today: string, now: Date) {
  const rows: (typeof slots.$inferInsert)[] = [];
  for (let offset = 0; offset < SLOT_HORIZON_DAYS; offset += 1) {
    const date = addDays(today, offset);
    for (const rule of provider.schedule) {
      if (!rule.weekdays.includes(isoWeekday(date))) continue;
      for (const time of rule.times) {
        const startsAt = koreaInstant(date, time);
        if (startsAt <= now) continue;
        const procedureIds = rule.procedures.length ? rule.procedures.map((slug) => seedId('procedure', slug)) : [null];
        for (const procedureId of procedureIds) {
          rows.push({
            providerId,
            procedureId,
            startsAt,
            endsAt: new Date(startsAt.getTime() + rule.durationMinutes * 60_000),
            mode: rule.mode,
            capacity: rule.capacity,
            remaining: rule.capacity,
            interpreterLanguage: rule.interpreterLanguage ?? null,
          });
        }
      }
    }
  }
  return rows;
}

/** Loads the demo providers, their procedures and 60 days of slots starting from `now`. */
export async function seedProviders(db: ProvidersDb, options: { reset: boolean; now: Date }) {
  if (!(await shouldSeed(db, providers, options.reset))) return { seeded: false };
  const seeds = readProviderSeed();
  const today = koreaDate(options.now);
  await db.transaction(async (tx) => {
    await tx.execute(sql`truncate ${providers} restart identity cascade`);
    for (const seed of seeds) {
      const providerId = seedId('provider', seed.slug);
      await tx.insert(providers).values({
        id: providerId,
        slug: seed.slug,
        kind: seed.kind,
        name: seed.name,
        description: seed.description ?? null,
        region: seed.region,
        city: seed.city,
        wellnessCluster: seed.wellnessCluster ?? null,
        website: seed.website ?? null,
        ...(seed.settings?.autoConfirm != null && { autoConfirm: seed.settings.autoConfirm }),
        ...(seed.settings?.cancellationWindowHours != null && {
          cancellationWindowHours: seed.settings.cancellationWindowHours,
        }),
        address: seed.settings?.address ?? null,
        mapUrl: seed.settings?.mapUrl ?? null,
        videoCallUrl: seed.settings?.videoCallUrl ?? null,
        notificationEmail: seed.settings?.notificationEmail ?? null,
        ...(seed.settings?.staffLocale != null && { staffLocale: seed.settings.staffLocale }),
        specialties: seed.specialties,
        telemedicine: seed.telemedicine,
        registrationNumber: seed.registration.number,
        insuranceValidUntil: addDays(today, seed.registration.insuranceValidUntilDays),
      });
      if (seed.designations.length) {
        await tx.insert(designations).values(
          seed.designations.map((designation) => ({
            providerId,
            kind: designation.kind,
            validFrom: addDays(today, designation.fromDays),
            validUntil: addDays(today, designation.untilDays),
          })),
        );
      }
      if (seed.coordinators.length) {
        await tx.insert(coordinators).values(seed.coordinators.map((coordinator) => ({ providerId, ...coordinator })));
      }
      await tx.insert(procedures).values(
        seed.procedures.map((procedure) => ({
          ...procedure,
          id: seedId('procedure', procedure.slug),
          providerId,
          description: procedure.description ?? null,
        })),
      );
      for (const batch of chunk(slotRows(seed, providerId, today, options.now), 1_000)) {
        await tx.insert(slots).values(batch);
      }
    }
  });
  return { seeded: true };
}

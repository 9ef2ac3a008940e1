import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { REGIONS, WELLNESS_CLUSTERS } from '../../core/domain';
import { LOCALES } from '../../core/locale';
import { seededRandom, seedId } from '../../core/seed-id';
import { dayOffsetSchema, localizedTextSchema, readSeedFile, shouldSeed } from '../../core/seed-files';
import { addDays, koreaDate } from '../../core/time';
import type { ItinerariesDb } from './data';
import {
  exchangeRates,
  inquiries,
  itineraryDays,
  itinerarySteps,
  lodgingEnum,
  packagePrices,
  packages,
  priceKindEnum,
  regionContacts,
  regionEnum,
  segmentEnum,
  themeEnum,
  tourCategoryEnum,
  transportEnum,
  visaTypeEnum,
  wellnessActivityEnum,
} from './schema';

const DAY_MS = 86_400_000;

const stepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('MEDICAL'),
    title: localizedTextSchema,
    provider: z.string(),
    procedure: z.string().optional(),
  }),
  z.object({
    kind: z.literal('WELLNESS'),
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    activity: z.enum(wellnessActivityEnum.enumValues),
  }),
  z.object({
    kind: z.literal('TOUR'),
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    category: z.enum(tourCategoryEnum.enumValues),
  }),
  z.object({
    kind: z.literal('TRANSFER'),
    title: localizedTextSchema,
    from: z.string(),
    to: z.string(),
    transport: z.enum(transportEnum.enumValues),
    durationMinutes: z.number().int().positive().optional(),
  }),
  z.object({
    kind: z.literal('STAY'),
    title: localizedTextSchema,
    nights: z.number().int().positive(),
    lodging: z.enum(lodgingEnum.enumValues),
  }),
]);

const packageSchema = z.object({
  slug: z.string(),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  theme: z.enum(themeEnum.enumValues),
  segment: z.enum(segmentEnum.enumValues),
  region: z.enum(REGIONS),
  wellnessCluster: z.enum(WELLNESS_CLUSTERS).nullish(),
  durationDays: z.number().int().positive(),
  maxGuardians: z.number().int().min(0),
  publishedDaysAgo: z.number().int().min(0),
  visa: z.object({
    recommended: z.enum(visaTypeEnum.enumValues),
    eVisaEligible: z.boolean(),
    transferVisaFree: z.boolean(),
    notes: localizedTextSchema.optional(),
  }),
  prices: z
    .array(
      z.object({
        kind: z.enum(priceKindEnum.enumValues),
        label: localizedTextSchema,
        amountKrw: z.number().int().min(0),
      }),
    )
    .min(1),
  days: z
    .array(z.object({ day: z.number().int().positive(), title: localizedTextSchema, steps: z.array(stepSchema) }))
    .min(1),
});

export type PackageSeed = z.infer<typeof packageSchema>;

const rateSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  krwPerUnit: z.number().positive(),
  asOfDays: dayOffsetSchema,
});

const demoInquirySchema = z.object({
  campaignCode: z.string().regex(/^[A-Z0-9_-]{3,32}$/),
  packages: z.array(z.string()).min(1),
  nationalities: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
  siteKeys: z.array(z.string()).min(1),
  locale: z.enum(LOCALES),
  fromDays: dayOffsetSchema,
  perWeek: z.number().min(0).max(7),
});

const DEMO_NAMES = ['Alex Kim', 'Jordan Lee', 'Sam Park', 'Taylor Choi', 'Morgan Yoon', 'Casey Han', 'Riley Jung'];
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Inquiries that arrived through campaigns over the past weeks, drawn with a fixed seed per campaign. */
function demoInquiries(rules: z.infer<typeof demoInquirySchema>[], now: Date): (typeof inquiries.$inferInsert)[] {
  return rules.flatMap((rule) => {
    const random = seededRandom(`inquiries:${rule.campaignCode}`);
    const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)] as T;
    const rows: (typeof inquiries.$inferInsert)[] = [];
    for (let day = rule.fromDays; day < 0; day += 1) {
      if (random() >= rule.perWeek / 7) continue;
      const createdAt = new Date(now.getTime() + (day + random()) * DAY_MS);
      const name = pick(DEMO_NAMES);
      rows.push({
        reference: `MTQ-${Array.from({ length: 6 }, () => pick([...REFERENCE_ALPHABET])).join('')}`,
        packageId: seedId('package', pick(rule.packages)),
        partySize: 1 + Math.floor(random() * 3),
        locale: rule.locale,
        contactName: name,
        contactEmail: `${name.toLowerCase().replace(' ', '.')}@example.com`,
        nationality: pick(rule.nationalities),
        campaignCode: rule.campaignCode,
        siteKey: pick(rule.siteKeys),
        consentAt: createdAt,
        createdAt,
      });
    }
    return rows;
  });
}

export function readDemoInquiryRules() {
  return readSeedFile('itineraries', 'inquiries.yaml', z.array(demoInquirySchema));
}

export function readPackageSeed(): PackageSeed[] {
  return readSeedFile('itineraries', 'packages.yaml', z.array(packageSchema));
}

function stepRow(packageId: string, day: number, position: number, step: z.infer<typeof stepSchema>) {
  const base = { packageId, day, position, kind: step.kind, title: step.title };
  switch (step.kind) {
    case 'MEDICAL':
      return {
        ...base,
        providerId: seedId('provider', step.provider),
        procedureId: step.procedure ? seedId('procedure', step.procedure) : null,
      };
    case 'WELLNESS':
      return { ...base, description: step.description ?? null, activity: step.activity };
    case 'TOUR':
      return { ...base, description: step.description ?? null, category: step.category };
    case 'TRANSFER':
      return {
        ...base,
        fromPlace: step.from,
        toPlace: step.to,
        transport: step.transport,
        durationMinutes: step.durationMinutes ?? null,
      };
    case 'STAY':
      return { ...base, nights: step.nights, lodging: step.lodging };
  }
}

/** Loads the demo packages and exchange rates into an empty database (or a reset one). */
export async function seedItineraries(db: ItinerariesDb, options: { reset: boolean; now: Date }) {
  if (!(await shouldSeed(db, packages, options.reset))) return { seeded: false };
  const seeds = readPackageSeed();
  // Seeding is the only writer of rates; gateway/limits.ts charges Query.exchangeRates for 50 currencies.
  const rates = readSeedFile(
    'itineraries',
    'exchange-rates.yaml',
    z.array(rateSchema).refine((rows) => new Set(rows.map((row) => row.currency)).size <= 50, 'at most 50 currencies'),
  );
  const contacts = readSeedFile(
    'itineraries',
    'region-contacts.yaml',
    z.array(z.object({ region: z.enum(regionEnum.enumValues), replyTo: z.email() })),
  );
  const today = koreaDate(options.now);
  await db.transaction(async (tx) => {
    // The audit trail is kept: it is append-only, and a reset of the demo data is no reason to rewrite history.
    await tx.execute(sql`truncate ${packages}, ${exchangeRates}, ${regionContacts} restart identity cascade`);
    if (contacts.length) await tx.insert(regionContacts).values(contacts);
    await tx.insert(exchangeRates).values(
      rates.map((rate) => ({
        currency: rate.currency,
        krwPerUnit: rate.krwPerUnit,
        asOf: addDays(today, rate.asOfDays),
      })),
    );
    for (const seed of seeds) {
      const packageId = seedId('package', seed.slug);
      await tx.insert(packages).values({
        id: packageId,
        slug: seed.slug,
        title: seed.title,
        summary: seed.summary,
        theme: seed.theme,
        segment: seed.segment,
        region: seed.region,
        wellnessCluster: seed.wellnessCluster ?? null,
        durationDays: seed.durationDays,
        maxGuardians: seed.maxGuardians,
        totalPriceKrw: seed.prices.reduce((total, line) => total + line.amountKrw, 0),
        visaRecommended: seed.visa.recommended,
        eVisaEligible: seed.visa.eVisaEligible,
        transferVisaFree: seed.visa.transferVisaFree,
        visaNotes: seed.visa.notes ?? null,
        publishedAt: new Date(options.now.getTime() - seed.publishedDaysAgo * DAY_MS),
      });
      await tx.insert(packagePrices).values(seed.prices.map((line, position) => ({ packageId, position, ...line })));
      await tx.insert(itineraryDays).values(seed.days.map((day) => ({ packageId, day: day.day, title: day.title })));
      const steps = seed.days.flatMap((day) =>
        day.steps.map((step, position) => stepRow(packageId, day.day, position, step)),
      );
      if (steps.length) await tx.insert(itinerarySteps).values(steps);
    }
    const attributed = demoInquiries(readDemoInquiryRules(), options.now);
    if (attributed.length) await tx.insert(inquiries).values(attributed);
  });
  return { seeded: true };
}

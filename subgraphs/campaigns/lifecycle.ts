import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation } from '../../core/db';
import { answerOrRefusal, invalidInput, Refusal, type FieldProblem } from '../../core/errors';
import type { LocaleCode } from '../../core/locale';
import type { Peers } from '../../core/peers';
import {
  countryCodeSchema,
  idSchema,
  localizedTextInput,
  safeLinkSchema,
  siteKeySchema,
  slugSchema,
} from '../../core/validation';
import { campaignStatus, type CampaignsDb } from './data';
import type { CampaignStatus } from './generated/resolvers';
import {
  campaignPackages,
  campaignProviders,
  campaigns,
  channelEnum,
  creatives,
  embedSites,
  localeEnum,
  themeEnum,
  type CampaignRow,
} from './schema';

const MAX_CAMPAIGN_DAYS = 366;
const DAY_MS = 86_400_000;

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const campaignInputSchema = z
  .object({
    slug: slugSchema,
    name: localizedTextInput(200),
    theme: z.enum(themeEnum.enumValues),
    startsAt: z.date(),
    endsAt: z.date(),
    targetCountries: z
      .array(countryCodeSchema)
      .min(1, 'give at least one country')
      .max(50, 'at most 50 countries')
      .transform((codes) => [...new Set(codes)]),
    channels: z
      .array(z.enum(channelEnum.enumValues))
      .max(channelEnum.enumValues.length)
      .transform((channels) => [...new Set(channels)]),
    placements: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[a-z0-9-]{1,40}$/, 'is not a placement name (lowercase letters, digits, -)'),
      )
      .min(1, 'give at least one placement')
      .max(10, 'at most 10 placements')
      .transform((placements) => [...new Set(placements)]),
    siteKeys: z
      .array(siteKeySchema)
      .max(50, 'at most 50 sites')
      .nullish()
      .transform((keys) => [...new Set(keys ?? [])]),
    trackingCode: z
      .string()
      .trim()
      .transform((code) => code.toUpperCase())
      .pipe(z.string().regex(/^[A-Z0-9_-]{3,32}$/, 'must be 3 to 32 letters, digits, - or _'))
      .nullish(),
    packageIds: z.array(idSchema).max(20, 'at most 20 packages'),
    providerIds: z.array(idSchema).max(20, 'at most 20 providers'),
    organisation: z.string().trim().min(1).max(100).nullish(),
  })
  .refine((input) => input.endsAt > input.startsAt, { message: 'must be after startsAt', path: ['endsAt'] })
  .refine((input) => input.endsAt.getTime() - input.startsAt.getTime() <= MAX_CAMPAIGN_DAYS * DAY_MS, {
    message: `a campaign runs at most ${MAX_CAMPAIGN_DAYS} days`,
    path: ['endsAt'],
  });
export type CampaignInput = z.infer<typeof campaignInputSchema>;

export const creativeInputSchema = z.object({
  locale: z.enum(localeEnum.enumValues),
  headline: text(120),
  body: text(500),
  imageUrl: safeLinkSchema,
  ctaLabel: text(40),
  ctaUrl: safeLinkSchema,
});

type Answer = { __typename: 'Campaign' } & CampaignRow;
type Transition = { __typename: 'InvalidTransition'; status: CampaignStatus; message: string };
export type LifecycleAnswer = Answer | Transition | ReturnType<typeof invalidInput>;

function invalidTransition(status: CampaignStatus, message: string): Transition {
  return { __typename: 'InvalidTransition', status, message };
}

/** A tracking code readable in links and reports, from the slug, unique enough to survive a retry. */
function trackingCodeFor(slug: string): string {
  const suffix = Math.random().toString(36).slice(2, 6).toUpperCase();
  return `${slug.toUpperCase().slice(0, 27)}-${suffix}`;
}

/** Promoted packages must be published and providers must exist: asked of the services that own them. */
async function checkReferences(db: CampaignsDb, input: CampaignInput, peers: Peers): Promise<FieldProblem[]> {
  const [packages, providers] = await Promise.all([
    peers.entities('itineraries', 'Package', input.packageIds, 'id status'),
    peers.entities('providers', 'Provider', input.providerIds),
  ]);
  const problems: FieldProblem[] = [];
  input.packageIds.forEach((id, index) => {
    if (packages.get(id)?.status !== 'PUBLISHED') {
      problems.push({ field: `packageIds.${index}`, message: 'is not a published package' });
    }
  });
  if (input.siteKeys.length > 0) {
    const known = new Set(
      (await db.select({ key: embedSites.key }).from(embedSites).where(inArray(embedSites.key, input.siteKeys))).map(
        (site) => site.key,
      ),
    );
    input.siteKeys.forEach((key, index) => {
      if (!known.has(key)) problems.push({ field: `siteKeys.${index}`, message: 'is not a registered embed site' });
    });
  }
  input.providerIds.forEach((id, index) => {
    if (!providers.has(id)) problems.push({ field: `providerIds.${index}`, message: 'is not a known provider' });
  });
  return problems;
}

/**
 * Creates a draft (no `existing`) or replaces a campaign's plan with its promoted packages and providers, in one
 * transaction after the owning services confirmed the references. A running campaign's plan may change (e.g. a
 * later end); an ended one is history and may not.
 */
export async function saveCampaign(
  db: CampaignsDb,
  peers: Peers,
  input: CampaignInput,
  organisation: string,
  existing: CampaignRow | null,
  now: Date,
): Promise<LifecycleAnswer> {
  if (existing && campaignStatus(existing, now) === 'ENDED') {
    return invalidTransition('ENDED', 'An ended campaign cannot be changed');
  }
  if (existing && !existing.draft && input.endsAt <= now) {
    return invalidInput([{ field: 'endsAt', message: 'must be in the future; end the campaign instead' }]);
  }
  const problems = await checkReferences(db, input, peers);
  if (problems.length > 0) return invalidInput(problems);
  const values = {
    slug: input.slug,
    organisation,
    name: input.name,
    theme: input.theme,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    targetCountries: input.targetCountries,
    channels: input.channels,
    placements: input.placements,
    siteKeys: input.siteKeys,
    trackingCode: input.trackingCode ?? existing?.trackingCode ?? trackingCodeFor(input.slug),
  };
  try {
    return await db.transaction(async (tx) => {
      const [saved] = existing
        ? await tx.update(campaigns).set(values).where(eq(campaigns.id, existing.id)).returning()
        : await tx
            .insert(campaigns)
            .values({ ...values, draft: true })
            .returning();
      if (!saved) throw new Error('the campaign row was not written');
      await tx.delete(campaignPackages).where(eq(campaignPackages.campaignId, saved.id));
      await tx.delete(campaignProviders).where(eq(campaignProviders.campaignId, saved.id));
      if (input.packageIds.length > 0) {
        await tx.insert(campaignPackages).values(
          [...new Set(input.packageIds)].map((packageId, position) => ({
            campaignId: saved.id,
            packageId,
            position,
          })),
        );
      }
      if (input.providerIds.length > 0) {
        await tx.insert(campaignProviders).values(
          [...new Set(input.providerIds)].map((providerId, position) => ({
            campaignId: saved.id,
            providerId,
            position,
          })),
        );
      }
      return { __typename: 'Campaign' as const, ...saved };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return invalidInput([{ field: 'slug', message: 'or the tracking code is already used by another campaign' }]);
  }
}

export async function setCreative(
  db: CampaignsDb,
  campaign: CampaignRow,
  creative: z.infer<typeof creativeInputSchema>,
  now: Date,
): Promise<LifecycleAnswer> {
  const status = campaignStatus(campaign, now);
  if (status === 'ENDED') return invalidTransition(status, 'An ended campaign cannot be changed');
  await db
    .insert(creatives)
    .values({ campaignId: campaign.id, ...creative })
    .onConflictDoUpdate({ target: [creatives.campaignId, creatives.locale], set: creative });
  return { __typename: 'Campaign', ...campaign };
}

/** Removes one locale's creative; an approved campaign must keep an EN or KO one for visitors' fallback. */
export async function removeCreative(
  db: CampaignsDb,
  campaign: CampaignRow,
  locale: LocaleCode,
  now: Date,
): Promise<LifecycleAnswer> {
  const status = campaignStatus(campaign, now);
  if (status === 'ENDED') return invalidTransition(status, 'An ended campaign cannot be changed');
  return answerOrRefusal(() =>
    db.transaction(async (tx) => {
      await tx.delete(creatives).where(and(eq(creatives.campaignId, campaign.id), eq(creatives.locale, locale)));
      const left = await tx
        .select({ locale: creatives.locale })
        .from(creatives)
        .where(eq(creatives.campaignId, campaign.id));
      if (!campaign.draft && !left.some((row) => row.locale === 'EN' || row.locale === 'KO')) {
        throw new Refusal(
          invalidInput([{ field: 'locale', message: 'is the last EN or KO creative, which visitors fall back to' }]),
        );
      }
      return { __typename: 'Campaign' as const, ...campaign };
    }),
  );
}

type Step = 'schedule' | 'pause' | 'resume' | 'end';

/** Which statuses each lifecycle step starts from; the status itself is always derived from the schedule. */
const ALLOWED_FROM: Record<Step, CampaignStatus[]> = {
  schedule: ['DRAFT'],
  pause: ['SCHEDULED', 'ACTIVE'],
  resume: ['PAUSED'],
  end: ['SCHEDULED', 'ACTIVE', 'PAUSED'],
};

/**
 * One lifecycle step as a conditional UPDATE on the row as it was read, so two staff members acting at once
 * cannot both succeed from the same state.
 */
export async function changeLifecycle(
  db: CampaignsDb,
  campaign: CampaignRow,
  step: Step,
  now: Date,
): Promise<LifecycleAnswer> {
  const status = campaignStatus(campaign, now);
  if (!ALLOWED_FROM[step].includes(status)) {
    return invalidTransition(status, `A ${status.toLowerCase()} campaign cannot ${step}`);
  }
  if (step === 'schedule') {
    if (campaign.endsAt <= now)
      return invalidInput([{ field: 'endsAt', message: 'has passed; change the dates first' }]);
    const fallback = await db
      .select({ locale: creatives.locale })
      .from(creatives)
      .where(eq(creatives.campaignId, campaign.id));
    if (!fallback.some((row) => row.locale === 'EN' || row.locale === 'KO')) {
      return invalidInput([{ field: 'creatives', message: 'an EN or KO creative is needed before scheduling' }]);
    }
  }
  const change = {
    schedule: { draft: false },
    pause: { paused: true },
    resume: { paused: false },
    end: { endedAt: now },
  }[step];
  const [updated] = await db
    .update(campaigns)
    .set(change)
    .where(
      and(
        eq(campaigns.id, campaign.id),
        eq(campaigns.draft, campaign.draft),
        eq(campaigns.paused, campaign.paused),
        isNull(campaigns.endedAt),
      ),
    )
    .returning();
  if (!updated) return invalidTransition(status, 'The campaign changed meanwhile; reload it and try again');
  return { __typename: 'Campaign', ...updated };
}

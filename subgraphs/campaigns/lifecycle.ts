import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type AuditValues } from '../../core/audit';
import { isUniqueViolation } from '../../core/db';
import { answerOrRefusal, invalidInput, present, Refusal, staleVersion, type FieldProblem } from '../../core/errors';
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
import { distinctIds, type StaffChange } from './changes';
import {
  auditTrail,
  campaignPackages,
  campaignProviders,
  campaigns,
  channelEnum,
  creatives,
  embedSites,
  localeEnum,
  themeEnum,
  type CampaignRow,
  type CreativeRow,
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
export type LifecycleAnswer = Answer | Transition | ReturnType<typeof invalidInput> | ReturnType<typeof staleVersion>;

function invalidTransition(status: CampaignStatus, message: string): Transition {
  return { __typename: 'InvalidTransition', status, message };
}

const ENDED_IS_HISTORY = 'An ended campaign cannot be changed';

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

type CreativeValues = Omit<CreativeRow, 'campaignId' | 'locale'>;

/** The packages and providers a campaign promotes, in order: part of its plan. */
interface Links {
  packageIds: string[];
  providerIds: string[];
}

async function linksOf(tx: CampaignsDb, campaignId: string): Promise<Links> {
  const [packages, providers] = await Promise.all([
    tx
      .select({ id: campaignPackages.packageId })
      .from(campaignPackages)
      .where(eq(campaignPackages.campaignId, campaignId))
      .orderBy(campaignPackages.position),
    tx
      .select({ id: campaignProviders.providerId })
      .from(campaignProviders)
      .where(eq(campaignProviders.campaignId, campaignId))
      .orderBy(campaignProviders.position),
  ]);
  return { packageIds: packages.map((link) => link.id), providerIds: providers.map((link) => link.id) };
}

/** The links a saved input makes, as replaceLinks stores them. */
const linksOfInput = (input: CampaignInput): Links => ({
  packageIds: distinctIds(input.packageIds),
  providerIds: distinctIds(input.providerIds),
});

/**
 * The campaign as the audit trail keeps it: its plan, its status at the time, and for a creative change that locale's
 * creative (absent when there is none). Nothing about visitors or staff.
 */
function campaignSnapshot(
  campaign: CampaignRow,
  links: Links,
  now: Date,
  creative?: { locale: LocaleCode; values: CreativeValues | null },
): AuditValues {
  return {
    slug: campaign.slug,
    name: campaign.name,
    theme: campaign.theme,
    status: campaignStatus(campaign, now),
    startsAt: campaign.startsAt,
    endsAt: campaign.endsAt,
    endedAt: campaign.endedAt,
    targetCountries: campaign.targetCountries,
    channels: campaign.channels,
    placements: campaign.placements,
    siteKeys: campaign.siteKeys,
    trackingCode: campaign.trackingCode,
    ...links,
    ...(creative?.values && { creatives: { [creative.locale]: creative.values } }),
  };
}

function creativeValues(row: CreativeRow | undefined): CreativeValues | null {
  return row
    ? { headline: row.headline, body: row.body, imageUrl: row.imageUrl, ctaLabel: row.ctaLabel, ctaUrl: row.ctaUrl }
    : null;
}

/**
 * Runs one staff change to a campaign in a transaction on its row, locked so concurrent changes queue behind it and
 * each sees the one before. A save based on an older version than the stored one is refused (StaleVersion), as is
 * anything `change` refuses by throwing a Refusal: either way nothing is stored and no entry is written.
 */
function withLockedCampaign(
  db: CampaignsDb,
  id: string,
  expectedVersion: number | null,
  change: (tx: CampaignsDb, campaign: CampaignRow) => Promise<LifecycleAnswer>,
): Promise<LifecycleAnswer> {
  return answerOrRefusal(() =>
    db.transaction(async (tx) => {
      const [row] = await tx.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
      const campaign = present(row, `campaign ${id}`);
      if (expectedVersion !== null && campaign.version !== expectedVersion) {
        return staleVersion(campaign.id, campaign.version);
      }
      return change(tx, campaign);
    }),
  );
}

/** The new state of the row, its version bumped: every staff change to a campaign goes through here. */
async function updateCampaignRow(
  tx: CampaignsDb,
  id: string,
  values: Partial<typeof campaigns.$inferInsert>,
): Promise<CampaignRow> {
  const [updated] = await tx
    .update(campaigns)
    .set({ ...values, version: sql`${campaigns.version} + 1` })
    .where(eq(campaigns.id, id))
    .returning();
  return present(updated, `campaign ${id}`);
}

async function replaceLinks(tx: CampaignsDb, campaignId: string, { packageIds, providerIds }: Links): Promise<void> {
  await tx.delete(campaignPackages).where(eq(campaignPackages.campaignId, campaignId));
  await tx.delete(campaignProviders).where(eq(campaignProviders.campaignId, campaignId));
  if (packageIds.length > 0) {
    await tx
      .insert(campaignPackages)
      .values(packageIds.map((packageId, position) => ({ campaignId, packageId, position })));
  }
  if (providerIds.length > 0) {
    await tx
      .insert(campaignProviders)
      .values(providerIds.map((providerId, position) => ({ campaignId, providerId, position })));
  }
}

/** Why this stored campaign's plan or creatives may not change now, or null when they may. */
function planRefusal(campaign: CampaignRow, input: CampaignInput | null, now: Date): LifecycleAnswer | null {
  if (campaignStatus(campaign, now) === 'ENDED') return invalidTransition('ENDED', ENDED_IS_HISTORY);
  if (input && !campaign.draft && input.endsAt <= now) {
    return invalidInput([{ field: 'endsAt', message: 'must be in the future; end the campaign instead' }]);
  }
  return null;
}

/**
 * Creates a draft (no `existing`) or replaces a campaign's plan with its promoted packages and providers, in one
 * transaction after the owning services confirmed the references, with its audit entry. A running campaign's plan
 * may change (e.g. a later end); an ended one is history and may not. The campaign as loaded is checked first, so a
 * save that is refused anyway costs the other services nothing; the locked row is checked again before writing.
 */
export async function saveCampaign(
  db: CampaignsDb,
  peers: Peers,
  input: CampaignInput,
  organisation: string,
  existing: CampaignRow | null,
  { staff, expectedVersion, now }: StaffChange,
): Promise<LifecycleAnswer> {
  if (existing) {
    if (expectedVersion !== null && existing.version !== expectedVersion) {
      return staleVersion(existing.id, existing.version);
    }
    const refusal = planRefusal(existing, input, now);
    if (refusal) return refusal;
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
  const owner = { organisation };
  const links = linksOfInput(input);
  try {
    if (!existing) {
      return await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(campaigns)
          .values({ ...values, draft: true })
          .returning();
        const saved = present(created, 'the new campaign');
        await replaceLinks(tx, saved.id, links);
        await recordAudit(tx, auditTrail, staff, {
          action: 'campaign.create',
          entityType: 'Campaign',
          entityId: saved.id,
          owner,
          before: null,
          after: campaignSnapshot(saved, links, now),
        });
        return { __typename: 'Campaign' as const, ...saved };
      });
    }
    return await withLockedCampaign(db, existing.id, expectedVersion, async (tx, campaign) => {
      const refusal = planRefusal(campaign, input, now);
      if (refusal) return refusal;
      const before = campaignSnapshot(campaign, await linksOf(tx, campaign.id), now);
      const saved = await updateCampaignRow(tx, campaign.id, values);
      await replaceLinks(tx, saved.id, links);
      await recordAudit(tx, auditTrail, staff, {
        action: 'campaign.update',
        entityType: 'Campaign',
        entityId: saved.id,
        owner,
        before,
        after: campaignSnapshot(saved, links, now),
      });
      return { __typename: 'Campaign' as const, ...saved };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return invalidInput([{ field: 'slug', message: 'or the tracking code is already used by another campaign' }]);
  }
}

async function storedCreative(tx: CampaignsDb, campaignId: string, locale: LocaleCode) {
  const [row] = await tx
    .select()
    .from(creatives)
    .where(and(eq(creatives.campaignId, campaignId), eq(creatives.locale, locale)));
  return row;
}

/** Adds or replaces one locale's creative: a change to the campaign, so its version moves and the trail records it. */
export async function setCreative(
  db: CampaignsDb,
  campaign: CampaignRow,
  creative: z.infer<typeof creativeInputSchema>,
  { staff, expectedVersion, now }: StaffChange,
): Promise<LifecycleAnswer> {
  return withLockedCampaign(db, campaign.id, expectedVersion, async (tx, locked) => {
    const refusal = planRefusal(locked, null, now);
    if (refusal) return refusal;
    const { locale, ...values } = creative;
    const links = await linksOf(tx, locked.id);
    const before = campaignSnapshot(locked, links, now, {
      locale,
      values: creativeValues(await storedCreative(tx, locked.id, locale)),
    });
    await tx
      .insert(creatives)
      .values({ campaignId: locked.id, ...creative })
      .onConflictDoUpdate({ target: [creatives.campaignId, creatives.locale], set: creative });
    const saved = await updateCampaignRow(tx, locked.id, {});
    await recordAudit(tx, auditTrail, staff, {
      action: 'campaign.creative-set',
      entityType: 'Campaign',
      entityId: locked.id,
      owner: { organisation: locked.organisation },
      before,
      after: campaignSnapshot(saved, links, now, { locale, values }),
    });
    return { __typename: 'Campaign' as const, ...saved };
  });
}

/** Removes one locale's creative; an approved campaign must keep an EN or KO one for visitors' fallback. */
export async function removeCreative(
  db: CampaignsDb,
  campaign: CampaignRow,
  locale: LocaleCode,
  { staff, expectedVersion, now }: StaffChange,
): Promise<LifecycleAnswer> {
  return withLockedCampaign(db, campaign.id, expectedVersion, async (tx, locked) => {
    const refusal = planRefusal(locked, null, now);
    if (refusal) return refusal;
    const previous = creativeValues(await storedCreative(tx, locked.id, locale));
    if (!previous) return invalidInput([{ field: 'locale', message: 'has no creative of its own to remove' }]);
    await tx.delete(creatives).where(and(eq(creatives.campaignId, locked.id), eq(creatives.locale, locale)));
    const left = await tx
      .select({ locale: creatives.locale })
      .from(creatives)
      .where(eq(creatives.campaignId, locked.id));
    if (!locked.draft && !left.some((row) => row.locale === 'EN' || row.locale === 'KO')) {
      throw new Refusal(
        invalidInput([{ field: 'locale', message: 'is the last EN or KO creative, which visitors fall back to' }]),
      );
    }
    const saved = await updateCampaignRow(tx, locked.id, {});
    const links = await linksOf(tx, locked.id);
    await recordAudit(tx, auditTrail, staff, {
      action: 'campaign.creative-remove',
      entityType: 'Campaign',
      entityId: locked.id,
      owner: { organisation: locked.organisation },
      before: campaignSnapshot(locked, links, now, { locale, values: previous }),
      after: campaignSnapshot(saved, links, now),
    });
    return { __typename: 'Campaign' as const, ...saved };
  });
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
 * One lifecycle step on the locked row, so two staff members acting at once cannot both succeed from the same state:
 * the second sees the first's result and is refused by it (InvalidTransition, or StaleVersion when it named a version).
 */
export async function changeLifecycle(
  db: CampaignsDb,
  campaign: CampaignRow,
  step: Step,
  { staff, expectedVersion, now }: StaffChange,
): Promise<LifecycleAnswer> {
  return withLockedCampaign(db, campaign.id, expectedVersion, async (tx, locked) => {
    const status = campaignStatus(locked, now);
    if (!ALLOWED_FROM[step].includes(status)) {
      return invalidTransition(status, `A ${status.toLowerCase()} campaign cannot ${step}`);
    }
    if (step === 'schedule') {
      if (locked.endsAt <= now)
        return invalidInput([{ field: 'endsAt', message: 'has passed; change the dates first' }]);
      const fallback = await tx
        .select({ locale: creatives.locale })
        .from(creatives)
        .where(eq(creatives.campaignId, locked.id));
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
    const updated = await updateCampaignRow(tx, locked.id, change);
    const links = await linksOf(tx, locked.id);
    await recordAudit(tx, auditTrail, staff, {
      action: `campaign.${step}`,
      entityType: 'Campaign',
      entityId: locked.id,
      owner: { organisation: locked.organisation },
      before: campaignSnapshot(locked, links, now),
      after: campaignSnapshot(updated, links, now),
    });
    return { __typename: 'Campaign' as const, ...updated };
  });
}

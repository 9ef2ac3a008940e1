import { z } from 'zod';
import { auditEntryResolvers, readAuditTrail } from '../../core/audit';
import type { Staff } from '../../core/auth';
import { newestFirstKey, pageRequest, toConnection } from '../../core/connection';
import { badUserInput, notFound, parseArgs, parseInput } from '../../core/errors';
import { localize, localizeOptional, type LocaleCode, type LocalizedText } from '../../core/locale';
import { ownScope, reachOf, requirePermission, type Action } from '../../core/policy';
import { countryCodeSchema, idSchema, lookupArgsSchema, siteKeySchema } from '../../core/validation';
import { visibleOrNull } from '../../core/visibility';
import type { StaffChange } from './changes';
import type { CampaignsContext } from './context';
import * as data from './data';
import type { MutationResolvers, Resolvers } from './generated/resolvers';
import {
  campaignInputSchema,
  changeLifecycle,
  creativeInputSchema,
  removeCreative,
  saveCampaign,
  setCreative,
} from './lifecycle';
import { leadsSchema, promotionEventInputSchema, recordLeads, savePromotionEvent } from './promotion-events';
import { auditTrail, localeEnum, type CampaignRow, type CreativeRow, type PromotionEventRow } from './schema';
import { campaignStats } from './stats';
import { eventBufferFor } from './event-buffer';
import { trackCampaignEvent } from './tracking';
import { campaignVisibility, visibleCampaign } from './visibility';

const activeArgs = z.object({
  country: countryCodeSchema.nullish(),
  locale: z.string().nullish(),
  placement: z.string().trim().max(40, 'must be at most 40 characters').nullish(),
  siteKey: siteKeySchema.nullish(),
  first: z.number().int().min(1, 'must be between 1 and 20').max(20, 'must be between 1 and 20').nullish(),
});

const countryFilter = z.object({ country: countryCodeSchema.nullish(), targetCountry: countryCodeSchema.nullish() });

const CALENDAR_MAX_DAYS = 400;
const DAY_MS = 86_400_000;

const calendarArgs = z
  .object({ from: z.date(), to: z.date() })
  .refine((window) => window.to > window.from, { message: 'must be after from', path: ['to'] })
  .refine((window) => window.to.getTime() - window.from.getTime() <= CALENDAR_MAX_DAYS * DAY_MS, {
    message: `must be at most ${CALENDAR_MAX_DAYS} days after from`,
    path: ['to'],
  });

const auditTrailArgs = z.object({
  organisation: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  entityId: idSchema.nullish(),
});

/** The stored texts, in the locales' order, without fallback: what an editor shows and saves back. */
function storedTexts(texts: LocalizedText | null) {
  return localeEnum.enumValues.flatMap((locale) => {
    const text = texts?.[locale];
    return text === undefined ? [] : [{ locale, text }];
  });
}

/** The creative in the visitor's locale, else English, else Korean, else none. */
function pickCreative(rows: CreativeRow[], locale: LocaleCode | null | undefined): CreativeRow | null {
  for (const wanted of [locale ?? 'EN', 'EN', 'KO']) {
    const match = rows.find((row) => row.locale === wanted);
    if (match) return match;
  }
  return null;
}

interface Editable<Row> {
  row: Row;
  /** Who changes it, on which version, when: what the change and its audit entry record. */
  change: StaffChange;
}

function staffChange(staff: Staff, expectedVersion: number | null | undefined, context: CampaignsContext): StaffChange {
  return { staff, expectedVersion: expectedVersion ?? null, now: context.now };
}

/**
 * The campaign to change, after checking the caller runs its organisation's campaigns. Those who may not are refused
 * (FORBIDDEN, UNAUTHENTICATED) whether or not they may see it: the refusal carries nothing of the campaign.
 */
async function editableCampaign(
  id: string,
  expectedVersion: number | null | undefined,
  context: CampaignsContext,
): Promise<Editable<CampaignRow> | null> {
  const campaign = await context.loaders.campaignById.load(parseArgs(z.object({ id: idSchema }), { id }).id);
  if (!campaign) return null;
  const staff = requirePermission(
    context.viewer,
    'campaign:run',
    { organisation: campaign.organisation },
    'this campaign',
  );
  return { row: campaign, change: staffChange(staff, expectedVersion, context) };
}

async function editablePromotionEvent(
  id: string,
  expectedVersion: number | null | undefined,
  context: CampaignsContext,
): Promise<Editable<PromotionEventRow> | null> {
  const event = await context.loaders.promotionEventById.load(parseArgs(z.object({ id: idSchema }), { id }).id);
  if (!event) return null;
  const staff = requirePermission(
    context.viewer,
    'promotion:manage',
    { organisation: event.organisation },
    'this promotion event',
  );
  return { row: event, change: staffChange(staff, expectedVersion, context) };
}

/**
 * The organisation a new campaign or promotion event is planned for: the staff's own unless they name one, which the
 * policy must then let them plan for (platform admins, who have none of their own, must name it).
 */
function organisationFor(
  context: CampaignsContext,
  action: Action,
  requested: string | null | undefined,
): { organisation: string; change: StaffChange } {
  const own = ownScope(context.viewer);
  requirePermission(context.viewer, action, own, 'planning campaigns');
  const organisation = requested || own.organisation;
  if (!organisation) throw badUserInput('input.organisation', 'platform admins must name the organisation');
  const staff = requirePermission(context.viewer, action, { organisation }, `campaigns of ${organisation}`);
  return { organisation, change: staffChange(staff, null, context) };
}

function lifecycleStep(step: Parameters<typeof changeLifecycle>[2]): NonNullable<MutationResolvers['pauseCampaign']> {
  return async (_parent, args, context) => {
    const editable = await editableCampaign(args.id, args.expectedVersion, context);
    if (!editable) return notFound(args.id, 'Campaign');
    return changeLifecycle(context.db, editable.row, step, editable.change);
  };
}

export const resolvers: Resolvers = {
  Query: {
    embedSite: (_parent, { key }, context) => data.embedSiteByKey(context.db, key),
    activeCampaigns(_parent, args, context) {
      const parsed = parseArgs(activeArgs, args);
      return data.findActiveCampaigns(
        context.db,
        {
          country: parsed.country ?? null,
          locale: parsed.locale ?? null,
          placement: parsed.placement ?? null,
          siteKey: parsed.siteKey ?? null,
          first: parsed.first ?? 5,
        },
        context.now,
        campaignVisibility.where(context.viewer),
      );
    },
    async campaign(_parent, args, context) {
      const { id, slug } = parseArgs(lookupArgsSchema, args);
      if (id) return visibleCampaign(context, id);
      return visibleOrNull(campaignVisibility, context.viewer, await data.campaignBySlug(context.db, slug ?? ''));
    },
    async campaigns(_parent, args, context) {
      const page = pageRequest(args);
      const filter = args.filter ?? {};
      const { country } = parseArgs(countryFilter, { country: filter.country });
      const { rows, totalCount } = await data.findCampaigns(
        context.db,
        { ...filter, country, visible: campaignVisibility.where(context.viewer) },
        page,
        context.now,
      );
      return toConnection(rows, page, (row) => row.slug, totalCount);
    },
    async myCampaigns(_parent, args, context) {
      requirePermission(context.viewer, 'campaign:run', ownScope(context.viewer), 'your campaigns');
      const page = pageRequest(args);
      const { rows, totalCount } = await data.campaignsOfOrganisation(
        context.db,
        reachOf(context.viewer, 'campaign:run', 'organisation'),
        page,
      );
      return toConnection(rows, page, newestFirstKey, totalCount);
    },
    async promotionEvents(_parent, args, context) {
      const page = pageRequest(args);
      const filter = args.filter ?? {};
      const { targetCountry } = parseArgs(countryFilter, { targetCountry: filter.targetCountry });
      const { rows, totalCount } = await data.findPromotionEvents(
        context.db,
        { ...filter, targetCountry },
        page,
        context.now,
      );
      return toConnection(rows, page, (row) => `${row.startsAt.toISOString()}|${row.slug}`, totalCount);
    },
    myPromotionEvents(_parent, args, context) {
      requirePermission(context.viewer, 'promotion:manage', ownScope(context.viewer), 'your promotion events');
      const { from, to } = parseArgs(calendarArgs, args);
      return data.promotionEventsOverlapping(
        context.db,
        reachOf(context.viewer, 'promotion:manage', 'organisation'),
        from,
        to,
      );
    },
    organisationAuditTrail(_parent, args, context) {
      const { organisation, entityId } = parseArgs(auditTrailArgs, args);
      requirePermission(context.viewer, 'audit:read', { organisation }, `the audit trail of ${organisation}`);
      return readAuditTrail(
        context.db,
        auditTrail,
        { column: 'organisation', value: organisation },
        { first: args.first, after: args.after, entityId },
      );
    },
  },
  Mutation: {
    trackCampaignEvent: (_parent, args, context) => trackCampaignEvent(context, args.input),
    async createCampaign(_parent, args, context) {
      const { organisation, change } = organisationFor(context, 'campaign:run', args.input.organisation);
      const { input, problem } = parseInput(campaignInputSchema, args.input);
      if (!input) return problem;
      return saveCampaign(context.db, context.peers, input, organisation, null, change);
    },
    async updateCampaign(_parent, args, context) {
      const editable = await editableCampaign(args.id, args.expectedVersion, context);
      if (!editable) return notFound(args.id, 'Campaign');
      const { input, problem } = parseInput(campaignInputSchema, args.input);
      if (!input) return problem;
      const { row, change } = editable;
      return saveCampaign(context.db, context.peers, input, row.organisation, row, change);
    },
    async setCampaignCreative(_parent, args, context) {
      const editable = await editableCampaign(args.campaignId, args.expectedVersion, context);
      if (!editable) return notFound(args.campaignId, 'Campaign');
      const { input, problem } = parseInput(creativeInputSchema, args.input);
      if (!input) return problem;
      return setCreative(context.db, editable.row, input, editable.change);
    },
    async removeCampaignCreative(_parent, args, context) {
      const editable = await editableCampaign(args.campaignId, args.expectedVersion, context);
      if (!editable) return notFound(args.campaignId, 'Campaign');
      return removeCreative(context.db, editable.row, args.locale, editable.change);
    },
    async createPromotionEvent(_parent, args, context) {
      const { organisation, change } = organisationFor(context, 'promotion:manage', args.input.organisation);
      const { input, problem } = parseInput(promotionEventInputSchema, args.input);
      if (!input) return problem;
      return savePromotionEvent(context.db, context.peers, input, organisation, null, change);
    },
    async updatePromotionEvent(_parent, args, context) {
      const editable = await editablePromotionEvent(args.id, args.expectedVersion, context);
      if (!editable) return notFound(args.id, 'PromotionEvent');
      const { input, problem } = parseInput(promotionEventInputSchema, args.input);
      if (!input) return problem;
      const { row, change } = editable;
      return savePromotionEvent(context.db, context.peers, input, row.organisation, row, change);
    },
    async recordPromotionLeads(_parent, args, context) {
      const editable = await editablePromotionEvent(args.id, args.expectedVersion, context);
      if (!editable) return notFound(args.id, 'PromotionEvent');
      const { input, problem } = parseInput(leadsSchema, { leads: args.leads });
      if (!input) return problem;
      return recordLeads(context.db, editable.row, input.leads, editable.change);
    },
    scheduleCampaign: lifecycleStep('schedule'),
    pauseCampaign: lifecycleStep('pause'),
    resumeCampaign: lifecycleStep('resume'),
    endCampaign: lifecycleStep('end'),
  },
  Package: {
    __resolveReference: (reference) => ({ id: reference.id }),
    // Active campaigns are approved, so never drafts; the rule still applies, as on every way in: the loader's
    // statement selects by campaignVisibility before it caps the list (MAX_CAMPAIGNS_PER_PACKAGE).
    campaigns: async (pkg, _args, context) =>
      (await context.loaders.activeCampaignsByPackage.load(pkg.id)).map((row) => row.campaign),
  },
  Campaign: {
    // Representations for stats carry the conversion totals the other subgraphs resolved (@requires).
    async __resolveReference(reference, context) {
      const row = visibleOrNull(
        campaignVisibility,
        context.viewer,
        'id' in reference
          ? await context.loaders.campaignById.load(reference.id)
          : await data.campaignByTrackingCode(context.db, reference.trackingCode),
      );
      if (!row) return null;
      if (!('inquiryStats' in reference)) return row;
      return { ...row, inquiryStats: reference.inquiryStats, appointmentStats: reference.appointmentStats };
    },
    name: (campaign, { locale }) => localize(campaign.name, locale),
    names: (campaign) => storedTexts(campaign.name),
    status: (campaign, _args, context) => data.campaignStatus(campaign, context.now),
    creative: async (campaign, { locale }, context) =>
      pickCreative(await context.loaders.creativesByCampaign.load(campaign.id), locale),
    creativeLocales: async (campaign, _args, context) =>
      (await context.loaders.creativesByCampaign.load(campaign.id)).map((row) => row.locale),
    // Package visibility is the itineraries subgraph's rule: it resolves Campaign.packages from these (@requires).
    packageIds: async (campaign, _args, context) =>
      (await context.loaders.packageLinksByCampaign.load(campaign.id)).map((link) => link.packageId),
    providers: async (campaign, _args, context) =>
      (await context.loaders.providerLinksByCampaign.load(campaign.id)).map((link) => ({ id: link.providerId })),
    stats: async (campaign, _args, context) => {
      requirePermission(
        context.viewer,
        'campaign:results',
        { organisation: campaign.organisation },
        "this campaign's results",
      );
      // Events still waiting in this service's buffer count too. With several replicas, each flushes its own
      // within EventBuffer's delay, so stats may trail the banners by that much.
      await eventBufferFor(context.db).flush();
      const [traffic, rejected] = await Promise.all([
        context.loaders.trafficByCampaign.load(campaign.id),
        context.loaders.rejectionsByCampaign.load(campaign.id),
      ]);
      return campaignStats(
        traffic,
        campaign.inquiryStats?.total ?? null,
        campaign.appointmentStats?.total ?? null,
        rejected,
      );
    },
  },
  EmbedSite: {
    name: (site, { locale }) => localize(site.name, locale),
  },
  PromotionEvent: {
    __resolveReference: (reference, context) => context.loaders.promotionEventById.load(reference.id),
    title: (event, { locale }) => localize(event.title, locale),
    titles: (event) => storedTexts(event.title),
    description: (event, { locale }) => localizeOptional(event.description, locale),
    descriptions: (event) => storedTexts(event.description),
    campaign: (event, _args, context) => (event.campaignId ? visibleCampaign(context, event.campaignId) : null),
    // The itineraries subgraph resolves PromotionEvent.packages and .itinerary from these, by package visibility.
    packageIds: async (event, _args, context) =>
      (await context.loaders.packageLinksByPromotionEvent.load(event.id)).map((link) => link.packageId),
    providers: async (event, _args, context) =>
      (await context.loaders.providerLinksByPromotionEvent.load(event.id)).map((link) => ({ id: link.providerId })),
  },
  AuditEntry: auditEntryResolvers,
};

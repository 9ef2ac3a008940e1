import { z } from 'zod';
import { toConversionStats } from '../../core/attribution';
import type { Staff } from '../../core/auth';
import { auditEntryResolvers, readAuditTrail } from '../../core/audit';
import { newestFirstKey, pageRequest, toConnection } from '../../core/connection';
import { notFound, parseArgs, parseInput, present } from '../../core/errors';
import { localize, localizeOptional } from '../../core/locale';
import { krw } from '../../core/money';
import { ownScope, requirePermission } from '../../core/policy';
import { idSchema, lookupArgsSchema } from '../../core/validation';
import { visibleOrNull } from '../../core/visibility';
import type { ItinerariesContext } from './context';
import * as data from './data';
import type { ItineraryStepResolvers, Resolvers } from './generated/resolvers';
import { submitInquiry } from './inquiry';
import { addInquiryNote, replyToInquiry, setInquiryStatus, type HandledInquiry } from './inquiry-handling';
import { packageInputSchema, savePackage, setPackageStatus } from './package-editing';
import { priceBreakdown } from './pricing';
import { auditTrail, type InquiryRow, type ItineraryStepRow, type PackageRow } from './schema';
import { packageTranslations, storedTexts } from './translations';
import { packageVisibility, visiblePackage, visiblePackages } from './visibility';

const currencyArg = z.object({
  currency: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'))
    .nullish()
    .transform((value) => value ?? 'KRW'),
});

const packageFilter = z.object({ maxPrice: z.number().int().min(0, 'must not be negative').nullish() });
const inquiryFilter = z.object({ packageId: idSchema.nullish() });
const entityFilter = z.object({ entityId: z.string().max(100, 'must be at most 100 characters').nullish() });

const STEP_TYPES = {
  MEDICAL: 'MedicalStep',
  WELLNESS: 'WellnessStep',
  TOUR: 'TourStep',
  TRANSFER: 'TransferStep',
  STAY: 'StayStep',
} as const;

async function stepsOf(pkg: PackageRow, context: ItinerariesContext): Promise<ItineraryStepRow[]> {
  return context.loaders.stepsByPackage.load(pkg.id);
}

/** A package's price lines, days and steps, batched across the request. */
function contentOf(pkg: PackageRow, context: ItinerariesContext) {
  return Promise.all([
    context.loaders.pricesByPackage.load(pkg.id),
    context.loaders.daysByPackage.load(pkg.id),
    context.loaders.stepsByPackage.load(pkg.id),
  ]);
}

/** Distinct non-null values in first-seen order. */
function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}

const stepText = {
  title: (step: ItineraryStepRow, { locale }: { locale?: Parameters<typeof localize>[1] }) =>
    localize(step.title, locale),
};
const stepDescription = {
  description: (step: ItineraryStepRow, { locale }: { locale?: Parameters<typeof localize>[1] }) =>
    localizeOptional(step.description, locale),
};

const itineraryStep: ItineraryStepResolvers = {
  __resolveType: (step) => STEP_TYPES[step.kind],
};

async function requireInquiryStaff(inquiry: InquiryRow, context: ItinerariesContext): Promise<void> {
  const pkg = present(await context.loaders.packageById.load(inquiry.packageId), `package of inquiry ${inquiry.id}`);
  requirePermission(context.viewer, 'inquiry:manage', { region: pkg.region }, 'inquiry details');
}

/**
 * The inquiry a mutation handles, after checking the caller manages its package's region. Staff who handle no
 * region's inquiries (and anonymous callers) are refused before the id is looked up; null when there is no such
 * inquiry.
 */
async function handledInquiry(id: string, context: ItinerariesContext): Promise<HandledInquiry | null> {
  requirePermission(context.viewer, 'inquiry:manage', ownScope(context.viewer), 'inquiries');
  const inquiry = await context.loaders.inquiryById.load(parseArgs(z.object({ id: idSchema }), { id }).id);
  if (!inquiry) return null;
  const pkg = present(await context.loaders.packageById.load(inquiry.packageId), `package of inquiry ${inquiry.id}`);
  const staff = requirePermission(context.viewer, 'inquiry:manage', { region: pkg.region }, 'this inquiry');
  return { inquiry, region: pkg.region, staff };
}

/**
 * The package to change, after checking the caller manages its region. Those who may not are refused (FORBIDDEN,
 * UNAUTHENTICATED) whether or not they may see it: the refusal carries nothing of the package.
 */
async function editablePackage(
  id: string,
  context: ItinerariesContext,
): Promise<{ pkg: PackageRow; staff: Staff } | null> {
  const pkg = await context.loaders.packageById.load(parseArgs(z.object({ id: idSchema }), { id }).id);
  if (!pkg) return null;
  return { pkg, staff: requirePermission(context.viewer, 'package:edit', { region: pkg.region }, 'this package') };
}

export const resolvers: Resolvers = {
  Query: {
    async packages(_parent, args, context) {
      const page = pageRequest(args);
      const filter = args.filter ?? {};
      parseArgs(packageFilter, filter);
      const { rows, totalCount } = await data.findPackages(
        context.db,
        filter,
        page,
        packageVisibility.where(context.viewer),
      );
      return toConnection(rows, page, (row) => row.slug, totalCount);
    },
    async package(_parent, args, context) {
      const { id, slug } = parseArgs(lookupArgsSchema, args);
      if (id) return visiblePackage(context, id);
      return visibleOrNull(packageVisibility, context.viewer, await data.packageBySlug(context.db, slug ?? ''));
    },
    exchangeRates: (_parent, _args, context) => data.allLatestRates(context.db),
    async regionInquiries(_parent, args, context) {
      requirePermission(context.viewer, 'inquiry:manage', { region: args.region }, `inquiries in ${args.region}`);
      const { packageId } = parseArgs(inquiryFilter, args.filter ?? {});
      const page = pageRequest(args);
      const { rows, totalCount } = await data.inquiriesOfRegion(
        context.db,
        args.region,
        { status: args.filter?.status, packageId },
        page,
      );
      return toConnection(rows, page, newestFirstKey, totalCount);
    },
    async regionAuditTrail(_parent, args, context) {
      requirePermission(context.viewer, 'audit:read', { region: args.region }, `the history of ${args.region}`);
      const { entityId } = parseArgs(entityFilter, args);
      const { first, after } = args;
      return readAuditTrail(
        context.db,
        auditTrail,
        { column: 'region', value: args.region },
        { first, after, entityId },
      );
    },
  },
  Mutation: {
    submitInquiry: (_parent, args, context) => submitInquiry(context.db, args.input, context.now, context.site),
    async createPackage(_parent, args, context) {
      // Staff who edit no region's packages are refused before the input is read, whatever it holds.
      requirePermission(context.viewer, 'package:edit', ownScope(context.viewer), 'creating packages');
      const { input, problem } = parseInput(packageInputSchema, args.input);
      if (!input) return problem;
      const staff = requirePermission(
        context.viewer,
        'package:edit',
        { region: input.region },
        `packages in ${input.region}`,
      );
      return savePackage(context.db, context.peers, input, null, { staff });
    },
    async updatePackage(_parent, args, context) {
      const editable = await editablePackage(args.id, context);
      if (!editable) return notFound(args.id, 'Package');
      const { input, problem } = parseInput(packageInputSchema, args.input);
      if (!input) return problem;
      // Moving it to another region needs that region too.
      requirePermission(context.viewer, 'package:edit', { region: input.region }, `packages in ${input.region}`);
      return savePackage(context.db, context.peers, input, editable.pkg, {
        staff: editable.staff,
        expectedVersion: args.expectedVersion,
      });
    },
    async setPackageStatus(_parent, args, context) {
      const editable = await editablePackage(args.id, context);
      if (!editable) return notFound(args.id, 'Package');
      const { pkg, staff } = editable;
      return setPackageStatus(context.db, pkg, args.status, {
        staff,
        expectedVersion: args.expectedVersion,
        now: context.now,
      });
    },
    async setInquiryStatus(_parent, args, context) {
      const handled = await handledInquiry(args.id, context);
      if (!handled) return notFound(args.id, 'Inquiry');
      const { status, reason, expectedVersion } = args;
      return setInquiryStatus(context.db, handled, { status, reason, expectedVersion });
    },
    async addInquiryNote(_parent, args, context) {
      const handled = await handledInquiry(args.id, context);
      if (!handled) return notFound(args.id, 'Inquiry');
      return addInquiryNote(context.db, handled, { text: args.text });
    },
    async replyToInquiry(_parent, args, context) {
      const handled = await handledInquiry(args.id, context);
      if (!handled) return notFound(args.id, 'Inquiry');
      return replyToInquiry(context.db, handled, { text: args.text });
    },
  },
  AuditEntry: auditEntryResolvers,
  // The campaigns subgraph stores which packages a campaign or promotion event presents, and brings their ids
  // (@requires); the packages are resolved here, where their visibility rule lives, so hidden ones are dropped.
  Campaign: {
    __resolveReference: (reference) => reference,
    async inquiryStats(campaign, _args, context) {
      // The gateway brings the campaign's organisation (@requires), whose results these are.
      requirePermission(
        context.viewer,
        'campaign:results',
        { organisation: campaign.organisation },
        "this campaign's inquiries",
      );
      return toConversionStats(await context.loaders.conversionsByCampaign.load(campaign.trackingCode));
    },
    packages: (campaign, _args, context) => visiblePackages(context, campaign.packageIds ?? []),
  },
  PromotionEvent: {
    __resolveReference: (reference) => reference,
    packages: (event, _args, context) => visiblePackages(context, event.packageIds ?? []),
    itinerary: (event, _args, context) =>
      event.itineraryPackageId ? visiblePackage(context, event.itineraryPackageId) : null,
  },
  Provider: {
    __resolveReference: (reference) => ({ id: reference.id }),
    // The loader's statement selects by packageVisibility before it caps the list (MAX_PACKAGES_PER_PROVIDER).
    packages: async (provider, _args, context) =>
      (await context.loaders.packagesByProvider.load(provider.id)).map((row) => row.package),
  },
  Package: {
    __resolveReference: (reference, context) => visiblePackage(context, reference.id),
    title: (pkg, { locale }) => localize(pkg.title, locale),
    summary: (pkg, { locale }) => localize(pkg.summary, locale),
    priceFrom: (pkg) => krw(pkg.totalPriceKrw),
    price: async (pkg, args, context) =>
      (await priceBreakdown(pkg, parseArgs(currencyArg, args).currency, context)).total,
    priceBreakdown: (pkg, args, context) => priceBreakdown(pkg, parseArgs(currencyArg, args).currency, context),
    days: (pkg, _args, context) => context.loaders.daysByPackage.load(pkg.id),
    providers: async (pkg, _args, context) =>
      distinct((await stepsOf(pkg, context)).map((step) => step.providerId)).map((id) => ({ id })),
    procedures: async (pkg, _args, context) =>
      distinct((await stepsOf(pkg, context)).map((step) => step.procedureId)).map((id) => ({ id })),
    visa: (pkg) => pkg,
    translations: async (pkg, _args, context) => packageTranslations(pkg, ...(await contentOf(pkg, context))),
    texts: async (pkg, _args, context) => storedTexts(pkg, ...(await contentOf(pkg, context))),
    async inquiries(pkg, args, context) {
      requirePermission(context.viewer, 'inquiry:manage', { region: pkg.region }, 'these inquiries');
      const page = pageRequest(args);
      const { rows, totalCount } = await data.inquiriesOfPackage(context.db, pkg.id, page);
      return toConnection(rows, page, newestFirstKey, totalCount);
    },
  },
  VisaInfo: {
    recommended: (pkg) => pkg.visaRecommended,
    notes: (pkg, { locale }) => localizeOptional(pkg.visaNotes, locale),
  },
  PriceLine: {
    label: (line, { locale }) => localize(line.label, locale),
  },
  ItineraryDay: {
    title: (day, { locale }) => localize(day.title, locale),
    steps: async (day, _args, context) =>
      (await context.loaders.stepsByPackage.load(day.packageId)).filter((step) => step.day === day.day),
  },
  ItineraryStep: itineraryStep,
  MedicalStep: {
    ...stepText,
    provider: (step) => ({ id: present(step.providerId, `provider of step ${step.id}`) }),
    procedure: (step) => (step.procedureId ? { id: step.procedureId } : null),
  },
  WellnessStep: {
    ...stepText,
    ...stepDescription,
    activity: (step) => present(step.activity, `activity of step ${step.id}`),
  },
  TourStep: {
    ...stepText,
    ...stepDescription,
    category: (step) => present(step.category, `category of step ${step.id}`),
  },
  TransferStep: {
    ...stepText,
    from: (step) => present(step.fromPlace, `origin of step ${step.id}`),
    to: (step) => present(step.toPlace, `destination of step ${step.id}`),
    transport: (step) => present(step.transport, `transport of step ${step.id}`),
  },
  StayStep: {
    ...stepText,
    nights: (step) => present(step.nights, `nights of step ${step.id}`),
    lodging: (step) => present(step.lodging, `lodging of step ${step.id}`),
  },
  Inquiry: {
    contact: async (inquiry, _args, context) => {
      await requireInquiryStaff(inquiry, context);
      return {
        name: inquiry.contactName,
        email: inquiry.contactEmail,
        phone: inquiry.contactPhone,
        nationality: inquiry.nationality,
        locale: inquiry.locale,
      };
    },
    message: async (inquiry, _args, context) => {
      await requireInquiryStaff(inquiry, context);
      return inquiry.message;
    },
    locale: async (inquiry, _args, context) => {
      await requireInquiryStaff(inquiry, context);
      return inquiry.locale;
    },
    history: async (inquiry, _args, context) => {
      await requireInquiryStaff(inquiry, context);
      return (await context.loaders.eventsByInquiry.load(inquiry.id)).map((event) => ({
        id: event.id,
        at: event.at,
        by: event.actorId,
        kind: event.kind,
        text: event.text,
        status: event.status,
        delivery: event.delivery,
      }));
    },
    // Null for a caller the package is now hidden from (set back to draft after the inquiry was answered).
    package: (inquiry, _args, context) => visiblePackage(context, inquiry.packageId),
  },
};

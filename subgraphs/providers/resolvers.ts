import { z } from 'zod';
import { toConversionStats } from '../../core/attribution';
import { auditEntryResolvers, readAuditTrail } from '../../core/audit';
import { MAX_AVAILABILITY_DAYS } from '../../core/availability';
import { newestFirstKey, pageRequest, toConnection } from '../../core/connection';
import { badUserInput, notFound, parseArgs, parseInput, present } from '../../core/errors';
import { localize, localizeOptional } from '../../core/locale';
import { ownScope, requirePermission, type Scope } from '../../core/policy';
import { isWithin, koreaDate } from '../../core/time';
import { idSchema, lookupArgsSchema } from '../../core/validation';
import {
  appointmentForPatient,
  cancelAppointment,
  cancelInputSchema,
  confirmAppointment,
  confirmInputSchema,
  declineAppointment,
  declineInputSchema,
  patientViewArgsSchema,
  rescheduleAppointment,
  rescheduleInputSchema,
  patientDeadline,
  type Caller,
} from './appointment-lifecycle';
import { holdSlot } from './booking';
import { appointmentCalendar } from './calendar';
import {
  calendarFeedById,
  calendarFeedUrl,
  createCalendarFeed,
  feedLabelSchema,
  readCalendarFeed,
  revokeCalendarFeed,
} from './calendar-feeds';
import { providerSettingsSchema, updateProviderSettings } from './provider-settings';
import {
  closeSlot,
  providerOf,
  publishSlotPattern,
  publishSlotPatternSchema,
  publishSlots,
  publishSlotsSchema,
  updateSlot,
  updateSlotSchema,
  type CalendarEditor,
} from './slot-management';
import type { ProvidersContext } from './context';
import * as data from './data';
import type { Resolvers } from './generated/resolvers';
import { auditTrail, type DesignationRow, type ProviderRow, type SlotRow } from './schema';

const ACCREDITATIONS = new Set<DesignationRow['kind']>(['KAHF', 'JCI', 'KOIHA']);

/** What a provider's calendar, bookings, patients and settings are asked about: its slug, as staff tokens name it. */
const ofProvider = (provider: ProviderRow): Scope => ({ provider: provider.slug });

/**
 * Staff changing bookings: those whose role may manage bookings (of their own provider, or of any) pass here; which
 * bookings they reach is decided per booking, in the transaction that changes it (appointment-lifecycle.ts).
 */
function staffCaller(context: ProvidersContext, what: string): Caller {
  const staff = requirePermission(context.viewer, 'appointment:manage', ownScope(context.viewer), what);
  return { kind: 'staff', staff };
}

/** The patient with the booking's secret, or else staff. */
function patientOrStaff(context: ProvidersContext, secret: string | null | undefined, what: string): Caller {
  return secret ? { kind: 'patient', secret } : staffCaller(context, what);
}

async function providerOfSlot(slot: SlotRow, context: ProvidersContext): Promise<ProviderRow> {
  return present(await context.loaders.providerById.load(slot.providerId), `provider of slot ${slot.id}`);
}

async function activeDesignations(provider: ProviderRow, context: ProvidersContext) {
  const today = koreaDate(context.now);
  const rows = await context.loaders.designationsByProvider.load(provider.id);
  return rows.filter((row) => isWithin(row, today));
}

/** A window of slots [from, to): the same bounds for the public availability and the staff's listing. */
function slotWindow<S extends z.ZodObject<{ from: z.ZodDate; to: z.ZodDate }>>(schema: S) {
  return schema
    .refine((args) => args.to > args.from, { message: 'must be after from', path: ['to'] })
    .refine((args) => args.to.getTime() - args.from.getTime() <= MAX_AVAILABILITY_DAYS * 86_400_000, {
      message: `must be at most ${MAX_AVAILABILITY_DAYS} days after from`,
      path: ['to'],
    });
}

const availabilityArgs = slotWindow(
  z.object({
    from: z.date(),
    to: z.date(),
    procedureId: idSchema.nullish(),
    mode: z.enum(['IN_PERSON', 'REMOTE']).nullish(),
  }),
);
const slotListingArgs = slotWindow(z.object({ from: z.date(), to: z.date() }));

/** `first` and `after` are checked by readAuditTrail's paging, as every connection's. */
const auditTrailArgs = z.object({ providerId: idSchema, entityId: idSchema.nullish() });
const createFeedArgs = z.object({ providerId: idSchema, label: feedLabelSchema });

/** The staff member changing a provider's calendar, once the policy allowed it for that provider. */
function calendarEditor(context: ProvidersContext, provider: ProviderRow): CalendarEditor {
  const staff = requirePermission(context.viewer, 'calendar:manage', ofProvider(provider), 'this calendar');
  return { staff, provider };
}

export const resolvers: Resolvers = {
  Query: {
    async providers(_parent, args, context) {
      const page = pageRequest(args);
      const { rows, totalCount } = await data.findProviders(
        context.db,
        args.filter ?? {},
        page,
        koreaDate(context.now),
      );
      return toConnection(rows, page, (row) => row.slug, totalCount);
    },
    async provider(_parent, args, context) {
      const { id, slug } = parseArgs(lookupArgsSchema, args);
      if (id) return context.loaders.providerById.load(id);
      const [row] = await data.providersBySlugs(context.db, [slug ?? '']);
      return row ?? null;
    },
    procedure: (_parent, args, context) =>
      args.id ? context.loaders.procedureById.load(parseArgs(idSchema, args.id)) : null,
    slot: (_parent, args, context) => context.loaders.slotById.load(parseArgs(z.object({ id: idSchema }), args).id),
    appointment: (_parent, args, context) =>
      appointmentForPatient(context.db, parseArgs(patientViewArgsSchema, args), context.serviceKey),
    async providerAuditTrail(_parent, args, context) {
      // Whether the caller may read any audit trail at all, before the provider is looked up.
      requirePermission(context.viewer, 'audit:read', ownScope(context.viewer), 'audit trails');
      const { providerId, entityId } = parseArgs(auditTrailArgs, args);
      const provider = await context.loaders.providerById.load(providerId);
      if (!provider) throw badUserInput('providerId', `provider ${providerId} was not found`);
      requirePermission(context.viewer, 'audit:read', ofProvider(provider), "this provider's audit trail");
      return readAuditTrail(
        context.db,
        auditTrail,
        { column: 'provider', value: provider.slug },
        { first: args.first, after: args.after, entityId },
      );
    },
  },
  Mutation: {
    holdSlot: (_parent, args, context) =>
      holdSlot(context.db, args.input, context.now, context.serviceKey, context.site),
    async cancelAppointment(_parent, args, context) {
      const { input, problem } = parseInput(cancelInputSchema, args.input);
      if (!input) return problem;
      const caller = patientOrStaff(context, input.secret, 'cancelling bookings');
      return cancelAppointment(context.db, input.reference, caller, context.now, context.serviceKey);
    },
    async confirmAppointment(_parent, args, context) {
      const caller = staffCaller(context, 'confirming bookings');
      const { input, problem } = parseInput(confirmInputSchema, args.input);
      if (!input) return problem;
      return confirmAppointment(context.db, input.reference, caller, context.now, context.serviceKey);
    },
    async declineAppointment(_parent, args, context) {
      const caller = staffCaller(context, 'declining bookings');
      const { input, problem } = parseInput(declineInputSchema, args.input);
      if (!input) return problem;
      return declineAppointment(context.db, input, caller, context.now, context.serviceKey);
    },
    async rescheduleAppointment(_parent, args, context) {
      const { input, problem } = parseInput(rescheduleInputSchema, args.input);
      if (!input) return problem;
      const caller = patientOrStaff(context, input.secret, 'rescheduling bookings');
      return rescheduleAppointment(context.db, input, caller, context.now, context.serviceKey);
    },
    async updateProviderSettings(_parent, args, context) {
      const { input, problem } = parseInput(providerSettingsSchema, args.input);
      if (!input) return problem;
      const provider = await providerOf(context.db, input.providerId);
      if (!provider) return notFound(input.providerId, 'Provider');
      const staff = requirePermission(
        context.viewer,
        'provider:settings',
        ofProvider(provider),
        "this provider's settings",
      );
      const answer = await updateProviderSettings(context.db, staff, provider.id, input);
      return '__typename' in answer ? answer : { __typename: 'Provider' as const, ...answer };
    },
    async publishSlots(_parent, args, context) {
      const { input, problem } = parseInput(publishSlotsSchema(context.now), args.input);
      if (!input) return problem;
      const provider = await providerOf(context.db, input.providerId);
      if (!provider) return notFound(input.providerId, 'Provider');
      return publishSlots(context.db, calendarEditor(context, provider), input);
    },
    async publishSlotPattern(_parent, args, context) {
      const { input, problem } = parseInput(publishSlotPatternSchema(context.now), args.input);
      if (!input) return problem;
      const provider = await providerOf(context.db, input.providerId);
      if (!provider) return notFound(input.providerId, 'Provider');
      return publishSlotPattern(context.db, calendarEditor(context, provider), input, context.now);
    },
    async updateSlot(_parent, args, context) {
      const { input, problem } = parseInput(updateSlotSchema(context.now), args.input);
      if (!input) return problem;
      const slot = await context.loaders.slotById.load(input.slotId);
      if (!slot) return notFound(input.slotId, 'Slot');
      return updateSlot(context.db, calendarEditor(context, await providerOfSlot(slot, context)), input, context.now);
    },
    async closeSlot(_parent, args, context) {
      const slotId = parseArgs(z.object({ slotId: idSchema }), args).slotId;
      const slot = await context.loaders.slotById.load(slotId);
      if (!slot) return notFound(slotId, 'Slot');
      const editor = calendarEditor(context, await providerOfSlot(slot, context));
      return { __typename: 'Slot' as const, ...(await closeSlot(context.db, editor, slot, context.now)) };
    },
    async createCalendarFeed(_parent, args, context) {
      const { input, problem } = parseInput(createFeedArgs, args);
      if (!input) return problem;
      const provider = await providerOf(context.db, input.providerId);
      if (!provider) return notFound(input.providerId, 'Provider');
      const staff = requirePermission(
        context.viewer,
        'appointment:manage',
        ofProvider(provider),
        "this provider's calendar feeds",
      );
      const { feed, secret } = await createCalendarFeed(context.db, staff, provider, input.label);
      return {
        __typename: 'CalendarFeedIssued' as const,
        feed,
        url: calendarFeedUrl(context.publicUrl, secret),
      };
    },
    async revokeCalendarFeed(_parent, args, context) {
      const { id } = parseArgs(z.object({ id: idSchema }), args);
      const feed = await calendarFeedById(context.db, id);
      if (!feed) return notFound(id, 'CalendarFeed');
      const provider = present(await context.loaders.providerById.load(feed.providerId), `provider of feed ${id}`);
      const staff = requirePermission(
        context.viewer,
        'appointment:manage',
        ofProvider(provider),
        "this provider's calendar feeds",
      );
      return {
        __typename: 'CalendarFeed' as const,
        ...(await revokeCalendarFeed(context.db, staff, provider, feed, context.now)),
      };
    },
    // Reached only by the gateway's signed /calendar/ route: the field is @inaccessible in the public graph.
    readCalendarFeed: (_parent, args, context) =>
      readCalendarFeed(context.db, parseArgs(z.object({ secret: z.string() }), args).secret, context.now),
  },
  Provider: {
    __resolveReference: (reference, context) => context.loaders.providerById.load(reference.id),
    name: (provider, { locale }) => localize(provider.name, locale),
    description: (provider, { locale }) => localizeOptional(provider.description, locale),
    languages: async (provider, _args, context) =>
      (await context.loaders.coordinatorsByProvider.load(provider.id)).map((row) => row.language),
    coordinators: (provider, _args, context) => context.loaders.coordinatorsByProvider.load(provider.id),
    designations: (provider, _args, context) => context.loaders.designationsByProvider.load(provider.id),
    accreditations: async (provider, _args, context) =>
      (await activeDesignations(provider, context))
        .filter((row) => ACCREDITATIONS.has(row.kind))
        .map((row) => row.kind),
    eVisaDesignated: async (provider, _args, context) =>
      (await activeDesignations(provider, context)).some((row) => row.kind === 'E_VISA'),
    registration: async (provider, _args, context) => {
      const registered = (await activeDesignations(provider, context)).some(
        (row) => row.kind === 'FOREIGN_PATIENT_REGISTRATION',
      );
      return {
        number: provider.registrationNumber,
        insuranceValidUntil: provider.insuranceValidUntil,
        valid: registered && provider.insuranceValidUntil >= koreaDate(context.now),
      };
    },
    procedures: (provider, _args, context) => context.loaders.proceduresByProvider.load(provider.id),
    videoCallUrl(provider, _args, context) {
      requirePermission(context.viewer, 'provider:settings', ofProvider(provider), "this provider's video-call link");
      return provider.videoCallUrl;
    },
    notificationEmail(provider, _args, context) {
      requirePermission(
        context.viewer,
        'provider:settings',
        ofProvider(provider),
        "this provider's notification address",
      );
      return provider.notificationEmail;
    },
    staffLocale(provider, _args, context) {
      requirePermission(context.viewer, 'provider:settings', ofProvider(provider), "this provider's staff language");
      return provider.staffLocale;
    },
    slots(provider, args, context) {
      requirePermission(context.viewer, 'calendar:manage', ofProvider(provider), "this provider's slots");
      const { from, to } = parseArgs(slotListingArgs, args);
      return context.loaders.slotsByProvider.load({
        id: provider.id,
        args: { from: from.toISOString(), to: to.toISOString() },
      });
    },
    calendarFeeds(provider, _args, context) {
      requirePermission(context.viewer, 'appointment:manage', ofProvider(provider), "this provider's calendar feeds");
      return context.loaders.calendarFeedsByProvider.load(provider.id);
    },
    async appointments(provider, args, context) {
      requirePermission(context.viewer, 'appointment:manage', ofProvider(provider), 'these appointments');
      const page = pageRequest(args);
      const { rows, totalCount } = await data.appointmentsOfProvider(
        context.db,
        provider.id,
        page,
        args.status ?? null,
      );
      return toConnection(rows, page, newestFirstKey, totalCount);
    },
    availability(provider, args, context) {
      const parsed = parseArgs(availabilityArgs, args);
      return context.loaders.openSlotsByProvider.load({
        id: provider.id,
        args: {
          from: parsed.from.toISOString(),
          to: parsed.to.toISOString(),
          procedureId: parsed.procedureId ?? null,
          mode: parsed.mode ?? null,
        },
      });
    },
  },
  Campaign: {
    __resolveReference: (reference) => reference,
    async appointmentStats(campaign, _args, context) {
      // The gateway brings the campaign's organisation (@requires), whose results these are.
      requirePermission(
        context.viewer,
        'campaign:results',
        { organisation: campaign.organisation },
        "this campaign's bookings",
      );
      return toConversionStats(await context.loaders.conversionsByCampaign.load(campaign.trackingCode));
    },
  },
  Designation: {
    active: (designation, _args, context) => isWithin(designation, koreaDate(context.now)),
  },
  Procedure: {
    __resolveReference: (reference, context) => context.loaders.procedureById.load(reference.id),
    provider: async (procedure, _args, context) =>
      present(await context.loaders.providerById.load(procedure.providerId), `provider of procedure ${procedure.id}`),
    name: (procedure, { locale }) => localize(procedure.name, locale),
    description: (procedure, { locale }) => localizeOptional(procedure.description, locale),
    priceRange: (procedure) => ({
      min: { amount: procedure.priceMinKrw, currency: 'KRW' },
      max: { amount: procedure.priceMaxKrw, currency: 'KRW' },
    }),
  },
  Slot: {
    __resolveReference: (reference, context) => context.loaders.slotById.load(reference.id),
    provider: async (slot, _args, context) =>
      present(await context.loaders.providerById.load(slot.providerId), `provider of slot ${slot.id}`),
    procedure: (slot, _args, context) =>
      slot.procedureId ? context.loaders.procedureById.load(slot.procedureId) : null,
    async bookings(slot, _args, context) {
      requirePermission(
        context.viewer,
        'appointment:manage',
        ofProvider(await providerOfSlot(slot, context)),
        "this slot's bookings",
      );
      return context.loaders.bookingsBySlot.load(slot.id);
    },
  },
  AuditEntry: auditEntryResolvers,
  Appointment: {
    cancelSecret: (appointment) => appointment.cancelSecret ?? null,
    contact: async (appointment, _args, context) => {
      const slot = present(await context.loaders.slotById.load(appointment.slotId), `slot of ${appointment.id}`);
      requirePermission(
        context.viewer,
        'patient:read',
        ofProvider(await providerOfSlot(slot, context)),
        'patient contact details',
      );
      return {
        name: appointment.contactName,
        email: appointment.contactEmail,
        phone: appointment.contactPhone,
        nationality: appointment.nationality,
        locale: appointment.locale,
        timeZone: appointment.timeZone,
      };
    },
    slot: async (appointment, _args, context) =>
      present(await context.loaders.slotById.load(appointment.slotId), `slot of appointment ${appointment.id}`),
    changeableUntil: async (appointment, _args, context) => {
      const slot = present(await context.loaders.slotById.load(appointment.slotId), `slot of ${appointment.id}`);
      return patientDeadline(slot.startsAt, (await providerOfSlot(slot, context)).cancellationWindowHours);
    },
    // The patient's own download (PUBLISH, no attendee): the same event, UID and SEQUENCE the messages attach.
    calendar: async (appointment, _args, context) => {
      const slot = present(await context.loaders.slotById.load(appointment.slotId), `slot of ${appointment.id}`);
      const [provider, procedure] = await Promise.all([
        providerOfSlot(slot, context),
        slot.procedureId ? context.loaders.procedureById.load(slot.procedureId) : null,
      ]);
      return appointmentCalendar(
        { appointment, slot, provider, procedure },
        { method: 'PUBLISH', mailFrom: null, attendee: false },
      );
    },
    // An appointment reaches only its patient (holdSlot's answer, the secret) and the provider's staff, so the
    // link needs no further check; it is given for REMOTE slots only.
    videoCallUrl: async (appointment, _args, context) => {
      const slot = present(await context.loaders.slotById.load(appointment.slotId), `slot of ${appointment.id}`);
      return slot.mode === 'REMOTE' ? (await providerOfSlot(slot, context)).videoCallUrl : null;
    },
  },
};

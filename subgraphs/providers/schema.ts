import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTrailTable } from '../../core/audit';
import { LOCALES, REGIONS, WELLNESS_CLUSTERS } from '../../core/domain';
import type { LocalizedText } from '../../core/locale';

export const providersSchema = pgSchema('providers');

export const regionEnum = providersSchema.enum('region', REGIONS);
export const wellnessClusterEnum = providersSchema.enum('wellness_cluster', WELLNESS_CLUSTERS);
export const localeEnum = providersSchema.enum('locale', LOCALES);
export const providerKindEnum = providersSchema.enum('provider_kind', [
  'CLINIC',
  'HOSPITAL',
  'GENERAL_HOSPITAL',
  'TERTIARY_HOSPITAL',
  'KOREAN_MEDICINE_HOSPITAL',
  'HEALTH_SCREENING_CENTER',
  'WELLNESS_CENTER',
]);
export const specialtyEnum = providersSchema.enum('specialty', [
  'PLASTIC_SURGERY',
  'DERMATOLOGY',
  'CANCER_CARE',
  'ORGAN_TRANSPLANT',
  'KOREAN_MEDICINE',
  'HEALTH_SCREENING',
  'INTERNAL_MEDICINE',
  'ORTHOPEDICS',
  'DENTISTRY',
  'OPHTHALMOLOGY',
  'FERTILITY',
  'WELLNESS',
]);
export const designationKindEnum = providersSchema.enum('designation_kind', [
  'FOREIGN_PATIENT_REGISTRATION',
  'E_VISA',
  'KAHF',
  'JCI',
  'KOIHA',
]);
export const chatChannelEnum = providersSchema.enum('chat_channel', [
  'LINE',
  'WECHAT',
  'KAKAOTALK',
  'WHATSAPP',
  'TELEGRAM',
  'EMAIL',
  'PHONE',
  'ZALO',
]);
export const consultationModeEnum = providersSchema.enum('consultation_mode', ['IN_PERSON', 'REMOTE']);
/** HELD: requested, places held; CONFIRMED or DECLINED by the provider's staff; CANCELLED by patient or staff. */
export const appointmentStatusEnum = providersSchema.enum('appointment_status', [
  'HELD',
  'CONFIRMED',
  'CANCELLED',
  'DECLINED',
]);

/** What a booking message tells; one kind per step of the appointment's life (subgraphs/providers/outbox.ts). */
export const messageKindEnum = providersSchema.enum('message_kind', [
  'BOOKING_REQUESTED',
  'BOOKING_CONFIRMED',
  'BOOKING_DECLINED',
  'BOOKING_RESCHEDULED',
  'BOOKING_CANCELLED',
  'REMINDER',
  'FOLLOW_UP_INVITATION',
]);
export const messageRecipientEnum = providersSchema.enum('message_recipient', ['PATIENT', 'STAFF']);
/**
 * PENDING until delivered (SENT); SKIPPED when what it announces no longer holds (a reminder after a cancel);
 * FAILED when the mail server refused it for good (a 5xx answer, e.g. an address that does not exist).
 */
export const deliveryStatusEnum = providersSchema.enum('delivery_status', ['PENDING', 'SENT', 'SKIPPED', 'FAILED']);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const providers = providersSchema.table(
  'providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    kind: providerKindEnum('kind').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
    region: regionEnum('region').notNull(),
    city: text('city').notNull(),
    wellnessCluster: wellnessClusterEnum('wellness_cluster'),
    website: text('website'),
    specialties: specialtyEnum('specialties').array().notNull(),
    telemedicine: boolean('telemedicine').notNull().default(false),
    registrationNumber: text('registration_number').notNull().unique(),
    insuranceValidUntil: date('insurance_valid_until', { mode: 'string' }).notNull(),
    /** Bookings are CONFIRMED at once instead of waiting for the staff's answer. */
    autoConfirm: boolean('auto_confirm').notNull().default(false),
    /** Hours before a slot's start in which the patient can no longer cancel or reschedule (staff still can). */
    cancellationWindowHours: integer('cancellation_window_hours').notNull().default(24),
    address: text('address'),
    mapUrl: text('map_url'),
    /** Shown only to the patient of a REMOTE appointment and to staff, never on the public provider. */
    videoCallUrl: text('video_call_url'),
    /** Where the staff's booking messages go; none, none sent. */
    notificationEmail: text('notification_email'),
    /** The staff's messages are in Korean or English. */
    staffLocale: localeEnum('staff_locale').notNull().default('KO'),
    /** Bumped by every settings save (coordinators included), so a save based on an older read is refused. */
    settingsVersion: integer('settings_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (table) => [
    check('providers_staff_locale', sql`${table.staffLocale} in ('KO', 'EN')`),
    check('providers_cancellation_window', sql`${table.cancellationWindowHours} between 0 and 336`),
    check('providers_slug_format', sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('providers_name_has_en_or_ko', sql`${table.name} ? 'EN' or ${table.name} ? 'KO'`),
    check('providers_has_specialty', sql`cardinality(${table.specialties}) > 0`),
    index('providers_region_idx').on(table.region),
  ],
);

export const designations = providersSchema.table(
  'designations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    kind: designationKindEnum('kind').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
  },
  (table) => [
    check('designations_period', sql`${table.validUntil} >= ${table.validFrom}`),
    unique('designations_provider_kind_from').on(table.providerId, table.kind, table.validFrom),
    index('designations_kind_idx').on(table.kind, table.validUntil),
  ],
);

export const coordinators = providersSchema.table(
  'coordinators',
  {
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    language: localeEnum('language').notNull(),
    channels: chatChannelEnum('channels').array().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.providerId, table.language] }),
    index('coordinators_language_idx').on(table.language),
  ],
);

export const procedures = providersSchema.table(
  'procedures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull().unique(),
    specialty: specialtyEnum('specialty').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
    priceMinKrw: integer('price_min_krw').notNull(),
    priceMaxKrw: integer('price_max_krw').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    recoveryDays: integer('recovery_days').notNull().default(0),
    remoteFollowUp: boolean('remote_follow_up').notNull().default(false),
    vatRefundable: boolean('vat_refundable').notNull().default(false),
  },
  (table) => [
    check('procedures_price_range', sql`${table.priceMinKrw} >= 0 and ${table.priceMaxKrw} >= ${table.priceMinKrw}`),
    check('procedures_duration', sql`${table.durationMinutes} > 0`),
    check('procedures_recovery', sql`${table.recoveryDays} >= 0`),
    index('procedures_provider_idx').on(table.providerId),
  ],
);

export const slots = providersSchema.table(
  'slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    procedureId: uuid('procedure_id').references(() => procedures.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    mode: consultationModeEnum('mode').notNull(),
    capacity: integer('capacity').notNull(),
    remaining: integer('remaining').notNull(),
    interpreterLanguage: localeEnum('interpreter_language'),
    /** Closed by the provider's staff: no longer offered; appointments already held stay. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Bumped by every staff edit and by closing, so an edit based on an older read is refused. */
    version: integer('version').notNull().default(1),
  },
  (table) => [
    check('slots_period', sql`${table.endsAt} > ${table.startsAt}`),
    check('slots_capacity', sql`${table.capacity} > 0`),
    // The last line of defence against overbooking: no update can take remaining below zero.
    check('slots_remaining', sql`${table.remaining} >= 0 and ${table.remaining} <= ${table.capacity}`),
    index('slots_provider_starts_idx').on(table.providerId, table.startsAt),
  ],
);

export const appointments = providersSchema.table(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => slots.id, { onDelete: 'restrict' }),
    partySize: integer('party_size').notNull(),
    status: appointmentStatusEnum('status').notNull().default('HELD'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    nationality: text('nationality').notNull(),
    locale: localeEnum('locale').notNull(),
    /** The patient's IANA zone, so messages give the time in it beside Korea time. */
    timeZone: text('time_zone'),
    campaignCode: text('campaign_code'),
    /** The embed site the booking came from, for attribution. */
    siteKey: text('site_key'),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** The staff's reason, given with DECLINED. */
    declineReason: text('decline_reason'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    rescheduledAt: timestamp('rescheduled_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    check('appointments_decline_reason', sql`char_length(${table.declineReason}) between 1 and 500`),
    check('appointments_party_size', sql`${table.partySize} between 1 and 10`),
    check('appointments_nationality', sql`${table.nationality} ~ '^[A-Z]{2}$'`),
    check('appointments_time_zone', sql`char_length(${table.timeZone}) between 1 and 64`),
    index('appointments_slot_idx').on(table.slotId),
    index('appointments_campaign_idx').on(table.campaignCode),
    // The per-contact limits count a contact's recent bookings (core/contact-throttle.ts).
    index('appointments_contact_idx').on(sql`lower(${table.contactEmail})`, table.createdAt),
  ],
);

/** Answers already given to holdSlot, by the client's idempotency key. */
export const holdRequests = providersSchema.table(
  'hold_requests',
  {
    idempotencyKey: text('idempotency_key').primaryKey(),
    requestHash: text('request_hash').notNull(),
    appointmentId: uuid('appointment_id').references(() => appointments.id, { onDelete: 'cascade' }),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('hold_requests_created_idx').on(table.createdAt)],
);

/** Answers already given to rescheduleAppointment, by appointment and the client's idempotency key. */
export const rescheduleRequests = providersSchema.table(
  'reschedule_requests',
  {
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    /** The slot the appointment was moved to: the key's request, and a retry answers the appointment as it is now. */
    slotId: uuid('slot_id').notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.appointmentId, table.idempotencyKey] })],
);

/**
 * The transactional outbox: each message is written in the same transaction as the change it announces, and a
 * delivery worker sends it (subgraphs/providers/delivery.ts). `facts` is what was true when it was written (no
 * secret: the manage link is derived when the message is composed); the Message-ID derives from `id`, so a
 * message sent again after a crash is the same message.
 */
export const outboxMessages = providersSchema.table(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    kind: messageKindEnum('kind').notNull(),
    recipient: messageRecipientEnum('recipient').notNull(),
    facts: jsonb('facts').$type<MessageFacts>().notNull(),
    /** Not sent before this instant: now for most, the day before for a reminder. */
    notBefore: timestamp('not_before', { withTimezone: true }).notNull().defaultNow(),
    status: deliveryStatusEnum('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** A worker that claimed the message holds it until then; after that another may take it. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** Why the last attempt failed (the transport's error, never the message). */
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    check('outbox_attempts', sql`${table.attempts} >= 0`),
    check('outbox_sent', sql`(${table.status} = 'SENT') = (${table.sentAt} is not null)`),
    // The worker's claim reads only what is waiting, in the order it is due.
    index('outbox_pending_idx')
      .on(table.notBefore)
      .where(sql`${table.status} = 'PENDING'`),
    index('outbox_appointment_idx').on(table.appointmentId),
  ],
);

/**
 * The secret iCalendar addresses a provider's staff subscribe to in their own calendar apps
 * (subgraphs/providers/calendar-feeds.ts). Only the secret's SHA-256 is kept: the address is shown once, and a
 * leaked database gives no working address. Revoked feeds stay, so the staff see what was issued and when.
 */
export const calendarFeeds = providersSchema.table(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    /** base64url of the SHA-256 of the 32 random bytes in the address. */
    secretHash: text('secret_hash').notNull().unique(),
    createdAt: createdAt(),
    /** The staff member who issued it (their subject at the issuer). */
    createdBy: text('created_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastFetchedAt: timestamp('last_fetched_at', { withTimezone: true }),
  },
  (table) => [
    check('calendar_feeds_label', sql`char_length(${table.label}) between 1 and 100`),
    index('calendar_feeds_provider_idx').on(table.providerId, table.createdAt),
  ],
);

/** Every staff change to what the providers subgraph owns (core/audit.ts); append-only by trigger. */
export const auditTrail = auditTrailTable(providersSchema);

/** What a message announces, as it was when written. */
export interface MessageFacts {
  reference: string;
  status: (typeof appointmentStatusEnum.enumValues)[number];
  slotId: string;
  startsAt: string;
  endsAt: string;
  mode: (typeof consultationModeEnum.enumValues)[number];
  procedureId: string | null;
  partySize: number;
  /** BOOKING_RESCHEDULED: where it was before. */
  previousStartsAt?: string;
  /** BOOKING_DECLINED: the staff's reason. */
  declineReason?: string;
}

export type ProviderRow = typeof providers.$inferSelect;
export type DesignationRow = typeof designations.$inferSelect;
export type CoordinatorRow = typeof coordinators.$inferSelect;
export type ProcedureRow = typeof procedures.$inferSelect;
export type SlotRow = typeof slots.$inferSelect;
export type AppointmentRow = typeof appointments.$inferSelect;
export type OutboxMessageRow = typeof outboxMessages.$inferSelect;
export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTrailTable } from '../../core/audit';
import { LOCALES, PACKAGE_SEGMENTS, PACKAGE_THEMES, REGIONS, WELLNESS_CLUSTERS } from '../../core/domain';
import { MAX_ITINERARY_DAYS, MAX_STEPS_PER_DAY } from '../../core/itinerary';
import type { LocalizedText } from '../../core/locale';

export const itinerariesSchema = pgSchema('itineraries');

export const regionEnum = itinerariesSchema.enum('region', REGIONS);
export const wellnessClusterEnum = itinerariesSchema.enum('wellness_cluster', WELLNESS_CLUSTERS);
export const localeEnum = itinerariesSchema.enum('locale', LOCALES);
export const themeEnum = itinerariesSchema.enum('package_theme', PACKAGE_THEMES);
export const segmentEnum = itinerariesSchema.enum('package_segment', PACKAGE_SEGMENTS);
export const packageStatusEnum = itinerariesSchema.enum('package_status', ['DRAFT', 'PUBLISHED', 'CLOSED']);
export const visaTypeEnum = itinerariesSchema.enum('visa_type', [
  'C_3_3',
  'G_1_10',
  'K_ETA_EXEMPT',
  'TRANSIT_VISA_FREE',
]);
export const priceKindEnum = itinerariesSchema.enum('price_kind', [
  'MEDICAL',
  'INTERPRETATION',
  'TRANSPORT',
  'LODGING',
  'TOURISM',
]);
export const stepKindEnum = itinerariesSchema.enum('step_kind', ['MEDICAL', 'WELLNESS', 'TOUR', 'TRANSFER', 'STAY']);
export const transportEnum = itinerariesSchema.enum('transport_mode', ['FLIGHT', 'KTX', 'CAR', 'BUS', 'FERRY']);
export const lodgingEnum = itinerariesSchema.enum('lodging_kind', [
  'HOTEL',
  'HANOK',
  'RESORT',
  'HOT_SPRING_RESORT',
  'HOSPITAL_RESIDENCE',
  'TEMPLE_STAY',
]);
export const wellnessActivityEnum = itinerariesSchema.enum('wellness_activity', [
  'HOT_SPRING',
  'SPA',
  'MEDITATION',
  'FOREST_THERAPY',
  'HERBAL_THERAPY',
]);
export const tourCategoryEnum = itinerariesSchema.enum('tour_category', [
  'K_POP',
  'K_DRAMA',
  'K_BEAUTY',
  'FESTIVAL',
  'SIGHTSEEING',
  'FOOD',
  'SHOPPING',
]);

/** An inquiry's pipeline (the moves allowed between them: subgraphs/itineraries/inquiry-pipeline.ts). */
export const inquiryStatusEnum = itinerariesSchema.enum('inquiry_status', [
  'NEW',
  'CONTACTED',
  'QUOTED',
  'BOOKED',
  'LOST',
]);
export const inquiryEventKindEnum = itinerariesSchema.enum('inquiry_event_kind', ['NOTE', 'REPLY', 'STATUS']);
/** PENDING until the mail server took the reply (SENT), or refused it for good (FAILED, a 5xx answer). */
export const deliveryStatusEnum = itinerariesSchema.enum('delivery_status', ['PENDING', 'SENT', 'FAILED']);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const packages = itinerariesSchema.table(
  'packages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    status: packageStatusEnum('status').notNull().default('PUBLISHED'),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    summary: jsonb('summary').$type<LocalizedText>().notNull(),
    theme: themeEnum('theme').notNull(),
    segment: segmentEnum('segment').notNull(),
    region: regionEnum('region').notNull(),
    wellnessCluster: wellnessClusterEnum('wellness_cluster'),
    durationDays: integer('duration_days').notNull(),
    maxGuardians: integer('max_guardians').notNull().default(0),
    /** Sum of the price lines, kept for filtering and sorting by price. */
    totalPriceKrw: integer('total_price_krw').notNull(),
    visaRecommended: visaTypeEnum('visa_recommended').notNull(),
    eVisaEligible: boolean('e_visa_eligible').notNull().default(false),
    transferVisaFree: boolean('transfer_visa_free').notNull().default(false),
    visaNotes: jsonb('visa_notes').$type<LocalizedText>(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    /** Bumped by every staff save, so a save based on an older read is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
  },
  (table) => [
    check('packages_slug_format', sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('packages_duration', sql`${table.durationDays} between 1 and 365`),
    check('packages_guardians', sql`${table.maxGuardians} between 0 and 10`),
    check('packages_total_price', sql`${table.totalPriceKrw} >= 0`),
    // The transit visa-free route allows at most five days in Korea.
    check('packages_transfer_visa_free_days', sql`not ${table.transferVisaFree} or ${table.durationDays} <= 5`),
    index('packages_listing_idx').on(table.status, table.region, table.theme, table.slug),
    // The unfiltered list and its count read only published packages, by slug: a narrow index covers both.
    index('packages_published_idx')
      .on(table.slug)
      .where(sql`${table.status} = 'PUBLISHED'`),
  ],
);

export const packagePrices = itinerariesSchema.table(
  'package_prices',
  {
    packageId: uuid('package_id')
      .notNull()
      .references(() => packages.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: priceKindEnum('kind').notNull(),
    label: jsonb('label').$type<LocalizedText>().notNull(),
    amountKrw: integer('amount_krw').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.packageId, table.position] }),
    check('package_prices_amount', sql`${table.amountKrw} >= 0`),
  ],
);

export const itineraryDays = itinerariesSchema.table(
  'itinerary_days',
  {
    packageId: uuid('package_id')
      .notNull()
      .references(() => packages.id, { onDelete: 'cascade' }),
    day: integer('day').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.packageId, table.day] }),
    check('itinerary_days_day', sql`${table.day} between 1 and ${sql.raw(String(MAX_ITINERARY_DAYS))}`),
  ],
);

/** One row per step; which columns are set depends on the kind (checked below). */
export const itinerarySteps = itinerariesSchema.table(
  'itinerary_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    packageId: uuid('package_id').notNull(),
    day: integer('day').notNull(),
    position: integer('position').notNull(),
    kind: stepKindEnum('kind').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
    /** Provider and procedure belong to the providers subgraph: referenced by id, not by foreign key. */
    providerId: uuid('provider_id'),
    procedureId: uuid('procedure_id'),
    activity: wellnessActivityEnum('activity'),
    category: tourCategoryEnum('category'),
    fromPlace: text('from_place'),
    toPlace: text('to_place'),
    transport: transportEnum('transport'),
    durationMinutes: integer('duration_minutes'),
    nights: integer('nights'),
    lodging: lodgingEnum('lodging'),
  },
  (table) => [
    foreignKey({
      columns: [table.packageId, table.day],
      foreignColumns: [itineraryDays.packageId, itineraryDays.day],
    }).onDelete('cascade'),
    unique('itinerary_steps_order').on(table.packageId, table.day, table.position),
    check('itinerary_steps_position', sql`${table.position} between 0 and ${sql.raw(String(MAX_STEPS_PER_DAY - 1))}`),
    check('itinerary_steps_medical', sql`${table.kind} <> 'MEDICAL' or ${table.providerId} is not null`),
    check('itinerary_steps_wellness', sql`${table.kind} <> 'WELLNESS' or ${table.activity} is not null`),
    check('itinerary_steps_tour', sql`${table.kind} <> 'TOUR' or ${table.category} is not null`),
    check(
      'itinerary_steps_transfer',
      sql`${table.kind} <> 'TRANSFER' or (${table.fromPlace} is not null and ${table.toPlace} is not null and ${table.transport} is not null)`,
    ),
    check(
      'itinerary_steps_stay',
      sql`${table.kind} <> 'STAY' or (${table.nights} >= 1 and ${table.lodging} is not null)`,
    ),
    index('itinerary_steps_provider_idx').on(table.providerId),
  ],
);

export const exchangeRates = itinerariesSchema.table(
  'exchange_rates',
  {
    currency: char('currency', { length: 3 }).notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    krwPerUnit: numeric('krw_per_unit', { precision: 14, scale: 6, mode: 'number' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.currency, table.asOf] }),
    check('exchange_rates_positive', sql`${table.krwPerUnit} > 0`),
    check('exchange_rates_currency', sql`${table.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const inquiries = itinerariesSchema.table(
  'inquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    packageId: uuid('package_id')
      .notNull()
      .references(() => packages.id, { onDelete: 'restrict' }),
    partySize: integer('party_size').notNull(),
    preferredStart: date('preferred_start', { mode: 'string' }),
    locale: localeEnum('locale').notNull(),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    nationality: text('nationality').notNull(),
    message: text('message'),
    campaignCode: text('campaign_code'),
    siteKey: text('site_key'),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    // Milliseconds, as the newest-first cursors carry them (core/connection.ts): a page never skips a row created
    // in the same millisecond as the one it ended on, ties being ordered by id.
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    status: inquiryStatusEnum('status').notNull().default('NEW'),
    /** Bumped by every status change (notes and replies are appended beside it, they change nothing of it). */
    version: integer('version').notNull().default(1),
  },
  (table) => [
    check('inquiries_party_size', sql`${table.partySize} between 1 and 11`),
    check('inquiries_nationality', sql`${table.nationality} ~ '^[A-Z]{2}$'`),
    index('inquiries_package_idx').on(table.packageId, table.createdAt),
    index('inquiries_campaign_idx').on(table.campaignCode),
    // The per-contact limits count a contact's recent inquiries (core/contact-throttle.ts).
    index('inquiries_contact_idx').on(sql`lower(${table.contactEmail})`, table.createdAt),
    // The region's inbox filtered by status, newest first.
    index('inquiries_status_idx').on(table.status, table.createdAt),
  ],
);

/** Answers already given to submitInquiry, by the client's idempotency key. */
export const inquiryRequests = itinerariesSchema.table('inquiry_requests', {
  idempotencyKey: text('idempotency_key').primaryKey(),
  requestHash: text('request_hash').notNull(),
  inquiryId: uuid('inquiry_id').references(() => inquiries.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

/**
 * The staff's handling of an inquiry, append-only: notes among themselves, replies e-mailed to the patient (the
 * text as sent; the address stays in the inquiry row), and moves along the pipeline (with the reason for LOST).
 */
export const inquiryEvents = itinerariesSchema.table(
  'inquiry_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    /** The instant of the statement, not of its transaction: a reply and the move it makes stay in order. */
    at: timestamp('at', { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    /** The staff member's subject at their issuer. */
    actorId: text('actor_id').notNull(),
    kind: inquiryEventKindEnum('kind').notNull(),
    text: text('text'),
    /** The status a STATUS event moved the inquiry to. */
    status: inquiryStatusEnum('status'),
  },
  (table) => [
    check('inquiry_events_status', sql`(${table.kind} = 'STATUS') = (${table.status} is not null)`),
    check('inquiry_events_text', sql`${table.kind} = 'STATUS' or ${table.text} is not null`),
    index('inquiry_events_inquiry_idx').on(table.inquiryId, table.at),
  ],
);

/**
 * The transactional outbox of reply e-mails: written in the transaction that records the reply, sent by the delivery
 * worker (subgraphs/itineraries/delivery.ts, core/outbox-worker.ts). The message is composed when sent from the
 * reply's event and the inquiry; the Message-ID derives from `id`, so a message sent again after a crash is the
 * same message.
 */
export const replyOutbox = itinerariesSchema.table(
  'reply_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .unique()
      .references(() => inquiryEvents.id, { onDelete: 'cascade' }),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull().defaultNow(),
    status: deliveryStatusEnum('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** A worker that claimed the message holds it until then; after that another may take it. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** Why the last attempt failed (the transport's code and message without addresses, never the message). */
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    check('reply_outbox_attempts', sql`${table.attempts} >= 0`),
    check('reply_outbox_sent', sql`(${table.status} = 'SENT') = (${table.sentAt} is not null)`),
    index('reply_outbox_pending_idx')
      .on(table.notBefore)
      .where(sql`${table.status} = 'PENDING'`),
  ],
);

/** A region's own address for patients' answers (the Reply-To of replies); MAIL_FROM where a region has none. */
export const regionContacts = itinerariesSchema.table(
  'region_contacts',
  {
    region: regionEnum('region').primaryKey(),
    replyTo: text('reply_to').notNull(),
  },
  (table) => [check('region_contacts_reply_to', sql`${table.replyTo} ~ '^[^\\s@<>]+@[^\\s@<>]+$'`)],
);

/** Every staff change to the region's packages and inquiries (core/audit.ts). */
export const auditTrail = auditTrailTable(itinerariesSchema);

export type PackageRow = typeof packages.$inferSelect;
export type PackagePriceRow = typeof packagePrices.$inferSelect;
export type ItineraryDayRow = typeof itineraryDays.$inferSelect;
export type ItineraryStepRow = typeof itinerarySteps.$inferSelect;
export type ExchangeRateRow = typeof exchangeRates.$inferSelect;
export type InquiryRow = typeof inquiries.$inferSelect;
export type InquiryEventRow = typeof inquiryEvents.$inferSelect;
export type ReplyOutboxRow = typeof replyOutbox.$inferSelect;

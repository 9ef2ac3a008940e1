import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProviderRow as ProviderRowModel, ProcedureRow as ProcedureRowModel, SlotRow as SlotRowModel, DesignationRow as DesignationRowModel, CoordinatorRow as CoordinatorRowModel, CalendarFeedRow as CalendarFeedRowModel } from '../schema';
import type { AppointmentModel as AppointmentModelModel } from '../models';
import type { CampaignReference as CampaignReferenceModel, ConversionStatsModel as ConversionStatsModelModel } from '../../../core/models';
import type { AuditEntryModel as AuditEntryModelModel } from '../../../core/audit';
import type { ProvidersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An ISO-8601 instant with an offset, e.g. 2026-11-25T10:00:00+09:00. Output is in Korea time (+09:00). */
  DateTime: { input: Date; output: Date | string; }
  /**
   * A whole number of a currency's minor units, sent as a JSON number. Unlike Int (32 bits: 8.3 M KRW is already
   * more Mongolian möngö than it holds) it holds any amount up to 2^53 - 1, the largest integer every JSON reader,
   * JavaScript included, reads exactly; the API never answers a larger one.
   */
  MinorUnits: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Appointment = {
  __typename?: 'Appointment';
  /** The appointment as an RFC 5545 calendar (.ics, METHOD:PUBLISH) to add to a calendar app; the same event the messages attach. */
  calendar: Scalars['String']['output'];
  /** The campaign the patient came through, if any. */
  campaignCode: Maybe<Scalars['String']['output']>;
  /** Given only in holdSlot's answer: with the reference, the patient's manage secret (view, cancel, reschedule) without an account. */
  cancelSecret: Maybe<Scalars['String']['output']>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** Until when the patient can still cancel or reschedule online: the start less the provider's cancellation window. */
  changeableUntil: Scalars['DateTime']['output'];
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** Personal data: only the provider's staff see it. */
  contact: Maybe<AppointmentContact>;
  createdAt: Scalars['DateTime']['output'];
  /** The staff's reason, when DECLINED. */
  declineReason: Maybe<Scalars['String']['output']>;
  declinedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  partySize: Scalars['Int']['output'];
  /** Human-friendly booking reference, e.g. MT-7K3Q9P. */
  reference: Scalars['String']['output'];
  rescheduledAt: Maybe<Scalars['DateTime']['output']>;
  slot: Slot;
  status: AppointmentStatus;
  /** For a REMOTE slot: the provider's video-call link (only the patient and staff see appointments). */
  videoCallUrl: Maybe<Scalars['String']['output']>;
};

export type AppointmentConnection = {
  __typename?: 'AppointmentConnection';
  edges: Array<AppointmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AppointmentContact = {
  __typename?: 'AppointmentContact';
  email: Scalars['String']['output'];
  locale: Locale;
  name: Scalars['String']['output'];
  nationality: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  timeZone: Maybe<Scalars['String']['output']>;
};

export type AppointmentEdge = {
  __typename?: 'AppointmentEdge';
  cursor: Scalars['String']['output'];
  node: Appointment;
};

export type AppointmentStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  /** Declined by the provider's staff, with a reason; the places were given back. */
  | 'DECLINED'
  /** Requested: the places are held until the provider's staff confirm or decline. */
  | 'HELD';

/** A field's value before and after a change, as JSON text; null when it had none. */
export type AuditChange = {
  __typename?: 'AuditChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  /** Dotted path, e.g. capacity or title.EN. */
  field: Scalars['String']['output'];
};

/** One staff change, as the audit trail keeps it: append-only, never edited. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, <thing>.<verb>: slot.publish, appointment.confirm, package.update, campaign.pause … */
  action: Scalars['String']['output'];
  /** The staff member's subject at their issuer, e.g. lumiere@staff.test. */
  actor: Scalars['String']['output'];
  /** Their role when they made the change, e.g. provider-admin. */
  actorRole: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** How many fields the change touched, also when changes lists only the first 100. */
  changeCount: Scalars['Int']['output'];
  /** The values that differ between before and after, field by field, in field order: the first 100. */
  changes: Array<AuditChange>;
  entityId: Scalars['ID']['output'];
  /** The kind of thing changed, e.g. Slot, Package, Campaign. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** A secret iCalendar address of a provider's appointments, for the staff's own calendar app. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  createdAt: Scalars['DateTime']['output'];
  /** The staff member who issued it. */
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** When a calendar app last read it. */
  lastFetchedAt: Maybe<Scalars['DateTime']['output']>;
  /** Set once revoked: the address no longer works. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

export type CalendarFeedIssued = {
  __typename?: 'CalendarFeedIssued';
  feed: CalendarFeed;
  /** Shown once: the secret address to subscribe to. Anyone holding it sees the appointments' times and references (never the patients' names or contacts), so keep it like a password and revoke it when in doubt. */
  url: Scalars['String']['output'];
};

/** A campaign, as far as bookings are concerned: found by its tracking code. */
export type Campaign = {
  __typename?: 'Campaign';
  /** Bookings (not cancelled) that came with the tracking code. Marketing staff of the campaign's organisation only. */
  appointmentStats: Maybe<ConversionStats>;
  organisation: Scalars['String']['output'];
  trackingCode: Scalars['String']['output'];
};

export type CancelAppointmentInput = {
  /** The booking reference, e.g. MT-7K3Q9P. */
  reference: Scalars['String']['input'];
  /** The cancelSecret holdSlot returned. Staff of the provider cancel without it. */
  secret?: InputMaybe<Scalars['String']['input']>;
};

export type CancelAppointmentResult = Appointment | InvalidInput | NotFound;

export type ChatChannel =
  | 'EMAIL'
  | 'KAKAOTALK'
  | 'LINE'
  | 'PHONE'
  | 'TELEGRAM'
  | 'WECHAT'
  | 'WHATSAPP'
  | 'ZALO';

export type CloseSlotResult = NotFound | Slot;

export type ConfirmAppointmentInput = {
  reference: Scalars['String']['input'];
};

export type ConfirmAppointmentResult = Appointment | InvalidInput | NotFound;

export type ConsultationMode =
  | 'IN_PERSON'
  /** Remote counselling before the trip or follow-up after it. */
  | 'REMOTE';

export type ContactInput = {
  email: Scalars['String']['input'];
  locale: Locale;
  name: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code, e.g. JP. */
  nationality: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The patient's IANA time zone, e.g. America/Los_Angeles: messages give the time in it beside Korea time. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type ConversionRow = {
  __typename?: 'ConversionRow';
  count: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 nationality of the patient. */
  country: Scalars['String']['output'];
  day: Scalars['Date']['output'];
  /** The embed site the visitor used; null when sent from a partner's server. */
  siteKey: Maybe<Scalars['String']['output']>;
};

/** Inquiries or bookings that carried a campaign's tracking code. */
export type ConversionStats = {
  __typename?: 'ConversionStats';
  /**
   * Per Korean calendar day, the visitor's nationality and the embed site; oldest first. At most 1,000 rows: over
   * that, the most recent 1,000 (breakdownTruncated).
   */
  breakdown: Array<ConversionRow>;
  /** Whether breakdown holds only the most recent 1,000 of the campaign's rows. */
  breakdownTruncated: Scalars['Boolean']['output'];
  /** Every record, also when breakdown was cut. */
  total: Scalars['Int']['output'];
};

export type Coordinator = {
  __typename?: 'Coordinator';
  channels: Array<ChatChannel>;
  language: Locale;
};

/** A coordinator as staff set them: the language they speak and the chat channels patients reach them on. */
export type CoordinatorInput = {
  /** Distinct, at least one. */
  channels: Array<ChatChannel>;
  language: Locale;
};

export type CreateCalendarFeedResult = CalendarFeedIssued | InvalidInput | NotFound;

export type DeclineAppointmentInput = {
  /** Told to the patient: 1..500 characters. */
  reason: Scalars['String']['input'];
  reference: Scalars['String']['input'];
};

export type DeclineAppointmentResult = Appointment | InvalidInput | NotFound;

export type Designation = {
  __typename?: 'Designation';
  /** True only while today falls inside the validity period. */
  active: Scalars['Boolean']['output'];
  kind: DesignationKind;
  validFrom: Scalars['Date']['output'];
  validUntil: Scalars['Date']['output'];
};

export type DesignationKind =
  /** Excellent attracting institution allowed to apply for e-visas for its patients (Ministry of Justice). */
  | 'E_VISA'
  /** Registration for foreign-patient attraction (Medical Service Act). */
  | 'FOREIGN_PATIENT_REGISTRATION'
  | 'JCI'
  /** Korea Accreditation for Foreign-patient attraction (KAHF). */
  | 'KAHF'
  | 'KOIHA';

export type FieldError = {
  __typename?: 'FieldError';
  /** Path of the offending input field, e.g. contact.email. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type HoldSlotInput = {
  /** Attribution: the campaign tracking code the visitor came with. */
  campaignCode?: InputMaybe<Scalars['String']['input']>;
  /** Explicit consent to process the contact and health data for this booking; must be true. */
  consent: Scalars['Boolean']['input'];
  contact: ContactInput;
  /** Any unique string (8..100 chars) chosen by the client; a retry with the same key returns the first answer. */
  idempotencyKey: Scalars['String']['input'];
  /** Patient plus guardians, 1..10. */
  partySize: Scalars['Int']['input'];
  /** Attribution: the embed site the booking was made on. */
  siteKey?: InputMaybe<Scalars['String']['input']>;
  slotId: Scalars['ID']['input'];
};

export type HoldSlotResult = Appointment | InvalidInput | NotFound | SlotFull | Throttled;

/** The input was refused; nothing was stored. */
export type InvalidInput = {
  __typename?: 'InvalidInput';
  fields: Array<FieldError>;
  message: Scalars['String']['output'];
};

/** A language the product speaks. ZH is simplified Chinese, ZH_TW traditional Chinese (Taiwan). */
export type Locale =
  | 'AR'
  | 'EN'
  | 'JA'
  | 'KO'
  | 'MN'
  | 'RU'
  | 'TH'
  | 'VI'
  | 'ZH'
  | 'ZH_TW';

/**
 * An amount in the currency's minor units (KRW and JPY have none, USD has cents, MNT has möngö). Prices are at
 * most 2,147,483,647 KRW, and a currency is offered only when that converts within MinorUnits, so every amount
 * in every offered currency is exact.
 */
export type Money = {
  __typename?: 'Money';
  /** Divide by 10^(the currency's ISO 4217 minor units) for the amount in whole units, e.g. amount 123456 in USD is $1,234.56. */
  amount: Scalars['MinorUnits']['output'];
  /** ISO 4217 code, e.g. KRW, USD, MNT. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels a held or confirmed appointment and gives its places back. Cancelling again changes nothing and answers the same. The patient cannot cancel inside the provider's cancellation window or once it has begun; staff can. */
  cancelAppointment: CancelAppointmentResult;
  /** Staff of the provider: stops offering a slot; places already held stay booked. */
  closeSlot: CloseSlotResult;
  /** Staff of the provider: confirms a held appointment; confirming again answers it unchanged. */
  confirmAppointment: ConfirmAppointmentResult;
  /** Staff of the provider: a new secret iCalendar address of its appointments for the staff's own calendar app. */
  createCalendarFeed: CreateCalendarFeedResult;
  /** Staff of the provider: declines a held appointment with a reason and gives its places back. */
  declineAppointment: DeclineAppointmentResult;
  /** Holds places on a slot. Never overbooks; the same idempotency key returns the first answer. */
  holdSlot: HoldSlotResult;
  /** Staff of the provider: publishes a weekly pattern over a date range (Korea time) in one step, up to 500 slots. */
  publishSlotPattern: PublishSlotPatternResult;
  /** Staff of the provider: offers new slots. */
  publishSlots: PublishSlotsResult;
  /** Internal (the gateway's /calendar/<secret>.ics route, signed): the feed's calendar, null for an unknown or revoked secret; records the fetch. */
  readCalendarFeed: Maybe<Scalars['String']['output']>;
  /** Moves the appointment's places to another slot of the provider in one step; the same idempotency key returns the first answer. */
  rescheduleAppointment: RescheduleAppointmentResult;
  /** Staff of the provider: the address stops working at once. */
  revokeCalendarFeed: RevokeCalendarFeedResult;
  /** Staff of the provider: auto-confirm, cancellation window, address, links, notifications and coordinators. With expectedVersion (the settingsVersion read), refused with StaleVersion when someone saved since. */
  updateProviderSettings: UpdateProviderSettingsResult;
  /** Staff of the provider: changes an open slot's capacity, time, length, mode or interpreter. */
  updateSlot: UpdateSlotResult;
};


export type MutationCancelAppointmentArgs = {
  input: CancelAppointmentInput;
};


export type MutationCloseSlotArgs = {
  slotId: Scalars['ID']['input'];
};


export type MutationConfirmAppointmentArgs = {
  input: ConfirmAppointmentInput;
};


export type MutationCreateCalendarFeedArgs = {
  label: Scalars['String']['input'];
  providerId: Scalars['ID']['input'];
};


export type MutationDeclineAppointmentArgs = {
  input: DeclineAppointmentInput;
};


export type MutationHoldSlotArgs = {
  input: HoldSlotInput;
};


export type MutationPublishSlotPatternArgs = {
  input: PublishSlotPatternInput;
};


export type MutationPublishSlotsArgs = {
  input: PublishSlotsInput;
};


export type MutationReadCalendarFeedArgs = {
  secret: Scalars['String']['input'];
};


export type MutationRescheduleAppointmentArgs = {
  input: RescheduleAppointmentInput;
};


export type MutationRevokeCalendarFeedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateProviderSettingsArgs = {
  input: UpdateProviderSettingsInput;
};


export type MutationUpdateSlotArgs = {
  input: UpdateSlotInput;
};

/** The thing the mutation names does not exist. */
export type NotFound = {
  __typename?: 'NotFound';
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type PriceRange = {
  __typename?: 'PriceRange';
  max: Money;
  min: Money;
};

export type Procedure = {
  __typename?: 'Procedure';
  description: Maybe<Scalars['String']['output']>;
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** In KRW. */
  priceRange: PriceRange;
  provider: Provider;
  recoveryDays: Scalars['Int']['output'];
  remoteFollowUp: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  specialty: Specialty;
  /** Cosmetic procedures whose VAT foreign patients can have refunded. */
  vatRefundable: Scalars['Boolean']['output'];
};


export type ProcedureDescriptionArgs = {
  locale?: InputMaybe<Locale>;
};


export type ProcedureNameArgs = {
  locale?: InputMaybe<Locale>;
};

export type Provider = {
  __typename?: 'Provider';
  /** Accreditations valid today. */
  accreditations: Array<DesignationKind>;
  /** Where in-person consultations take place. */
  address: Maybe<Scalars['String']['output']>;
  /** Staff of this provider only: its appointments, newest first, with this status if given; first is 1..100 (default 20). */
  appointments: Maybe<AppointmentConnection>;
  /** Bookings are confirmed at once, without waiting for the staff. */
  autoConfirm: Scalars['Boolean']['output'];
  /** Open slots in [from, to), at most 62 days apart, earliest first: at most 40 per day of the window and 500 in all. */
  availability: Array<Slot>;
  /** Staff of this provider only: the iCalendar feeds issued, newest first (the 50 newest), revoked ones included. */
  calendarFeeds: Maybe<Array<CalendarFeed>>;
  /** Hours before the start in which a patient can no longer cancel or reschedule (staff still can). */
  cancellationWindowHours: Scalars['Int']['output'];
  city: Scalars['String']['output'];
  coordinators: Array<Coordinator>;
  description: Maybe<Scalars['String']['output']>;
  designations: Array<Designation>;
  /** True only inside a valid e-visa designation period; a lapsed designation reads false. */
  eVisaDesignated: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ProviderKind;
  /** Languages the international coordinators speak. */
  languages: Array<Locale>;
  /** An https map link to the address. */
  mapUrl: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Staff of this provider only: where the staff's booking messages go. */
  notificationEmail: Maybe<Scalars['String']['output']>;
  procedures: Array<Procedure>;
  region: Region;
  registration: Registration;
  /** Bumped by every settings save; send it back as expectedVersion. */
  settingsVersion: Scalars['Int']['output'];
  /** Staff of this provider only (calendar:manage): all its slots starting in [from, to), at most 62 days apart, open, full and closed, earliest first: at most 40 per day of the window and 500 in all. */
  slots: Maybe<Array<Slot>>;
  slug: Scalars['String']['output'];
  specialties: Array<Specialty>;
  /** Staff of this provider only: the language of the staff's booking messages, KO or EN. */
  staffLocale: Maybe<Locale>;
  telemedicine: Scalars['Boolean']['output'];
  /** Staff of this provider only: the video-call link given to patients of REMOTE appointments. */
  videoCallUrl: Maybe<Scalars['String']['output']>;
  website: Maybe<Scalars['String']['output']>;
  wellnessCluster: Maybe<WellnessCluster>;
};


export type ProviderAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AppointmentStatus>;
};


export type ProviderAvailabilityArgs = {
  from: Scalars['DateTime']['input'];
  mode?: InputMaybe<ConsultationMode>;
  procedureId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type ProviderDescriptionArgs = {
  locale?: InputMaybe<Locale>;
};


export type ProviderNameArgs = {
  locale?: InputMaybe<Locale>;
};


export type ProviderSlotsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type ProviderConnection = {
  __typename?: 'ProviderConnection';
  edges: Array<ProviderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProviderEdge = {
  __typename?: 'ProviderEdge';
  cursor: Scalars['String']['output'];
  node: Provider;
};

export type ProviderFilter = {
  eVisaDesignated?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<ProviderKind>;
  /** Providers with a coordinator speaking this language. */
  language?: InputMaybe<Locale>;
  region?: InputMaybe<Region>;
  specialty?: InputMaybe<Specialty>;
};

export type ProviderKind =
  | 'CLINIC'
  | 'GENERAL_HOSPITAL'
  | 'HEALTH_SCREENING_CENTER'
  | 'HOSPITAL'
  | 'KOREAN_MEDICINE_HOSPITAL'
  | 'TERTIARY_HOSPITAL'
  | 'WELLNESS_CENTER';

export type PublishSlotPatternInput = {
  capacity: Scalars['Int']['input'];
  durationMinutes: Scalars['Int']['input'];
  /** First and last day (Korea), inclusive, at most 92 days apart. */
  from: Scalars['Date']['input'];
  interpreterLanguage?: InputMaybe<Locale>;
  mode: ConsultationMode;
  /** A procedure of this provider; none for general consultation slots. */
  procedureId?: InputMaybe<Scalars['ID']['input']>;
  providerId: Scalars['ID']['input'];
  /** Start times of day in Korea time, HH:MM (24 h), 1..24 of them. */
  times: Array<Scalars['String']['input']>;
  until: Scalars['Date']['input'];
  /** Distinct, at least one. */
  weekdays: Array<Weekday>;
};

export type PublishSlotPatternResult = InvalidInput | NotFound | SlotPatternPublished;

export type PublishSlotsInput = {
  capacity: Scalars['Int']['input'];
  durationMinutes: Scalars['Int']['input'];
  interpreterLanguage?: InputMaybe<Locale>;
  mode: ConsultationMode;
  /** A procedure of this provider; none for general consultation slots. */
  procedureId?: InputMaybe<Scalars['ID']['input']>;
  providerId: Scalars['ID']['input'];
  /** Start times (future, at most a year ahead, up to 200 at once). */
  startsAt: Array<Scalars['DateTime']['input']>;
};

export type PublishSlotsResult = InvalidInput | NotFound | SlotsPublished;

export type Query = {
  __typename?: 'Query';
  /** The patient's view of a booking, with the reference and the cancelSecret holdSlot gave; null when either is wrong. */
  appointment: Maybe<Appointment>;
  procedure: Maybe<Procedure>;
  /** Look up by id or slug (exactly one). */
  provider: Maybe<Provider>;
  /** Staff of the provider (audit:read) and platform admins: its audit trail, newest first; entityId narrows it to one slot, appointment, calendar feed or the provider's settings (the provider's id). first is 1..100. */
  providerAuditTrail: AuditEntryConnection;
  /** Providers ordered by slug; first is 1..100 (default 20). */
  providers: ProviderConnection;
  slot: Maybe<Slot>;
};


export type QueryAppointmentArgs = {
  reference: Scalars['String']['input'];
  secret: Scalars['String']['input'];
};


export type QueryProcedureArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProviderArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProviderAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  providerId: Scalars['ID']['input'];
};


export type QueryProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySlotArgs = {
  id: Scalars['ID']['input'];
};

export type Region =
  | 'BUSAN'
  | 'CHUNGBUK'
  | 'CHUNGNAM'
  | 'DAEGU'
  | 'DAEJEON'
  | 'GANGWON'
  | 'GWANGJU'
  | 'GYEONGBUK'
  | 'GYEONGGI'
  | 'GYEONGNAM'
  | 'INCHEON'
  | 'JEJU'
  | 'JEONBUK'
  | 'JEONNAM'
  | 'SEJONG'
  | 'SEOUL'
  | 'ULSAN';

export type Registration = {
  __typename?: 'Registration';
  insuranceValidUntil: Scalars['Date']['output'];
  number: Scalars['String']['output'];
  /** False once the foreign-patient registration or the malpractice insurance has lapsed. */
  valid: Scalars['Boolean']['output'];
};

export type RescheduleAppointmentInput = {
  /** Any unique string (8..100 chars) chosen by the client; a retry with the same key returns the first answer. */
  idempotencyKey: Scalars['String']['input'];
  reference: Scalars['String']['input'];
  /** The cancelSecret holdSlot returned. Staff of the provider reschedule without it. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** Another open, future slot of the same provider. */
  slotId: Scalars['ID']['input'];
};

export type RescheduleAppointmentResult = Appointment | InvalidInput | NotFound | SlotFull;

export type RevokeCalendarFeedResult = CalendarFeed | NotFound;

export type Slot = {
  __typename?: 'Slot';
  /** Staff of the provider only (null otherwise): the appointments holding places on it, not cancelled. */
  bookings: Maybe<Array<Appointment>>;
  capacity: Scalars['Int']['output'];
  /** Set when the provider's staff closed the slot; a closed slot is not offered or bookable. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  interpreterLanguage: Maybe<Locale>;
  mode: ConsultationMode;
  /** Null for a general consultation slot. */
  procedure: Maybe<Procedure>;
  provider: Provider;
  remaining: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  /** Bumped by every edit and by closing; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type SlotFull = {
  __typename?: 'SlotFull';
  message: Scalars['String']['output'];
  remaining: Scalars['Int']['output'];
  slotId: Scalars['ID']['output'];
};

/** What a weekly pattern published: the new slots, and how many times were skipped because the provider already offers a slot of the same procedure and mode starting then (or because they are in the past). */
export type SlotPatternPublished = {
  __typename?: 'SlotPatternPublished';
  skipped: Scalars['Int']['output'];
  slots: Array<Slot>;
};

export type SlotsPublished = {
  __typename?: 'SlotsPublished';
  slots: Array<Slot>;
};

export type Specialty =
  | 'CANCER_CARE'
  | 'DENTISTRY'
  | 'DERMATOLOGY'
  | 'FERTILITY'
  | 'HEALTH_SCREENING'
  | 'INTERNAL_MEDICINE'
  | 'KOREAN_MEDICINE'
  | 'OPHTHALMOLOGY'
  | 'ORGAN_TRANSPLANT'
  | 'ORTHOPEDICS'
  | 'PLASTIC_SURGERY'
  | 'WELLNESS';

/**
 * Someone saved a newer version since this one was read; nothing was stored. Read the thing again, look at what
 * changed, and save again on top of it.
 */
export type StaleVersion = {
  __typename?: 'StaleVersion';
  /** The version stored now; the save named an older one. */
  currentVersion: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

/**
 * One contact (e-mail address) has sent too many inquiries or bookings in a short time; nothing was stored. The
 * limits are far above what a patient needs (README: "Limits per contact").
 */
export type Throttled = {
  __typename?: 'Throttled';
  message: Scalars['String']['output'];
  /** Seconds until the same contact may try again. */
  retryAfterSeconds: Scalars['Int']['output'];
};

/** Only the fields given change; null clears address, mapUrl and videoCallUrl. */
export type UpdateProviderSettingsInput = {
  /** At most 500 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  autoConfirm?: InputMaybe<Scalars['Boolean']['input']>;
  /** 0..336. */
  cancellationWindowHours?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the list when given (0..10, one per language). */
  coordinators?: InputMaybe<Array<CoordinatorInput>>;
  /** The settingsVersion the staff read: refused with StaleVersion, nothing stored, when someone saved since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** https only. */
  mapUrl?: InputMaybe<Scalars['String']['input']>;
  /** Where the staff's booking messages go; null stops them. */
  notificationEmail?: InputMaybe<Scalars['String']['input']>;
  providerId: Scalars['ID']['input'];
  /** KO or EN. */
  staffLocale?: InputMaybe<Locale>;
  /** https only; given to patients of REMOTE appointments. */
  videoCallUrl?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProviderSettingsResult = InvalidInput | NotFound | Provider | StaleVersion;

/** Only the fields given change. A slot with places held keeps its time: close it and publish another instead. */
export type UpdateSlotInput = {
  /** Not below the places already held. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  clearInterpreter?: InputMaybe<Scalars['Boolean']['input']>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The version the staff read: refused with StaleVersion, nothing stored, when the slot changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Null leaves it as it is; use clearInterpreter to remove it. */
  interpreterLanguage?: InputMaybe<Locale>;
  mode?: InputMaybe<ConsultationMode>;
  slotId: Scalars['ID']['input'];
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type UpdateSlotResult = InvalidInput | NotFound | Slot | StaleVersion;

/** A day of the week, as a weekly pattern names it (Korea time). */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** The government-backed wellness medical-tourism convergence clusters. */
export type WellnessCluster =
  | 'BUSAN'
  | 'CHUNGBUK'
  | 'DAEGU_GYEONGBUK'
  | 'GANGWON'
  | 'INCHEON'
  | 'JEONBUK';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Campaign: Campaign;
  Procedure: Procedure;
  Provider: Provider;
  Slot: Slot;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"trackingCode":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Campaign'], {"organisation":true}> ) );
  Procedure:
    ( { __typename: 'Procedure' }
    & GraphQLRecursivePick<FederationTypes['Procedure'], {"id":true}> );
  Provider:
    ( { __typename: 'Provider' }
    & GraphQLRecursivePick<FederationTypes['Provider'], {"id":true}> );
  Slot:
    ( { __typename: 'Slot' }
    & GraphQLRecursivePick<FederationTypes['Slot'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CancelAppointmentResult:
    | ( AppointmentModelModel )
    | ( InvalidInput )
    | ( NotFound )
  ;
  CloseSlotResult:
    | ( NotFound )
    | ( SlotRowModel )
  ;
  ConfirmAppointmentResult:
    | ( AppointmentModelModel )
    | ( InvalidInput )
    | ( NotFound )
  ;
  CreateCalendarFeedResult:
    | ( Omit<CalendarFeedIssued, 'feed'> & { feed: _RefType['CalendarFeed'] } )
    | ( InvalidInput )
    | ( NotFound )
  ;
  DeclineAppointmentResult:
    | ( AppointmentModelModel )
    | ( InvalidInput )
    | ( NotFound )
  ;
  HoldSlotResult:
    | ( AppointmentModelModel )
    | ( InvalidInput )
    | ( NotFound )
    | ( SlotFull )
    | ( Throttled )
  ;
  PublishSlotPatternResult:
    | ( InvalidInput )
    | ( NotFound )
    | ( Omit<SlotPatternPublished, 'slots'> & { slots: Array<_RefType['Slot']> } )
  ;
  PublishSlotsResult:
    | ( InvalidInput )
    | ( NotFound )
    | ( Omit<SlotsPublished, 'slots'> & { slots: Array<_RefType['Slot']> } )
  ;
  RescheduleAppointmentResult:
    | ( AppointmentModelModel )
    | ( InvalidInput )
    | ( NotFound )
    | ( SlotFull )
  ;
  RevokeCalendarFeedResult:
    | ( CalendarFeedRowModel )
    | ( NotFound )
  ;
  UpdateProviderSettingsResult:
    | ( InvalidInput )
    | ( NotFound )
    | ( ProviderRowModel )
    | ( StaleVersion )
  ;
  UpdateSlotResult:
    | ( InvalidInput )
    | ( NotFound )
    | ( SlotRowModel )
    | ( StaleVersion )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Appointment: ResolverTypeWrapper<AppointmentModelModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AppointmentConnection: ResolverTypeWrapper<Omit<AppointmentConnection, 'edges'> & { edges: Array<ResolversTypes['AppointmentEdge']> }>;
  AppointmentContact: ResolverTypeWrapper<AppointmentContact>;
  AppointmentEdge: ResolverTypeWrapper<Omit<AppointmentEdge, 'node'> & { node: ResolversTypes['Appointment'] }>;
  AppointmentStatus: AppointmentStatus;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModelModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  CalendarFeed: ResolverTypeWrapper<CalendarFeedRowModel>;
  CalendarFeedIssued: ResolverTypeWrapper<Omit<CalendarFeedIssued, 'feed'> & { feed: ResolversTypes['CalendarFeed'] }>;
  Campaign: ResolverTypeWrapper<CampaignReferenceModel>;
  CancelAppointmentInput: CancelAppointmentInput;
  CancelAppointmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CancelAppointmentResult']>;
  ChatChannel: ChatChannel;
  CloseSlotResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CloseSlotResult']>;
  ConfirmAppointmentInput: ConfirmAppointmentInput;
  ConfirmAppointmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ConfirmAppointmentResult']>;
  ConsultationMode: ConsultationMode;
  ContactInput: ContactInput;
  ConversionRow: ResolverTypeWrapper<ConversionRow>;
  ConversionStats: ResolverTypeWrapper<ConversionStatsModelModel>;
  Coordinator: ResolverTypeWrapper<CoordinatorRowModel>;
  CoordinatorInput: CoordinatorInput;
  CreateCalendarFeedResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateCalendarFeedResult']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineAppointmentInput: DeclineAppointmentInput;
  DeclineAppointmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DeclineAppointmentResult']>;
  Designation: ResolverTypeWrapper<DesignationRowModel>;
  DesignationKind: DesignationKind;
  FieldError: ResolverTypeWrapper<FieldError>;
  HoldSlotInput: HoldSlotInput;
  HoldSlotResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['HoldSlotResult']>;
  InvalidInput: ResolverTypeWrapper<InvalidInput>;
  Locale: Locale;
  MinorUnits: ResolverTypeWrapper<Scalars['MinorUnits']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotFound: ResolverTypeWrapper<NotFound>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PriceRange: ResolverTypeWrapper<PriceRange>;
  Procedure: ResolverTypeWrapper<ProcedureRowModel>;
  Provider: ResolverTypeWrapper<ProviderRowModel>;
  ProviderConnection: ResolverTypeWrapper<Omit<ProviderConnection, 'edges'> & { edges: Array<ResolversTypes['ProviderEdge']> }>;
  ProviderEdge: ResolverTypeWrapper<Omit<ProviderEdge, 'node'> & { node: ResolversTypes['Provider'] }>;
  ProviderFilter: ProviderFilter;
  ProviderKind: ProviderKind;
  PublishSlotPatternInput: PublishSlotPatternInput;
  PublishSlotPatternResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PublishSlotPatternResult']>;
  PublishSlotsInput: PublishSlotsInput;
  PublishSlotsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PublishSlotsResult']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: Region;
  Registration: ResolverTypeWrapper<Registration>;
  RescheduleAppointmentInput: RescheduleAppointmentInput;
  RescheduleAppointmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RescheduleAppointmentResult']>;
  RevokeCalendarFeedResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RevokeCalendarFeedResult']>;
  Slot: ResolverTypeWrapper<SlotRowModel>;
  SlotFull: ResolverTypeWrapper<SlotFull>;
  SlotPatternPublished: ResolverTypeWrapper<Omit<SlotPatternPublished, 'slots'> & { slots: Array<ResolversTypes['Slot']> }>;
  SlotsPublished: ResolverTypeWrapper<Omit<SlotsPublished, 'slots'> & { slots: Array<ResolversTypes['Slot']> }>;
  Specialty: Specialty;
  StaleVersion: ResolverTypeWrapper<StaleVersion>;
  Throttled: ResolverTypeWrapper<Throttled>;
  UpdateProviderSettingsInput: UpdateProviderSettingsInput;
  UpdateProviderSettingsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateProviderSettingsResult']>;
  UpdateSlotInput: UpdateSlotInput;
  UpdateSlotResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateSlotResult']>;
  Weekday: Weekday;
  WellnessCluster: WellnessCluster;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Appointment: AppointmentModelModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AppointmentConnection: Omit<AppointmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['AppointmentEdge']> };
  AppointmentContact: AppointmentContact;
  AppointmentEdge: Omit<AppointmentEdge, 'node'> & { node: ResolversParentTypes['Appointment'] };
  AuditChange: AuditChange;
  AuditEntry: AuditEntryModelModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  CalendarFeed: CalendarFeedRowModel;
  CalendarFeedIssued: Omit<CalendarFeedIssued, 'feed'> & { feed: ResolversParentTypes['CalendarFeed'] };
  Campaign: CampaignReferenceModel;
  CancelAppointmentInput: CancelAppointmentInput;
  CancelAppointmentResult: ResolversUnionTypes<ResolversParentTypes>['CancelAppointmentResult'];
  CloseSlotResult: ResolversUnionTypes<ResolversParentTypes>['CloseSlotResult'];
  ConfirmAppointmentInput: ConfirmAppointmentInput;
  ConfirmAppointmentResult: ResolversUnionTypes<ResolversParentTypes>['ConfirmAppointmentResult'];
  ContactInput: ContactInput;
  ConversionRow: ConversionRow;
  ConversionStats: ConversionStatsModelModel;
  Coordinator: CoordinatorRowModel;
  CoordinatorInput: CoordinatorInput;
  CreateCalendarFeedResult: ResolversUnionTypes<ResolversParentTypes>['CreateCalendarFeedResult'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeclineAppointmentInput: DeclineAppointmentInput;
  DeclineAppointmentResult: ResolversUnionTypes<ResolversParentTypes>['DeclineAppointmentResult'];
  Designation: DesignationRowModel;
  FieldError: FieldError;
  HoldSlotInput: HoldSlotInput;
  HoldSlotResult: ResolversUnionTypes<ResolversParentTypes>['HoldSlotResult'];
  InvalidInput: InvalidInput;
  MinorUnits: Scalars['MinorUnits']['output'];
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NotFound: NotFound;
  PageInfo: PageInfo;
  PriceRange: PriceRange;
  Procedure: ProcedureRowModel;
  Provider: ProviderRowModel;
  ProviderConnection: Omit<ProviderConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProviderEdge']> };
  ProviderEdge: Omit<ProviderEdge, 'node'> & { node: ResolversParentTypes['Provider'] };
  ProviderFilter: ProviderFilter;
  PublishSlotPatternInput: PublishSlotPatternInput;
  PublishSlotPatternResult: ResolversUnionTypes<ResolversParentTypes>['PublishSlotPatternResult'];
  PublishSlotsInput: PublishSlotsInput;
  PublishSlotsResult: ResolversUnionTypes<ResolversParentTypes>['PublishSlotsResult'];
  Query: Record<PropertyKey, never>;
  Registration: Registration;
  RescheduleAppointmentInput: RescheduleAppointmentInput;
  RescheduleAppointmentResult: ResolversUnionTypes<ResolversParentTypes>['RescheduleAppointmentResult'];
  RevokeCalendarFeedResult: ResolversUnionTypes<ResolversParentTypes>['RevokeCalendarFeedResult'];
  Slot: SlotRowModel;
  SlotFull: SlotFull;
  SlotPatternPublished: Omit<SlotPatternPublished, 'slots'> & { slots: Array<ResolversParentTypes['Slot']> };
  SlotsPublished: Omit<SlotsPublished, 'slots'> & { slots: Array<ResolversParentTypes['Slot']> };
  StaleVersion: StaleVersion;
  Throttled: Throttled;
  UpdateProviderSettingsInput: UpdateProviderSettingsInput;
  UpdateProviderSettingsResult: ResolversUnionTypes<ResolversParentTypes>['UpdateProviderSettingsResult'];
  UpdateSlotInput: UpdateSlotInput;
  UpdateSlotResult: ResolversUnionTypes<ResolversParentTypes>['UpdateSlotResult'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = ProvidersContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AppointmentResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Appointment'] = ResolversParentTypes['Appointment']> = {
  calendar?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  campaignCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  changeableUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['AppointmentContact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declinedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rescheduledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['Slot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppointmentStatus'], ParentType, ContextType>;
  videoCallUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppointmentConnectionResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['AppointmentConnection'] = ResolversParentTypes['AppointmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AppointmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AppointmentContactResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['AppointmentContact'] = ResolversParentTypes['AppointmentContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AppointmentEdgeResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['AppointmentEdge'] = ResolversParentTypes['AppointmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType>;
};

export type AuditChangeResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CalendarFeedResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['CalendarFeed'] = ResolversParentTypes['CalendarFeed']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastFetchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CalendarFeedIssuedResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['CalendarFeedIssued'] = ResolversParentTypes['CalendarFeedIssued']> = {
  feed?: Resolver<ResolversTypes['CalendarFeed'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CampaignResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appointmentStats?: Resolver<Maybe<ResolversTypes['ConversionStats']>, ParentType, ContextType>;
  trackingCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CancelAppointmentResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['CancelAppointmentResult'] = ResolversParentTypes['CancelAppointmentResult']> = {
  __resolveType: TypeResolveFn<'Appointment' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type CloseSlotResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['CloseSlotResult'] = ResolversParentTypes['CloseSlotResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'Slot', ParentType, ContextType>;
};

export type ConfirmAppointmentResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['ConfirmAppointmentResult'] = ResolversParentTypes['ConfirmAppointmentResult']> = {
  __resolveType: TypeResolveFn<'Appointment' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type ConversionRowResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['ConversionRow'] = ResolversParentTypes['ConversionRow']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  siteKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConversionStatsResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['ConversionStats'] = ResolversParentTypes['ConversionStats']> = {
  breakdown?: Resolver<Array<ResolversTypes['ConversionRow']>, ParentType, ContextType>;
  breakdownTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinatorResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Coordinator'] = ResolversParentTypes['Coordinator']> = {
  channels?: Resolver<Array<ResolversTypes['ChatChannel']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
};

export type CreateCalendarFeedResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['CreateCalendarFeedResult'] = ResolversParentTypes['CreateCalendarFeedResult']> = {
  __resolveType: TypeResolveFn<'CalendarFeedIssued' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclineAppointmentResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['DeclineAppointmentResult'] = ResolversParentTypes['DeclineAppointmentResult']> = {
  __resolveType: TypeResolveFn<'Appointment' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type DesignationResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Designation'] = ResolversParentTypes['Designation']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DesignationKind'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type FieldErrorResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HoldSlotResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['HoldSlotResult'] = ResolversParentTypes['HoldSlotResult']> = {
  __resolveType: TypeResolveFn<'Appointment' | 'InvalidInput' | 'NotFound' | 'SlotFull' | 'Throttled', ParentType, ContextType>;
};

export type InvalidInputResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['InvalidInput'] = ResolversParentTypes['InvalidInput']> = {
  fields?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface MinorUnitsScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MinorUnits'], any> {
  name: 'MinorUnits';
}

export type MoneyResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelAppointment?: Resolver<ResolversTypes['CancelAppointmentResult'], ParentType, ContextType, RequireFields<MutationCancelAppointmentArgs, 'input'>>;
  closeSlot?: Resolver<ResolversTypes['CloseSlotResult'], ParentType, ContextType, RequireFields<MutationCloseSlotArgs, 'slotId'>>;
  confirmAppointment?: Resolver<ResolversTypes['ConfirmAppointmentResult'], ParentType, ContextType, RequireFields<MutationConfirmAppointmentArgs, 'input'>>;
  createCalendarFeed?: Resolver<ResolversTypes['CreateCalendarFeedResult'], ParentType, ContextType, RequireFields<MutationCreateCalendarFeedArgs, 'label' | 'providerId'>>;
  declineAppointment?: Resolver<ResolversTypes['DeclineAppointmentResult'], ParentType, ContextType, RequireFields<MutationDeclineAppointmentArgs, 'input'>>;
  holdSlot?: Resolver<ResolversTypes['HoldSlotResult'], ParentType, ContextType, RequireFields<MutationHoldSlotArgs, 'input'>>;
  publishSlotPattern?: Resolver<ResolversTypes['PublishSlotPatternResult'], ParentType, ContextType, RequireFields<MutationPublishSlotPatternArgs, 'input'>>;
  publishSlots?: Resolver<ResolversTypes['PublishSlotsResult'], ParentType, ContextType, RequireFields<MutationPublishSlotsArgs, 'input'>>;
  readCalendarFeed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationReadCalendarFeedArgs, 'secret'>>;
  rescheduleAppointment?: Resolver<ResolversTypes['RescheduleAppointmentResult'], ParentType, ContextType, RequireFields<MutationRescheduleAppointmentArgs, 'input'>>;
  revokeCalendarFeed?: Resolver<ResolversTypes['RevokeCalendarFeedResult'], ParentType, ContextType, RequireFields<MutationRevokeCalendarFeedArgs, 'id'>>;
  updateProviderSettings?: Resolver<ResolversTypes['UpdateProviderSettingsResult'], ParentType, ContextType, RequireFields<MutationUpdateProviderSettingsArgs, 'input'>>;
  updateSlot?: Resolver<ResolversTypes['UpdateSlotResult'], ParentType, ContextType, RequireFields<MutationUpdateSlotArgs, 'input'>>;
};

export type NotFoundResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PriceRangeResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['PriceRange'] = ResolversParentTypes['PriceRange']> = {
  max?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type ProcedureResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Procedure'] = ResolversParentTypes['Procedure'], FederationReferenceType extends FederationReferenceTypes['Procedure'] = FederationReferenceTypes['Procedure']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Procedure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProcedureDescriptionArgs, 'locale'>>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ProcedureNameArgs, 'locale'>>;
  priceRange?: Resolver<ResolversTypes['PriceRange'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  recoveryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remoteFollowUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specialty?: Resolver<ResolversTypes['Specialty'], ParentType, ContextType>;
  vatRefundable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider'], FederationReferenceType extends FederationReferenceTypes['Provider'] = FederationReferenceTypes['Provider']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Provider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accreditations?: Resolver<Array<ResolversTypes['DesignationKind']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appointments?: Resolver<Maybe<ResolversTypes['AppointmentConnection']>, ParentType, ContextType, RequireFields<ProviderAppointmentsArgs, 'first'>>;
  autoConfirm?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['Slot']>, ParentType, ContextType, RequireFields<ProviderAvailabilityArgs, 'from' | 'to'>>;
  calendarFeeds?: Resolver<Maybe<Array<ResolversTypes['CalendarFeed']>>, ParentType, ContextType>;
  cancellationWindowHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coordinators?: Resolver<Array<ResolversTypes['Coordinator']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProviderDescriptionArgs, 'locale'>>;
  designations?: Resolver<Array<ResolversTypes['Designation']>, ParentType, ContextType>;
  eVisaDesignated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProviderKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Locale']>, ParentType, ContextType>;
  mapUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ProviderNameArgs, 'locale'>>;
  notificationEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  procedures?: Resolver<Array<ResolversTypes['Procedure']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  registration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType>;
  settingsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slots?: Resolver<Maybe<Array<ResolversTypes['Slot']>>, ParentType, ContextType, RequireFields<ProviderSlotsArgs, 'from' | 'to'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specialties?: Resolver<Array<ResolversTypes['Specialty']>, ParentType, ContextType>;
  staffLocale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  telemedicine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  videoCallUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wellnessCluster?: Resolver<Maybe<ResolversTypes['WellnessCluster']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProviderConnectionResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['ProviderConnection'] = ResolversParentTypes['ProviderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProviderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProviderEdgeResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['ProviderEdge'] = ResolversParentTypes['ProviderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
};

export type PublishSlotPatternResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['PublishSlotPatternResult'] = ResolversParentTypes['PublishSlotPatternResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'SlotPatternPublished', ParentType, ContextType>;
};

export type PublishSlotsResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['PublishSlotsResult'] = ResolversParentTypes['PublishSlotsResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'SlotsPublished', ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  appointment?: Resolver<Maybe<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryAppointmentArgs, 'reference' | 'secret'>>;
  procedure?: Resolver<Maybe<ResolversTypes['Procedure']>, ParentType, ContextType, Partial<QueryProcedureArgs>>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType, Partial<QueryProviderArgs>>;
  providerAuditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryProviderAuditTrailArgs, 'first' | 'providerId'>>;
  providers?: Resolver<ResolversTypes['ProviderConnection'], ParentType, ContextType, RequireFields<QueryProvidersArgs, 'first'>>;
  slot?: Resolver<Maybe<ResolversTypes['Slot']>, ParentType, ContextType, RequireFields<QuerySlotArgs, 'id'>>;
};

export type RegistrationResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration']> = {
  insuranceValidUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RescheduleAppointmentResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['RescheduleAppointmentResult'] = ResolversParentTypes['RescheduleAppointmentResult']> = {
  __resolveType: TypeResolveFn<'Appointment' | 'InvalidInput' | 'NotFound' | 'SlotFull', ParentType, ContextType>;
};

export type RevokeCalendarFeedResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['RevokeCalendarFeedResult'] = ResolversParentTypes['RevokeCalendarFeedResult']> = {
  __resolveType: TypeResolveFn<'CalendarFeed' | 'NotFound', ParentType, ContextType>;
};

export type SlotResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Slot'] = ResolversParentTypes['Slot'], FederationReferenceType extends FederationReferenceTypes['Slot'] = FederationReferenceTypes['Slot']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Slot']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<Maybe<Array<ResolversTypes['Appointment']>>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interpreterLanguage?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ConsultationMode'], ParentType, ContextType>;
  procedure?: Resolver<Maybe<ResolversTypes['Procedure']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SlotFullResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['SlotFull'] = ResolversParentTypes['SlotFull']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slotId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SlotPatternPublishedResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['SlotPatternPublished'] = ResolversParentTypes['SlotPatternPublished']> = {
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['Slot']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SlotsPublishedResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['SlotsPublished'] = ResolversParentTypes['SlotsPublished']> = {
  slots?: Resolver<Array<ResolversTypes['Slot']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StaleVersionResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['StaleVersion'] = ResolversParentTypes['StaleVersion']> = {
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThrottledResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['Throttled'] = ResolversParentTypes['Throttled']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdateProviderSettingsResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['UpdateProviderSettingsResult'] = ResolversParentTypes['UpdateProviderSettingsResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'Provider' | 'StaleVersion', ParentType, ContextType>;
};

export type UpdateSlotResultResolvers<ContextType = ProvidersContext, ParentType extends ResolversParentTypes['UpdateSlotResult'] = ResolversParentTypes['UpdateSlotResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'Slot' | 'StaleVersion', ParentType, ContextType>;
};

export type Resolvers<ContextType = ProvidersContext> = {
  Appointment?: AppointmentResolvers<ContextType>;
  AppointmentConnection?: AppointmentConnectionResolvers<ContextType>;
  AppointmentContact?: AppointmentContactResolvers<ContextType>;
  AppointmentEdge?: AppointmentEdgeResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CalendarFeed?: CalendarFeedResolvers<ContextType>;
  CalendarFeedIssued?: CalendarFeedIssuedResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CancelAppointmentResult?: CancelAppointmentResultResolvers<ContextType>;
  CloseSlotResult?: CloseSlotResultResolvers<ContextType>;
  ConfirmAppointmentResult?: ConfirmAppointmentResultResolvers<ContextType>;
  ConversionRow?: ConversionRowResolvers<ContextType>;
  ConversionStats?: ConversionStatsResolvers<ContextType>;
  Coordinator?: CoordinatorResolvers<ContextType>;
  CreateCalendarFeedResult?: CreateCalendarFeedResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeclineAppointmentResult?: DeclineAppointmentResultResolvers<ContextType>;
  Designation?: DesignationResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  HoldSlotResult?: HoldSlotResultResolvers<ContextType>;
  InvalidInput?: InvalidInputResolvers<ContextType>;
  MinorUnits?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriceRange?: PriceRangeResolvers<ContextType>;
  Procedure?: ProcedureResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  ProviderConnection?: ProviderConnectionResolvers<ContextType>;
  ProviderEdge?: ProviderEdgeResolvers<ContextType>;
  PublishSlotPatternResult?: PublishSlotPatternResultResolvers<ContextType>;
  PublishSlotsResult?: PublishSlotsResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  RescheduleAppointmentResult?: RescheduleAppointmentResultResolvers<ContextType>;
  RevokeCalendarFeedResult?: RevokeCalendarFeedResultResolvers<ContextType>;
  Slot?: SlotResolvers<ContextType>;
  SlotFull?: SlotFullResolvers<ContextType>;
  SlotPatternPublished?: SlotPatternPublishedResolvers<ContextType>;
  SlotsPublished?: SlotsPublishedResolvers<ContextType>;
  StaleVersion?: StaleVersionResolvers<ContextType>;
  Throttled?: ThrottledResolvers<ContextType>;
  UpdateProviderSettingsResult?: UpdateProviderSettingsResultResolvers<ContextType>;
  UpdateSlotResult?: UpdateSlotResultResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ProvidersContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AppointmentStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  /** Declined by the provider's staff, with a reason; the places were given back. */
  | 'DECLINED'
  /** Requested: the places are held until the provider's staff confirm or decline. */
  | 'HELD';

/** A whole campaign plan: saving replaces the previous plan (creatives are set one locale at a time). */
export type CampaignInput = {
  channels: Array<MarketingChannel>;
  endsAt: string;
  name: Array<LocalizedTextInput>;
  /** Platform admins only: the organisation the campaign belongs to (marketing staff always create for their own). */
  organisation?: string | null | undefined;
  /** Published packages to promote, in order. */
  packageIds: Array<string | number>;
  /** Where on partner pages the banner may appear, e.g. hero, sidebar. */
  placements: Array<string>;
  /** Providers to promote, in order. */
  providerIds: Array<string | number>;
  /** Embed sites to appear on (keys); none for every site. */
  siteKeys?: Array<string> | null | undefined;
  slug: string;
  startsAt: string;
  /** ISO 3166-1 alpha-2 codes, 1..50. */
  targetCountries: Array<string>;
  theme: CampaignTheme;
  /** Uppercase letters, digits, - and _ (3..32); made from the slug when not given. */
  trackingCode?: string | null | undefined;
};

export type CampaignStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'ENDED'
  | 'PAUSED'
  /** Approved, starts later. */
  | 'SCHEDULED';

export type CampaignTheme =
  | 'FESTIVAL'
  | 'K_BEAUTY'
  | 'K_DRAMA'
  | 'K_POP'
  | 'MEDICAL'
  | 'WELLNESS';

export type ChatChannel =
  | 'EMAIL'
  | 'KAKAOTALK'
  | 'LINE'
  | 'PHONE'
  | 'TELEGRAM'
  | 'WECHAT'
  | 'WHATSAPP'
  | 'ZALO';

export type ConsultationMode =
  | 'IN_PERSON'
  /** Remote counselling before the trip or follow-up after it. */
  | 'REMOTE';

/** A coordinator as staff set them: the language they speak and the chat channels patients reach them on. */
export type CoordinatorInput = {
  /** Distinct, at least one. */
  channels: Array<ChatChannel>;
  language: Locale;
};

export type CreativeInput = {
  body: string;
  ctaLabel: string;
  /** https:// or a path on this site (/…); no credentials, spaces, control characters or backslashes. Stored normalised. */
  ctaUrl: string;
  headline: string;
  /** https:// or a path on this site (/…); no credentials, spaces, control characters or backslashes. Stored normalised. */
  imageUrl: string;
  locale: Locale;
};

/** Where a reply e-mail is: waiting for (or retrying) the mail server, accepted by it, or refused by it for good. */
export type DeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type InquiryEventKind =
  /** A note among the staff; the patient never sees it. */
  | 'NOTE'
  /** An e-mail to the patient. */
  | 'REPLY'
  /** A move along the pipeline. */
  | 'STATUS';

/** Where an inquiry stands, from the tourism staff's first answer to the booking (or the loss). */
export type InquiryStatus =
  | 'BOOKED'
  | 'CONTACTED'
  /** Not pursued; the reason is in the history. May be reopened to CONTACTED. */
  | 'LOST'
  | 'NEW'
  | 'QUOTED';

export type ItineraryDayInput = {
  steps: Array<ItineraryStepInput>;
  title: Array<LocalizedTextInput>;
};

/** The fields a step needs depend on its kind: MEDICAL a providerId (and optionally a procedureId of that provider), WELLNESS an activity, TOUR a category, TRANSFER from, to and transport, STAY nights and lodging. */
export type ItineraryStepInput = {
  activity?: WellnessActivity | null | undefined;
  category?: TourCategory | null | undefined;
  description?: Array<LocalizedTextInput> | null | undefined;
  durationMinutes?: number | null | undefined;
  from?: string | null | undefined;
  kind: StepKind;
  lodging?: LodgingKind | null | undefined;
  nights?: number | null | undefined;
  procedureId?: string | number | null | undefined;
  providerId?: string | number | null | undefined;
  title: Array<LocalizedTextInput>;
  to?: string | null | undefined;
  transport?: TransportMode | null | undefined;
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

/** One text in one locale; names need an EN or a KO text. */
export type LocalizedTextInput = {
  locale: Locale;
  text: string;
};

export type LodgingKind =
  | 'HANOK'
  | 'HOSPITAL_RESIDENCE'
  | 'HOTEL'
  | 'HOT_SPRING_RESORT'
  | 'RESORT'
  | 'TEMPLE_STAY';

export type MarketingChannel =
  | 'FACEBOOK'
  | 'INSTAGRAM'
  | 'KAKAOTALK'
  | 'LINE'
  | 'NEWSLETTER'
  | 'TIKTOK'
  | 'VK'
  | 'WECHAT'
  | 'WEIBO'
  | 'WHATSAPP'
  | 'YOUTUBE'
  | 'ZALO';

/** A whole package: saving replaces its prices and days. Whether an e-visa is possible follows from its providers. */
export type PackageInput = {
  /** Day 1 first; at most durationDays days. */
  days: Array<ItineraryDayInput>;
  durationDays: number;
  maxGuardians: number;
  prices: Array<PriceLineInput>;
  region: Region;
  segment: PackageSegment;
  slug: string;
  summary: Array<LocalizedTextInput>;
  theme: PackageTheme;
  title: Array<LocalizedTextInput>;
  visa: PackageVisaInput;
  wellnessCluster?: WellnessCluster | null | undefined;
};

export type PackageSegment =
  | 'GROUP'
  | 'LONG_STAY'
  | 'STANDARD'
  | 'VIP';

export type PackageStatus =
  /** No longer offered; kept for the inquiries about it. */
  | 'CLOSED'
  /** Being prepared; seen only by its region's staff. */
  | 'DRAFT'
  | 'PUBLISHED';

export type PackageTheme =
  | 'CANCER_CARE'
  /** Familiarisation tour for overseas travel agencies. */
  | 'FAM_TOUR'
  | 'FESTIVAL'
  | 'HEALTH_CHECKUP'
  | 'KOREAN_MEDICINE'
  | 'K_BEAUTY'
  | 'K_DRAMA'
  | 'K_POP'
  | 'TRANSPLANT'
  | 'WELLNESS';

export type PackageVisaInput = {
  notes?: Array<LocalizedTextInput> | null | undefined;
  recommended: VisaType;
  /** Only for packages of at most 5 days (the Incheon–Jeju transit route). */
  transferVisaFree?: boolean | null | undefined;
};

export type PriceKind =
  | 'INTERPRETATION'
  | 'LODGING'
  /** Medical fee: the only part an attracting agency's commission cap applies to. */
  | 'MEDICAL'
  | 'TOURISM'
  | 'TRANSPORT';

export type PriceLineInput = {
  /** In KRW, 0..1,000,000,000. */
  amountKrw: number;
  kind: PriceKind;
  label: Array<LocalizedTextInput>;
};

/** A PR briefing, exhibition, FAM tour, workshop, newsletter or agreement, as planned; saving replaces the plan. */
export type PromotionEventInput = {
  /** A campaign of the same organisation this event supports. */
  campaignId?: string | number | null | undefined;
  city: string;
  /** ISO 3166-1 alpha-2 where it takes place. */
  country: string;
  description?: Array<LocalizedTextInput> | null | undefined;
  endsAt: string;
  /** FAM tours only: the published FAM_TOUR package the guests follow. */
  itineraryPackageId?: string | number | null | undefined;
  kind: PromotionEventKind;
  /** Platform admins only: the organisation the event belongs to. */
  organisation?: string | null | undefined;
  /** Published packages presented. */
  packageIds: Array<string | number>;
  /** Partner agencies and organisations, by name. */
  partners: Array<string>;
  /** Partner hospitals and clinics. */
  providerIds: Array<string | number>;
  slug: string;
  startsAt: string;
  targetCountries: Array<string>;
  title: Array<LocalizedTextInput>;
};

export type PromotionEventKind =
  /** Joint agreement between hospitals and agencies. */
  | 'AGREEMENT'
  /** Domestic or overseas exhibition or fair. */
  | 'EXHIBITION'
  /** Familiarisation tour with overseas travel agencies. */
  | 'FAM_TOUR'
  /** Newsletter to overseas partners. */
  | 'NEWSLETTER'
  /** Overseas PR briefing for a target country. */
  | 'PR_BRIEFING'
  /** Quarterly partner workshop with hospitals and agencies. */
  | 'WORKSHOP';

export type PublishSlotPatternInput = {
  capacity: number;
  durationMinutes: number;
  /** First and last day (Korea), inclusive, at most 92 days apart. */
  from: string;
  interpreterLanguage?: Locale | null | undefined;
  mode: ConsultationMode;
  /** A procedure of this provider; none for general consultation slots. */
  procedureId?: string | number | null | undefined;
  providerId: string | number;
  /** Start times of day in Korea time, HH:MM (24 h), 1..24 of them. */
  times: Array<string>;
  until: string;
  /** Distinct, at least one. */
  weekdays: Array<Weekday>;
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

export type StepKind =
  | 'MEDICAL'
  | 'STAY'
  | 'TOUR'
  | 'TRANSFER'
  | 'WELLNESS';

export type TourCategory =
  | 'FESTIVAL'
  | 'FOOD'
  | 'K_BEAUTY'
  | 'K_DRAMA'
  | 'K_POP'
  | 'SHOPPING'
  | 'SIGHTSEEING';

export type TransportMode =
  | 'BUS'
  | 'CAR'
  | 'FERRY'
  | 'FLIGHT'
  | 'KTX';

/** Only the fields given change; null clears address, mapUrl and videoCallUrl. */
export type UpdateProviderSettingsInput = {
  /** At most 500 characters. */
  address?: string | null | undefined;
  autoConfirm?: boolean | null | undefined;
  /** 0..336. */
  cancellationWindowHours?: number | null | undefined;
  /** Replaces the list when given (0..10, one per language). */
  coordinators?: Array<CoordinatorInput> | null | undefined;
  /** The settingsVersion the staff read: refused with StaleVersion, nothing stored, when someone saved since. */
  expectedVersion?: number | null | undefined;
  /** https only. */
  mapUrl?: string | null | undefined;
  /** Where the staff's booking messages go; null stops them. */
  notificationEmail?: string | null | undefined;
  providerId: string | number;
  /** KO or EN. */
  staffLocale?: Locale | null | undefined;
  /** https only; given to patients of REMOTE appointments. */
  videoCallUrl?: string | null | undefined;
};

/** Only the fields given change. A slot with places held keeps its time: close it and publish another instead. */
export type UpdateSlotInput = {
  /** Not below the places already held. */
  capacity?: number | null | undefined;
  clearInterpreter?: boolean | null | undefined;
  durationMinutes?: number | null | undefined;
  /** The version the staff read: refused with StaleVersion, nothing stored, when the slot changed since. */
  expectedVersion?: number | null | undefined;
  /** Null leaves it as it is; use clearInterpreter to remove it. */
  interpreterLanguage?: Locale | null | undefined;
  mode?: ConsultationMode | null | undefined;
  slotId: string | number;
  startsAt?: string | null | undefined;
};

export type VisaType =
  /** Medical tourism visa, up to 90 days. */
  | 'C_3_3'
  /** Medical treatment visa for 91 days to a year; long-stay patients and their guardians. */
  | 'G_1_10'
  /** Visa-free entry with K-ETA (or its exemption). */
  | 'K_ETA_EXEMPT'
  /** Transit visa-free entry: group tourists landing at Incheon and transferring to Jeju, up to 5 days. */
  | 'TRANSIT_VISA_FREE';

/** A day of the week, as a weekly pattern names it (Korea time). */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WellnessActivity =
  | 'FOREST_THERAPY'
  | 'HERBAL_THERAPY'
  | 'HOT_SPRING'
  | 'MEDITATION'
  | 'SPA';

/** The government-backed wellness medical-tourism convergence clusters. */
export type WellnessCluster =
  | 'BUSAN'
  | 'CHUNGBUK'
  | 'DAEGU_GYEONGBUK'
  | 'GANGWON'
  | 'INCHEON'
  | 'JEONBUK';

export type HospitalProviderQueryVariables = Exact<{
  slug: string;
  locale: Locale;
}>;


export type HospitalProviderQuery = { provider: { id: string, slug: string, name: string, procedures: Array<{ id: string, name: string, durationMinutes: number }> } | null };

export type HospitalSlotFragment = { id: string, version: number, startsAt: string, endsAt: string, mode: ConsultationMode, capacity: number, remaining: number, interpreterLanguage: Locale | null, closedAt: string | null, procedure: { id: string, name: string } | null };

export type HospitalWeekQueryVariables = Exact<{
  slug: string;
  from: string;
  to: string;
  locale: Locale;
}>;


export type HospitalWeekQuery = { provider: { id: string, slots: Array<{ id: string, version: number, startsAt: string, endsAt: string, mode: ConsultationMode, capacity: number, remaining: number, interpreterLanguage: Locale | null, closedAt: string | null, procedure: { id: string, name: string } | null }> | null } | null };

export type HospitalSlotDetailQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type HospitalSlotDetailQuery = { slot: { id: string, version: number, startsAt: string, endsAt: string, mode: ConsultationMode, capacity: number, remaining: number, interpreterLanguage: Locale | null, closedAt: string | null, bookings: Array<{ id: string, reference: string, status: AppointmentStatus, partySize: number, contact: { name: string } | null }> | null, procedure: { id: string, name: string } | null } | null };

export type HospitalPublishPatternMutationVariables = Exact<{
  input: PublishSlotPatternInput;
  locale: Locale;
}>;


export type HospitalPublishPatternMutation = { publishSlotPattern:
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string, id: string }
    | { __typename: 'SlotPatternPublished', skipped: number, slots: Array<{ id: string, version: number, startsAt: string, endsAt: string, mode: ConsultationMode, capacity: number, remaining: number, interpreterLanguage: Locale | null, closedAt: string | null, procedure: { id: string, name: string } | null }> }
   };

export type HospitalUpdateSlotMutationVariables = Exact<{
  input: UpdateSlotInput;
  locale: Locale;
}>;


export type HospitalUpdateSlotMutation = { updateSlot:
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string, id: string }
    | { __typename: 'Slot', id: string, version: number, startsAt: string, endsAt: string, mode: ConsultationMode, capacity: number, remaining: number, interpreterLanguage: Locale | null, closedAt: string | null, procedure: { id: string, name: string } | null }
    | { __typename: 'StaleVersion', message: string, id: string, currentVersion: number }
   };

export type HospitalCloseSlotMutationVariables = Exact<{
  slotId: string | number;
  locale: Locale;
}>;


export type HospitalCloseSlotMutation = { closeSlot:
    | { __typename: 'NotFound', message: string, id: string }
    | { __typename: 'Slot', id: string, version: number, startsAt: string, endsAt: string, mode: ConsultationMode, capacity: number, remaining: number, interpreterLanguage: Locale | null, closedAt: string | null, procedure: { id: string, name: string } | null }
   };

export type HospitalAppointmentFragment = { id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, declineReason: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, procedure: { id: string, name: string } | null }, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null };

export type HospitalAppointmentsQueryVariables = Exact<{
  slug: string;
  status?: AppointmentStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
  locale: Locale;
}>;


export type HospitalAppointmentsQuery = { provider: { id: string, appointments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, declineReason: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, procedure: { id: string, name: string } | null }, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null } }> } | null } | null };

export type HospitalOpenSlotsQueryVariables = Exact<{
  slug: string;
  from: string;
  to: string;
  locale: Locale;
}>;


export type HospitalOpenSlotsQuery = { provider: { id: string, availability: Array<{ id: string, startsAt: string, capacity: number, remaining: number, mode: ConsultationMode, procedure: { id: string, name: string } | null }> } | null };

export type HospitalConfirmAppointmentMutationVariables = Exact<{
  reference: string;
  locale: Locale;
}>;


export type HospitalConfirmAppointmentMutation = { confirmAppointment:
    | { __typename: 'Appointment', id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, declineReason: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, procedure: { id: string, name: string } | null }, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string, id: string }
   };

export type HospitalDeclineAppointmentMutationVariables = Exact<{
  reference: string;
  reason: string;
  locale: Locale;
}>;


export type HospitalDeclineAppointmentMutation = { declineAppointment:
    | { __typename: 'Appointment', id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, declineReason: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, procedure: { id: string, name: string } | null }, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string, id: string }
   };

export type HospitalCancelAppointmentMutationVariables = Exact<{
  reference: string;
  locale: Locale;
}>;


export type HospitalCancelAppointmentMutation = { cancelAppointment:
    | { __typename: 'Appointment', id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, declineReason: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, procedure: { id: string, name: string } | null }, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string, id: string }
   };

export type HospitalRescheduleAppointmentMutationVariables = Exact<{
  reference: string;
  slotId: string | number;
  idempotencyKey: string;
  locale: Locale;
}>;


export type HospitalRescheduleAppointmentMutation = { rescheduleAppointment:
    | { __typename: 'Appointment', id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, declineReason: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, procedure: { id: string, name: string } | null }, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string, id: string }
    | { __typename: 'SlotFull', message: string, slotId: string, remaining: number }
   };

export type HospitalSettingsFragment = { id: string, settingsVersion: number, autoConfirm: boolean, cancellationWindowHours: number, address: string | null, mapUrl: string | null, videoCallUrl: string | null, notificationEmail: string | null, staffLocale: Locale | null, coordinators: Array<{ language: Locale, channels: Array<ChatChannel> }> };

export type HospitalSettingsQueryVariables = Exact<{
  slug: string;
}>;


export type HospitalSettingsQuery = { provider: { id: string, settingsVersion: number, autoConfirm: boolean, cancellationWindowHours: number, address: string | null, mapUrl: string | null, videoCallUrl: string | null, notificationEmail: string | null, staffLocale: Locale | null, coordinators: Array<{ language: Locale, channels: Array<ChatChannel> }> } | null };

export type HospitalSaveSettingsMutationVariables = Exact<{
  input: UpdateProviderSettingsInput;
}>;


export type HospitalSaveSettingsMutation = { updateProviderSettings:
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string, id: string }
    | { __typename: 'Provider', id: string, settingsVersion: number, autoConfirm: boolean, cancellationWindowHours: number, address: string | null, mapUrl: string | null, videoCallUrl: string | null, notificationEmail: string | null, staffLocale: Locale | null, coordinators: Array<{ language: Locale, channels: Array<ChatChannel> }> }
    | { __typename: 'StaleVersion', message: string, id: string, currentVersion: number }
   };

export type HospitalCalendarFeedFragment = { id: string, label: string, createdAt: string, createdBy: string, revokedAt: string | null, lastFetchedAt: string | null };

export type HospitalCalendarFeedsQueryVariables = Exact<{
  slug: string;
}>;


export type HospitalCalendarFeedsQuery = { provider: { id: string, calendarFeeds: Array<{ id: string, label: string, createdAt: string, createdBy: string, revokedAt: string | null, lastFetchedAt: string | null }> | null } | null };

export type HospitalCreateCalendarFeedMutationVariables = Exact<{
  providerId: string | number;
  label: string;
}>;


export type HospitalCreateCalendarFeedMutation = { createCalendarFeed:
    | { __typename: 'CalendarFeedIssued', url: string, feed: { id: string, label: string, createdAt: string, createdBy: string, revokedAt: string | null, lastFetchedAt: string | null } }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string, id: string }
   };

export type HospitalRevokeCalendarFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type HospitalRevokeCalendarFeedMutation = { revokeCalendarFeed:
    | { __typename: 'CalendarFeed', id: string, label: string, createdAt: string, createdBy: string, revokedAt: string | null, lastFetchedAt: string | null }
    | { __typename: 'NotFound', message: string, id: string }
   };

export type HospitalAuditTrailQueryVariables = Exact<{
  providerId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type HospitalAuditTrailQuery = { providerAuditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actor: string, actorRole: string, action: string, entityType: string, entityId: string, changeCount: number, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type MarketingCampaignSummaryFragment = { id: string, slug: string, name: string, status: CampaignStatus, startsAt: string, endsAt: string, creativeLocales: Array<Locale>, organisation: string, version: number };

export type MarketingCampaignsQueryVariables = Exact<{
  locale: Locale;
  after?: string | null | undefined;
}>;


export type MarketingCampaignsQuery = { myCampaigns: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, status: CampaignStatus, startsAt: string, endsAt: string, creativeLocales: Array<Locale>, organisation: string, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarketingCreativeFragment = { locale: Locale, headline: string, body: string, imageUrl: string, ctaLabel: string, ctaUrl: string };

export type MarketingCampaignDetailFragment = { id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null };

export type MarketingCampaignQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type MarketingCampaignQuery = { campaign: { id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null } | null };

export type MarketingCreativeQueryVariables = Exact<{
  id: string | number;
  creativeLocale: Locale;
}>;


export type MarketingCreativeQuery = { campaign: { id: string, creative: { locale: Locale, headline: string, body: string, imageUrl: string, ctaLabel: string, ctaUrl: string } | null } | null };

export type MarketingPublishedPackagesQueryVariables = Exact<{
  locale: Locale;
  after?: string | null | undefined;
}>;


export type MarketingPublishedPackagesQuery = { packages: { edges: Array<{ node: { id: string, slug: string, status: PackageStatus, title: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

type MarketingCampaignAnswer_Campaign_Fragment = { __typename: 'Campaign', id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null };

type MarketingCampaignAnswer_InvalidInput_Fragment = { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> };

type MarketingCampaignAnswer_InvalidTransition_Fragment = { __typename: 'InvalidTransition', message: string, status: CampaignStatus };

type MarketingCampaignAnswer_NotFound_Fragment = { __typename: 'NotFound', message: string };

type MarketingCampaignAnswer_StaleVersion_Fragment = { __typename: 'StaleVersion', message: string, currentVersion: number };

export type MarketingCampaignAnswerFragment =
  | MarketingCampaignAnswer_Campaign_Fragment
  | MarketingCampaignAnswer_InvalidInput_Fragment
  | MarketingCampaignAnswer_InvalidTransition_Fragment
  | MarketingCampaignAnswer_NotFound_Fragment
  | MarketingCampaignAnswer_StaleVersion_Fragment
;

export type MarketingCreateCampaignMutationVariables = Exact<{
  input: CampaignInput;
  locale: Locale;
}>;


export type MarketingCreateCampaignMutation = { createCampaign:
    | { __typename: 'Campaign', id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'InvalidTransition', message: string, status: CampaignStatus }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingUpdateCampaignMutationVariables = Exact<{
  id: string | number;
  input: CampaignInput;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type MarketingUpdateCampaignMutation = { updateCampaign:
    | { __typename: 'Campaign', id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'InvalidTransition', message: string, status: CampaignStatus }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingSetCreativeMutationVariables = Exact<{
  id: string | number;
  input: CreativeInput;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type MarketingSetCreativeMutation = { setCampaignCreative:
    | { __typename: 'Campaign', id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'InvalidTransition', message: string, status: CampaignStatus }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingRemoveCreativeMutationVariables = Exact<{
  id: string | number;
  creativeLocale: Locale;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type MarketingRemoveCreativeMutation = { removeCampaignCreative:
    | { __typename: 'Campaign', id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'InvalidTransition', message: string, status: CampaignStatus }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingScheduleCampaignMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type MarketingScheduleCampaignMutation = { scheduleCampaign:
    | { __typename: 'Campaign', id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'InvalidTransition', message: string, status: CampaignStatus }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingPauseCampaignMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type MarketingPauseCampaignMutation = { pauseCampaign:
    | { __typename: 'Campaign', id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'InvalidTransition', message: string, status: CampaignStatus }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingResumeCampaignMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type MarketingResumeCampaignMutation = { resumeCampaign:
    | { __typename: 'Campaign', id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'InvalidTransition', message: string, status: CampaignStatus }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingEndCampaignMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type MarketingEndCampaignMutation = { endCampaign:
    | { __typename: 'Campaign', id: string, slug: string, version: number, status: CampaignStatus, name: string, theme: CampaignTheme, startsAt: string, endsAt: string, endedAt: string | null, targetCountries: Array<string>, channels: Array<MarketingChannel>, placements: Array<string>, siteKeys: Array<string>, trackingCode: string, creativeLocales: Array<Locale>, organisation: string, names: Array<{ locale: Locale, text: string }>, packages: Array<{ id: string, slug: string, title: string }> | null, providers: Array<{ id: string }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'InvalidTransition', message: string, status: CampaignStatus }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingPromotionEventFragment = { id: string, slug: string, version: number, kind: PromotionEventKind, title: string, startsAt: string, endsAt: string, city: string, country: string, targetCountries: Array<string>, partners: Array<string>, leads: number, organisation: string, titles: Array<{ locale: Locale, text: string }>, descriptions: Array<{ locale: Locale, text: string }>, campaign: { id: string } | null, packages: Array<{ id: string }> | null, providers: Array<{ id: string }> | null, itinerary: { id: string } | null };

export type MarketingPromotionEventsQueryVariables = Exact<{
  from: string;
  to: string;
  locale: Locale;
}>;


export type MarketingPromotionEventsQuery = { myPromotionEvents: Array<{ id: string, slug: string, version: number, kind: PromotionEventKind, title: string, startsAt: string, endsAt: string, city: string, country: string, targetCountries: Array<string>, partners: Array<string>, leads: number, organisation: string, titles: Array<{ locale: Locale, text: string }>, descriptions: Array<{ locale: Locale, text: string }>, campaign: { id: string } | null, packages: Array<{ id: string }> | null, providers: Array<{ id: string }> | null, itinerary: { id: string } | null }> };

type MarketingPromotionEventAnswer_InvalidInput_Fragment = { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> };

type MarketingPromotionEventAnswer_NotFound_Fragment = { __typename: 'NotFound', message: string };

type MarketingPromotionEventAnswer_PromotionEvent_Fragment = { __typename: 'PromotionEvent', id: string, slug: string, version: number, kind: PromotionEventKind, title: string, startsAt: string, endsAt: string, city: string, country: string, targetCountries: Array<string>, partners: Array<string>, leads: number, organisation: string, titles: Array<{ locale: Locale, text: string }>, descriptions: Array<{ locale: Locale, text: string }>, campaign: { id: string } | null, packages: Array<{ id: string }> | null, providers: Array<{ id: string }> | null, itinerary: { id: string } | null };

type MarketingPromotionEventAnswer_StaleVersion_Fragment = { __typename: 'StaleVersion', message: string, currentVersion: number };

export type MarketingPromotionEventAnswerFragment =
  | MarketingPromotionEventAnswer_InvalidInput_Fragment
  | MarketingPromotionEventAnswer_NotFound_Fragment
  | MarketingPromotionEventAnswer_PromotionEvent_Fragment
  | MarketingPromotionEventAnswer_StaleVersion_Fragment
;

export type MarketingCreatePromotionEventMutationVariables = Exact<{
  input: PromotionEventInput;
  locale: Locale;
}>;


export type MarketingCreatePromotionEventMutation = { createPromotionEvent:
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'PromotionEvent', id: string, slug: string, version: number, kind: PromotionEventKind, title: string, startsAt: string, endsAt: string, city: string, country: string, targetCountries: Array<string>, partners: Array<string>, leads: number, organisation: string, titles: Array<{ locale: Locale, text: string }>, descriptions: Array<{ locale: Locale, text: string }>, campaign: { id: string } | null, packages: Array<{ id: string }> | null, providers: Array<{ id: string }> | null, itinerary: { id: string } | null }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingUpdatePromotionEventMutationVariables = Exact<{
  id: string | number;
  input: PromotionEventInput;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type MarketingUpdatePromotionEventMutation = { updatePromotionEvent:
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'PromotionEvent', id: string, slug: string, version: number, kind: PromotionEventKind, title: string, startsAt: string, endsAt: string, city: string, country: string, targetCountries: Array<string>, partners: Array<string>, leads: number, organisation: string, titles: Array<{ locale: Locale, text: string }>, descriptions: Array<{ locale: Locale, text: string }>, campaign: { id: string } | null, packages: Array<{ id: string }> | null, providers: Array<{ id: string }> | null, itinerary: { id: string } | null }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingRecordLeadsMutationVariables = Exact<{
  id: string | number;
  leads: number;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type MarketingRecordLeadsMutation = { recordPromotionLeads:
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'PromotionEvent', id: string, slug: string, version: number, kind: PromotionEventKind, title: string, startsAt: string, endsAt: string, city: string, country: string, targetCountries: Array<string>, partners: Array<string>, leads: number, organisation: string, titles: Array<{ locale: Locale, text: string }>, descriptions: Array<{ locale: Locale, text: string }>, campaign: { id: string } | null, packages: Array<{ id: string }> | null, providers: Array<{ id: string }> | null, itinerary: { id: string } | null }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type MarketingAuditTrailQueryVariables = Exact<{
  organisation: string;
  after?: string | null | undefined;
}>;


export type MarketingAuditTrailQuery = { organisationAuditTrail: { totalCount: number, edges: Array<{ node: { id: string, at: string, actor: string, actorRole: string, action: string, entityType: string, entityId: string, changeCount: number, changes: Array<{ field: string, before: string | null, after: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleAuditEntryFragment = { id: string, at: string, actor: string, actorRole: string, action: string, entityType: string, entityId: string, changeCount: number, changes: Array<{ field: string, before: string | null, after: string | null }> };

export type ConsoleOwnersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOwnersQuery = { providers: { edges: Array<{ node: { slug: string, nameKo: string, nameEn: string } }> }, myCampaigns: { edges: Array<{ node: { organisation: string } }> } };

export type TourismPackagesQueryVariables = Exact<{
  region: Region;
  locale: Locale;
  after?: string | null | undefined;
}>;


export type TourismPackagesQuery = { packages: { totalCount: number, edges: Array<{ node: { id: string, slug: string, status: PackageStatus, durationDays: number, title: string, translations: Array<{ locale: Locale, complete: boolean }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TourismPackageQueryVariables = Exact<{
  id: string | number;
}>;


export type TourismPackageQuery = { package: { id: string, version: number, slug: string, status: PackageStatus, theme: PackageTheme, segment: PackageSegment, region: Region, wellnessCluster: WellnessCluster | null, durationDays: number, maxGuardians: number, translations: Array<{ locale: Locale, complete: boolean, missing: Array<string> }>, texts: Array<{ path: string, locale: Locale, text: string }>, visa: { recommended: VisaType, transferVisaFree: boolean }, priceBreakdown: { lines: Array<{ kind: PriceKind, amount: { amount: number } }> }, days: Array<{ steps: Array<
        | { __typename: 'MedicalStep', provider: { id: string } | null, procedure: { id: string } | null }
        | { __typename: 'StayStep', nights: number, lodging: LodgingKind }
        | { __typename: 'TourStep', category: TourCategory }
        | { __typename: 'TransferStep', from: string, to: string, transport: TransportMode, durationMinutes: number | null }
        | { __typename: 'WellnessStep', activity: WellnessActivity }
      > }> } | null };

type TourismStep_MedicalStep_Fragment = { provider: { id: string } | null, procedure: { id: string } | null };

type TourismStep_StayStep_Fragment = { nights: number, lodging: LodgingKind };

type TourismStep_TourStep_Fragment = { category: TourCategory };

type TourismStep_TransferStep_Fragment = { from: string, to: string, transport: TransportMode, durationMinutes: number | null };

type TourismStep_WellnessStep_Fragment = { activity: WellnessActivity };

export type TourismStepFragment =
  | TourismStep_MedicalStep_Fragment
  | TourismStep_StayStep_Fragment
  | TourismStep_TourStep_Fragment
  | TourismStep_TransferStep_Fragment
  | TourismStep_WellnessStep_Fragment
;

export type TourismProvidersQueryVariables = Exact<{
  region: Region;
  locale: Locale;
}>;


export type TourismProvidersQuery = { providers: { edges: Array<{ node: { id: string, name: string, procedures: Array<{ id: string, name: string }> } }> } };

type TourismSaveAnswer_InvalidInput_Fragment = { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> };

type TourismSaveAnswer_NotFound_Fragment = { __typename: 'NotFound', message: string };

type TourismSaveAnswer_Package_Fragment = { __typename: 'Package', id: string, version: number, status: PackageStatus, translations: Array<{ locale: Locale, complete: boolean, missing: Array<string> }> };

type TourismSaveAnswer_StaleVersion_Fragment = { __typename: 'StaleVersion', message: string, currentVersion: number };

export type TourismSaveAnswerFragment =
  | TourismSaveAnswer_InvalidInput_Fragment
  | TourismSaveAnswer_NotFound_Fragment
  | TourismSaveAnswer_Package_Fragment
  | TourismSaveAnswer_StaleVersion_Fragment
;

export type TourismCreatePackageMutationVariables = Exact<{
  input: PackageInput;
}>;


export type TourismCreatePackageMutation = { createPackage:
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'Package', id: string, version: number, status: PackageStatus, translations: Array<{ locale: Locale, complete: boolean, missing: Array<string> }> }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type TourismUpdatePackageMutationVariables = Exact<{
  id: string | number;
  input: PackageInput;
  expectedVersion?: number | null | undefined;
}>;


export type TourismUpdatePackageMutation = { updatePackage:
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'Package', id: string, version: number, status: PackageStatus, translations: Array<{ locale: Locale, complete: boolean, missing: Array<string> }> }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type TourismSetPackageStatusMutationVariables = Exact<{
  id: string | number;
  status: PackageStatus;
  expectedVersion?: number | null | undefined;
}>;


export type TourismSetPackageStatusMutation = { setPackageStatus:
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'Package', id: string, version: number, status: PackageStatus, translations: Array<{ locale: Locale, complete: boolean, missing: Array<string> }> }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type TourismInquiryFragment = { id: string, reference: string, status: InquiryStatus, version: number, createdAt: string, partySize: number, preferredStart: string | null, locale: Locale | null, patientMessage: string | null, package: { id: string, title: string } | null, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null, history: Array<{ id: string, at: string, by: string, kind: InquiryEventKind, text: string | null, status: InquiryStatus | null, delivery: DeliveryStatus | null }> | null };

export type TourismInquiriesQueryVariables = Exact<{
  region: Region;
  status?: InquiryStatus | null | undefined;
  after?: string | null | undefined;
  locale: Locale;
}>;


export type TourismInquiriesQuery = { regionInquiries: { totalCount: number, edges: Array<{ node: { id: string, reference: string, status: InquiryStatus, version: number, createdAt: string, partySize: number, preferredStart: string | null, locale: Locale | null, patientMessage: string | null, package: { id: string, title: string } | null, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null, history: Array<{ id: string, at: string, by: string, kind: InquiryEventKind, text: string | null, status: InquiryStatus | null, delivery: DeliveryStatus | null }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

type TourismInquiryAnswer_Inquiry_Fragment = { __typename: 'Inquiry', id: string, reference: string, status: InquiryStatus, version: number, createdAt: string, partySize: number, preferredStart: string | null, locale: Locale | null, patientMessage: string | null, package: { id: string, title: string } | null, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null, history: Array<{ id: string, at: string, by: string, kind: InquiryEventKind, text: string | null, status: InquiryStatus | null, delivery: DeliveryStatus | null }> | null };

type TourismInquiryAnswer_InvalidInput_Fragment = { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> };

type TourismInquiryAnswer_NotFound_Fragment = { __typename: 'NotFound', message: string };

type TourismInquiryAnswer_StaleVersion_Fragment = { __typename: 'StaleVersion', message: string, currentVersion: number };

export type TourismInquiryAnswerFragment =
  | TourismInquiryAnswer_Inquiry_Fragment
  | TourismInquiryAnswer_InvalidInput_Fragment
  | TourismInquiryAnswer_NotFound_Fragment
  | TourismInquiryAnswer_StaleVersion_Fragment
;

export type TourismSetInquiryStatusMutationVariables = Exact<{
  id: string | number;
  status: InquiryStatus;
  reason?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  locale: Locale;
}>;


export type TourismSetInquiryStatusMutation = { setInquiryStatus:
    | { __typename: 'Inquiry', id: string, reference: string, status: InquiryStatus, version: number, createdAt: string, partySize: number, preferredStart: string | null, locale: Locale | null, patientMessage: string | null, package: { id: string, title: string } | null, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null, history: Array<{ id: string, at: string, by: string, kind: InquiryEventKind, text: string | null, status: InquiryStatus | null, delivery: DeliveryStatus | null }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type TourismAddInquiryNoteMutationVariables = Exact<{
  id: string | number;
  text: string;
  locale: Locale;
}>;


export type TourismAddInquiryNoteMutation = { addInquiryNote:
    | { __typename: 'Inquiry', id: string, reference: string, status: InquiryStatus, version: number, createdAt: string, partySize: number, preferredStart: string | null, locale: Locale | null, patientMessage: string | null, package: { id: string, title: string } | null, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null, history: Array<{ id: string, at: string, by: string, kind: InquiryEventKind, text: string | null, status: InquiryStatus | null, delivery: DeliveryStatus | null }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type TourismReplyToInquiryMutationVariables = Exact<{
  id: string | number;
  text: string;
  locale: Locale;
}>;


export type TourismReplyToInquiryMutation = { replyToInquiry:
    | { __typename: 'Inquiry', id: string, reference: string, status: InquiryStatus, version: number, createdAt: string, partySize: number, preferredStart: string | null, locale: Locale | null, patientMessage: string | null, package: { id: string, title: string } | null, contact: { name: string, email: string, phone: string | null, nationality: string, locale: Locale } | null, history: Array<{ id: string, at: string, by: string, kind: InquiryEventKind, text: string | null, status: InquiryStatus | null, delivery: DeliveryStatus | null }> | null }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StaleVersion', message: string, currentVersion: number }
   };

export type TourismAuditTrailQueryVariables = Exact<{
  region: Region;
  entityId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type TourismAuditTrailQuery = { regionAuditTrail: { edges: Array<{ node: { id: string, at: string, actor: string, actorRole: string, action: string, entityType: string, entityId: string, changeCount: number, changes: Array<{ field: string, before: string | null, after: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const HospitalSlotFragmentDoc = new TypedDocumentString(`
    fragment HospitalSlot on Slot {
  id
  version
  startsAt
  endsAt
  mode
  capacity
  remaining
  interpreterLanguage
  closedAt
  procedure {
    id
    name(locale: $locale)
  }
}
    `, {"fragmentName":"HospitalSlot"}) as unknown as TypedDocumentString<HospitalSlotFragment, unknown>;
export const HospitalAppointmentFragmentDoc = new TypedDocumentString(`
    fragment HospitalAppointment on Appointment {
  id
  reference
  status
  partySize
  createdAt
  declineReason
  slot {
    id
    startsAt
    endsAt
    mode
    procedure {
      id
      name(locale: $locale)
    }
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
}
    `, {"fragmentName":"HospitalAppointment"}) as unknown as TypedDocumentString<HospitalAppointmentFragment, unknown>;
export const HospitalSettingsFragmentDoc = new TypedDocumentString(`
    fragment HospitalSettings on Provider {
  id
  settingsVersion
  autoConfirm
  cancellationWindowHours
  address
  mapUrl
  videoCallUrl
  notificationEmail
  staffLocale
  coordinators {
    language
    channels
  }
}
    `, {"fragmentName":"HospitalSettings"}) as unknown as TypedDocumentString<HospitalSettingsFragment, unknown>;
export const HospitalCalendarFeedFragmentDoc = new TypedDocumentString(`
    fragment HospitalCalendarFeed on CalendarFeed {
  id
  label
  createdAt
  createdBy
  revokedAt
  lastFetchedAt
}
    `, {"fragmentName":"HospitalCalendarFeed"}) as unknown as TypedDocumentString<HospitalCalendarFeedFragment, unknown>;
export const MarketingCampaignSummaryFragmentDoc = new TypedDocumentString(`
    fragment MarketingCampaignSummary on Campaign {
  id
  slug
  name(locale: $locale)
  status
  startsAt
  endsAt
  creativeLocales
  organisation
  version
}
    `, {"fragmentName":"MarketingCampaignSummary"}) as unknown as TypedDocumentString<MarketingCampaignSummaryFragment, unknown>;
export const MarketingCreativeFragmentDoc = new TypedDocumentString(`
    fragment MarketingCreative on Creative {
  locale
  headline
  body
  imageUrl
  ctaLabel
  ctaUrl
}
    `, {"fragmentName":"MarketingCreative"}) as unknown as TypedDocumentString<MarketingCreativeFragment, unknown>;
export const MarketingCampaignDetailFragmentDoc = new TypedDocumentString(`
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}
    `, {"fragmentName":"MarketingCampaignDetail"}) as unknown as TypedDocumentString<MarketingCampaignDetailFragment, unknown>;
export const MarketingCampaignAnswerFragmentDoc = new TypedDocumentString(`
    fragment MarketingCampaignAnswer on CampaignResult {
  __typename
  ... on Campaign {
    ...MarketingCampaignDetail
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on InvalidTransition {
    message
    status
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}`, {"fragmentName":"MarketingCampaignAnswer"}) as unknown as TypedDocumentString<MarketingCampaignAnswerFragment, unknown>;
export const MarketingPromotionEventFragmentDoc = new TypedDocumentString(`
    fragment MarketingPromotionEvent on PromotionEvent {
  id
  slug
  version
  kind
  title(locale: $locale)
  titles {
    locale
    text
  }
  descriptions {
    locale
    text
  }
  startsAt
  endsAt
  city
  country
  targetCountries
  partners
  leads
  organisation
  campaign {
    id
  }
  packages {
    id
  }
  providers {
    id
  }
  itinerary {
    id
  }
}
    `, {"fragmentName":"MarketingPromotionEvent"}) as unknown as TypedDocumentString<MarketingPromotionEventFragment, unknown>;
export const MarketingPromotionEventAnswerFragmentDoc = new TypedDocumentString(`
    fragment MarketingPromotionEventAnswer on PromotionEventResult {
  __typename
  ... on PromotionEvent {
    ...MarketingPromotionEvent
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}
    fragment MarketingPromotionEvent on PromotionEvent {
  id
  slug
  version
  kind
  title(locale: $locale)
  titles {
    locale
    text
  }
  descriptions {
    locale
    text
  }
  startsAt
  endsAt
  city
  country
  targetCountries
  partners
  leads
  organisation
  campaign {
    id
  }
  packages {
    id
  }
  providers {
    id
  }
  itinerary {
    id
  }
}`, {"fragmentName":"MarketingPromotionEventAnswer"}) as unknown as TypedDocumentString<MarketingPromotionEventAnswerFragment, unknown>;
export const ConsoleAuditEntryFragmentDoc = new TypedDocumentString(`
    fragment ConsoleAuditEntry on AuditEntry {
  id
  at
  actor
  actorRole
  action
  entityType
  entityId
  changeCount
  changes {
    field
    before
    after
  }
}
    `, {"fragmentName":"ConsoleAuditEntry"}) as unknown as TypedDocumentString<ConsoleAuditEntryFragment, unknown>;
export const TourismStepFragmentDoc = new TypedDocumentString(`
    fragment TourismStep on ItineraryStep {
  ... on MedicalStep {
    provider {
      id
    }
    procedure {
      id
    }
  }
  ... on WellnessStep {
    activity
  }
  ... on TourStep {
    category
  }
  ... on TransferStep {
    from
    to
    transport
    durationMinutes
  }
  ... on StayStep {
    nights
    lodging
  }
}
    `, {"fragmentName":"TourismStep"}) as unknown as TypedDocumentString<TourismStepFragment, unknown>;
export const TourismSaveAnswerFragmentDoc = new TypedDocumentString(`
    fragment TourismSaveAnswer on PackageResult {
  __typename
  ... on Package {
    id
    version
    status
    translations {
      locale
      complete
      missing
    }
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on StaleVersion {
    message
    currentVersion
  }
  ... on NotFound {
    message
  }
}
    `, {"fragmentName":"TourismSaveAnswer"}) as unknown as TypedDocumentString<TourismSaveAnswerFragment, unknown>;
export const TourismInquiryFragmentDoc = new TypedDocumentString(`
    fragment TourismInquiry on Inquiry {
  id
  reference
  status
  version
  createdAt
  partySize
  preferredStart
  patientMessage: message
  locale
  package {
    id
    title(locale: $locale)
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
  history {
    id
    at
    by
    kind
    text
    status
    delivery
  }
}
    `, {"fragmentName":"TourismInquiry"}) as unknown as TypedDocumentString<TourismInquiryFragment, unknown>;
export const TourismInquiryAnswerFragmentDoc = new TypedDocumentString(`
    fragment TourismInquiryAnswer on InquiryUpdateResult {
  __typename
  ... on Inquiry {
    ...TourismInquiry
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on StaleVersion {
    message
    currentVersion
  }
  ... on NotFound {
    message
  }
}
    fragment TourismInquiry on Inquiry {
  id
  reference
  status
  version
  createdAt
  partySize
  preferredStart
  patientMessage: message
  locale
  package {
    id
    title(locale: $locale)
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
  history {
    id
    at
    by
    kind
    text
    status
    delivery
  }
}`, {"fragmentName":"TourismInquiryAnswer"}) as unknown as TypedDocumentString<TourismInquiryAnswerFragment, unknown>;
export const HospitalProviderDocument = new TypedDocumentString(`
    query HospitalProvider($slug: String!, $locale: Locale!) {
  provider(slug: $slug) {
    id
    slug
    name(locale: $locale)
    procedures {
      id
      name(locale: $locale)
      durationMinutes
    }
  }
}
    `) as unknown as TypedDocumentString<HospitalProviderQuery, HospitalProviderQueryVariables>;
export const HospitalWeekDocument = new TypedDocumentString(`
    query HospitalWeek($slug: String!, $from: DateTime!, $to: DateTime!, $locale: Locale!) {
  provider(slug: $slug) {
    id
    slots(from: $from, to: $to) {
      ...HospitalSlot
    }
  }
}
    fragment HospitalSlot on Slot {
  id
  version
  startsAt
  endsAt
  mode
  capacity
  remaining
  interpreterLanguage
  closedAt
  procedure {
    id
    name(locale: $locale)
  }
}`) as unknown as TypedDocumentString<HospitalWeekQuery, HospitalWeekQueryVariables>;
export const HospitalSlotDetailDocument = new TypedDocumentString(`
    query HospitalSlotDetail($id: ID!, $locale: Locale!) {
  slot(id: $id) {
    ...HospitalSlot
    bookings {
      id
      reference
      status
      partySize
      contact {
        name
      }
    }
  }
}
    fragment HospitalSlot on Slot {
  id
  version
  startsAt
  endsAt
  mode
  capacity
  remaining
  interpreterLanguage
  closedAt
  procedure {
    id
    name(locale: $locale)
  }
}`) as unknown as TypedDocumentString<HospitalSlotDetailQuery, HospitalSlotDetailQueryVariables>;
export const HospitalPublishPatternDocument = new TypedDocumentString(`
    mutation HospitalPublishPattern($input: PublishSlotPatternInput!, $locale: Locale!) {
  publishSlotPattern(input: $input) {
    __typename
    ... on SlotPatternPublished {
      skipped
      slots {
        ...HospitalSlot
      }
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalSlot on Slot {
  id
  version
  startsAt
  endsAt
  mode
  capacity
  remaining
  interpreterLanguage
  closedAt
  procedure {
    id
    name(locale: $locale)
  }
}`) as unknown as TypedDocumentString<HospitalPublishPatternMutation, HospitalPublishPatternMutationVariables>;
export const HospitalUpdateSlotDocument = new TypedDocumentString(`
    mutation HospitalUpdateSlot($input: UpdateSlotInput!, $locale: Locale!) {
  updateSlot(input: $input) {
    __typename
    ... on Slot {
      ...HospitalSlot
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
    ... on StaleVersion {
      message
      id
      currentVersion
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalSlot on Slot {
  id
  version
  startsAt
  endsAt
  mode
  capacity
  remaining
  interpreterLanguage
  closedAt
  procedure {
    id
    name(locale: $locale)
  }
}`) as unknown as TypedDocumentString<HospitalUpdateSlotMutation, HospitalUpdateSlotMutationVariables>;
export const HospitalCloseSlotDocument = new TypedDocumentString(`
    mutation HospitalCloseSlot($slotId: ID!, $locale: Locale!) {
  closeSlot(slotId: $slotId) {
    __typename
    ... on Slot {
      ...HospitalSlot
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalSlot on Slot {
  id
  version
  startsAt
  endsAt
  mode
  capacity
  remaining
  interpreterLanguage
  closedAt
  procedure {
    id
    name(locale: $locale)
  }
}`) as unknown as TypedDocumentString<HospitalCloseSlotMutation, HospitalCloseSlotMutationVariables>;
export const HospitalAppointmentsDocument = new TypedDocumentString(`
    query HospitalAppointments($slug: String!, $status: AppointmentStatus, $first: Int!, $after: String, $locale: Locale!) {
  provider(slug: $slug) {
    id
    appointments(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...HospitalAppointment
        }
      }
    }
  }
}
    fragment HospitalAppointment on Appointment {
  id
  reference
  status
  partySize
  createdAt
  declineReason
  slot {
    id
    startsAt
    endsAt
    mode
    procedure {
      id
      name(locale: $locale)
    }
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
}`) as unknown as TypedDocumentString<HospitalAppointmentsQuery, HospitalAppointmentsQueryVariables>;
export const HospitalOpenSlotsDocument = new TypedDocumentString(`
    query HospitalOpenSlots($slug: String!, $from: DateTime!, $to: DateTime!, $locale: Locale!) {
  provider(slug: $slug) {
    id
    availability(from: $from, to: $to) {
      id
      startsAt
      capacity
      remaining
      mode
      procedure {
        id
        name(locale: $locale)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HospitalOpenSlotsQuery, HospitalOpenSlotsQueryVariables>;
export const HospitalConfirmAppointmentDocument = new TypedDocumentString(`
    mutation HospitalConfirmAppointment($reference: String!, $locale: Locale!) {
  confirmAppointment(input: {reference: $reference}) {
    __typename
    ... on Appointment {
      ...HospitalAppointment
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalAppointment on Appointment {
  id
  reference
  status
  partySize
  createdAt
  declineReason
  slot {
    id
    startsAt
    endsAt
    mode
    procedure {
      id
      name(locale: $locale)
    }
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
}`) as unknown as TypedDocumentString<HospitalConfirmAppointmentMutation, HospitalConfirmAppointmentMutationVariables>;
export const HospitalDeclineAppointmentDocument = new TypedDocumentString(`
    mutation HospitalDeclineAppointment($reference: String!, $reason: String!, $locale: Locale!) {
  declineAppointment(input: {reference: $reference, reason: $reason}) {
    __typename
    ... on Appointment {
      ...HospitalAppointment
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalAppointment on Appointment {
  id
  reference
  status
  partySize
  createdAt
  declineReason
  slot {
    id
    startsAt
    endsAt
    mode
    procedure {
      id
      name(locale: $locale)
    }
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
}`) as unknown as TypedDocumentString<HospitalDeclineAppointmentMutation, HospitalDeclineAppointmentMutationVariables>;
export const HospitalCancelAppointmentDocument = new TypedDocumentString(`
    mutation HospitalCancelAppointment($reference: String!, $locale: Locale!) {
  cancelAppointment(input: {reference: $reference}) {
    __typename
    ... on Appointment {
      ...HospitalAppointment
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalAppointment on Appointment {
  id
  reference
  status
  partySize
  createdAt
  declineReason
  slot {
    id
    startsAt
    endsAt
    mode
    procedure {
      id
      name(locale: $locale)
    }
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
}`) as unknown as TypedDocumentString<HospitalCancelAppointmentMutation, HospitalCancelAppointmentMutationVariables>;
export const HospitalRescheduleAppointmentDocument = new TypedDocumentString(`
    mutation HospitalRescheduleAppointment($reference: String!, $slotId: ID!, $idempotencyKey: String!, $locale: Locale!) {
  rescheduleAppointment(
    input: {reference: $reference, slotId: $slotId, idempotencyKey: $idempotencyKey}
  ) {
    __typename
    ... on Appointment {
      ...HospitalAppointment
    }
    ... on SlotFull {
      message
      slotId
      remaining
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalAppointment on Appointment {
  id
  reference
  status
  partySize
  createdAt
  declineReason
  slot {
    id
    startsAt
    endsAt
    mode
    procedure {
      id
      name(locale: $locale)
    }
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
}`) as unknown as TypedDocumentString<HospitalRescheduleAppointmentMutation, HospitalRescheduleAppointmentMutationVariables>;
export const HospitalSettingsDocument = new TypedDocumentString(`
    query HospitalSettings($slug: String!) {
  provider(slug: $slug) {
    ...HospitalSettings
  }
}
    fragment HospitalSettings on Provider {
  id
  settingsVersion
  autoConfirm
  cancellationWindowHours
  address
  mapUrl
  videoCallUrl
  notificationEmail
  staffLocale
  coordinators {
    language
    channels
  }
}`) as unknown as TypedDocumentString<HospitalSettingsQuery, HospitalSettingsQueryVariables>;
export const HospitalSaveSettingsDocument = new TypedDocumentString(`
    mutation HospitalSaveSettings($input: UpdateProviderSettingsInput!) {
  updateProviderSettings(input: $input) {
    __typename
    ... on Provider {
      ...HospitalSettings
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
    ... on StaleVersion {
      message
      id
      currentVersion
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalSettings on Provider {
  id
  settingsVersion
  autoConfirm
  cancellationWindowHours
  address
  mapUrl
  videoCallUrl
  notificationEmail
  staffLocale
  coordinators {
    language
    channels
  }
}`) as unknown as TypedDocumentString<HospitalSaveSettingsMutation, HospitalSaveSettingsMutationVariables>;
export const HospitalCalendarFeedsDocument = new TypedDocumentString(`
    query HospitalCalendarFeeds($slug: String!) {
  provider(slug: $slug) {
    id
    calendarFeeds {
      ...HospitalCalendarFeed
    }
  }
}
    fragment HospitalCalendarFeed on CalendarFeed {
  id
  label
  createdAt
  createdBy
  revokedAt
  lastFetchedAt
}`) as unknown as TypedDocumentString<HospitalCalendarFeedsQuery, HospitalCalendarFeedsQueryVariables>;
export const HospitalCreateCalendarFeedDocument = new TypedDocumentString(`
    mutation HospitalCreateCalendarFeed($providerId: ID!, $label: String!) {
  createCalendarFeed(providerId: $providerId, label: $label) {
    __typename
    ... on CalendarFeedIssued {
      url
      feed {
        ...HospitalCalendarFeed
      }
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalCalendarFeed on CalendarFeed {
  id
  label
  createdAt
  createdBy
  revokedAt
  lastFetchedAt
}`) as unknown as TypedDocumentString<HospitalCreateCalendarFeedMutation, HospitalCreateCalendarFeedMutationVariables>;
export const HospitalRevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation HospitalRevokeCalendarFeed($id: ID!) {
  revokeCalendarFeed(id: $id) {
    __typename
    ... on CalendarFeed {
      ...HospitalCalendarFeed
    }
    ... on NotFound {
      message
      id
    }
  }
}
    fragment HospitalCalendarFeed on CalendarFeed {
  id
  label
  createdAt
  createdBy
  revokedAt
  lastFetchedAt
}`) as unknown as TypedDocumentString<HospitalRevokeCalendarFeedMutation, HospitalRevokeCalendarFeedMutationVariables>;
export const HospitalAuditTrailDocument = new TypedDocumentString(`
    query HospitalAuditTrail($providerId: ID!, $first: Int!, $after: String) {
  providerAuditTrail(providerId: $providerId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ConsoleAuditEntry
      }
    }
  }
}
    fragment ConsoleAuditEntry on AuditEntry {
  id
  at
  actor
  actorRole
  action
  entityType
  entityId
  changeCount
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<HospitalAuditTrailQuery, HospitalAuditTrailQueryVariables>;
export const MarketingCampaignsDocument = new TypedDocumentString(`
    query MarketingCampaigns($locale: Locale!, $after: String) {
  myCampaigns(first: 50, after: $after) {
    totalCount
    edges {
      node {
        ...MarketingCampaignSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MarketingCampaignSummary on Campaign {
  id
  slug
  name(locale: $locale)
  status
  startsAt
  endsAt
  creativeLocales
  organisation
  version
}`) as unknown as TypedDocumentString<MarketingCampaignsQuery, MarketingCampaignsQueryVariables>;
export const MarketingCampaignDocument = new TypedDocumentString(`
    query MarketingCampaign($id: ID!, $locale: Locale!) {
  campaign(id: $id) {
    ...MarketingCampaignDetail
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}`) as unknown as TypedDocumentString<MarketingCampaignQuery, MarketingCampaignQueryVariables>;
export const MarketingCreativeDocument = new TypedDocumentString(`
    query MarketingCreative($id: ID!, $creativeLocale: Locale!) {
  campaign(id: $id) {
    id
    creative(locale: $creativeLocale) {
      ...MarketingCreative
    }
  }
}
    fragment MarketingCreative on Creative {
  locale
  headline
  body
  imageUrl
  ctaLabel
  ctaUrl
}`) as unknown as TypedDocumentString<MarketingCreativeQuery, MarketingCreativeQueryVariables>;
export const MarketingPublishedPackagesDocument = new TypedDocumentString(`
    query MarketingPublishedPackages($locale: Locale!, $after: String) {
  packages(first: 100, after: $after) {
    edges {
      node {
        id
        slug
        status
        title(locale: $locale)
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MarketingPublishedPackagesQuery, MarketingPublishedPackagesQueryVariables>;
export const MarketingCreateCampaignDocument = new TypedDocumentString(`
    mutation MarketingCreateCampaign($input: CampaignInput!, $locale: Locale!) {
  createCampaign(input: $input) {
    ...MarketingCampaignAnswer
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}
fragment MarketingCampaignAnswer on CampaignResult {
  __typename
  ... on Campaign {
    ...MarketingCampaignDetail
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on InvalidTransition {
    message
    status
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingCreateCampaignMutation, MarketingCreateCampaignMutationVariables>;
export const MarketingUpdateCampaignDocument = new TypedDocumentString(`
    mutation MarketingUpdateCampaign($id: ID!, $input: CampaignInput!, $expectedVersion: Int, $locale: Locale!) {
  updateCampaign(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...MarketingCampaignAnswer
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}
fragment MarketingCampaignAnswer on CampaignResult {
  __typename
  ... on Campaign {
    ...MarketingCampaignDetail
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on InvalidTransition {
    message
    status
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingUpdateCampaignMutation, MarketingUpdateCampaignMutationVariables>;
export const MarketingSetCreativeDocument = new TypedDocumentString(`
    mutation MarketingSetCreative($id: ID!, $input: CreativeInput!, $expectedVersion: Int, $locale: Locale!) {
  setCampaignCreative(
    campaignId: $id
    input: $input
    expectedVersion: $expectedVersion
  ) {
    ...MarketingCampaignAnswer
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}
fragment MarketingCampaignAnswer on CampaignResult {
  __typename
  ... on Campaign {
    ...MarketingCampaignDetail
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on InvalidTransition {
    message
    status
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingSetCreativeMutation, MarketingSetCreativeMutationVariables>;
export const MarketingRemoveCreativeDocument = new TypedDocumentString(`
    mutation MarketingRemoveCreative($id: ID!, $creativeLocale: Locale!, $expectedVersion: Int, $locale: Locale!) {
  removeCampaignCreative(
    campaignId: $id
    locale: $creativeLocale
    expectedVersion: $expectedVersion
  ) {
    ...MarketingCampaignAnswer
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}
fragment MarketingCampaignAnswer on CampaignResult {
  __typename
  ... on Campaign {
    ...MarketingCampaignDetail
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on InvalidTransition {
    message
    status
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingRemoveCreativeMutation, MarketingRemoveCreativeMutationVariables>;
export const MarketingScheduleCampaignDocument = new TypedDocumentString(`
    mutation MarketingScheduleCampaign($id: ID!, $expectedVersion: Int, $locale: Locale!) {
  scheduleCampaign(id: $id, expectedVersion: $expectedVersion) {
    ...MarketingCampaignAnswer
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}
fragment MarketingCampaignAnswer on CampaignResult {
  __typename
  ... on Campaign {
    ...MarketingCampaignDetail
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on InvalidTransition {
    message
    status
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingScheduleCampaignMutation, MarketingScheduleCampaignMutationVariables>;
export const MarketingPauseCampaignDocument = new TypedDocumentString(`
    mutation MarketingPauseCampaign($id: ID!, $expectedVersion: Int, $locale: Locale!) {
  pauseCampaign(id: $id, expectedVersion: $expectedVersion) {
    ...MarketingCampaignAnswer
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}
fragment MarketingCampaignAnswer on CampaignResult {
  __typename
  ... on Campaign {
    ...MarketingCampaignDetail
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on InvalidTransition {
    message
    status
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingPauseCampaignMutation, MarketingPauseCampaignMutationVariables>;
export const MarketingResumeCampaignDocument = new TypedDocumentString(`
    mutation MarketingResumeCampaign($id: ID!, $expectedVersion: Int, $locale: Locale!) {
  resumeCampaign(id: $id, expectedVersion: $expectedVersion) {
    ...MarketingCampaignAnswer
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}
fragment MarketingCampaignAnswer on CampaignResult {
  __typename
  ... on Campaign {
    ...MarketingCampaignDetail
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on InvalidTransition {
    message
    status
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingResumeCampaignMutation, MarketingResumeCampaignMutationVariables>;
export const MarketingEndCampaignDocument = new TypedDocumentString(`
    mutation MarketingEndCampaign($id: ID!, $expectedVersion: Int, $locale: Locale!) {
  endCampaign(id: $id, expectedVersion: $expectedVersion) {
    ...MarketingCampaignAnswer
  }
}
    fragment MarketingCampaignDetail on Campaign {
  id
  slug
  version
  status
  names {
    locale
    text
  }
  name(locale: $locale)
  theme
  startsAt
  endsAt
  endedAt
  targetCountries
  channels
  placements
  siteKeys
  trackingCode
  creativeLocales
  packages {
    id
    slug
    title(locale: $locale)
  }
  providers {
    id
  }
  organisation
}
fragment MarketingCampaignAnswer on CampaignResult {
  __typename
  ... on Campaign {
    ...MarketingCampaignDetail
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on InvalidTransition {
    message
    status
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingEndCampaignMutation, MarketingEndCampaignMutationVariables>;
export const MarketingPromotionEventsDocument = new TypedDocumentString(`
    query MarketingPromotionEvents($from: DateTime!, $to: DateTime!, $locale: Locale!) {
  myPromotionEvents(from: $from, to: $to) {
    ...MarketingPromotionEvent
  }
}
    fragment MarketingPromotionEvent on PromotionEvent {
  id
  slug
  version
  kind
  title(locale: $locale)
  titles {
    locale
    text
  }
  descriptions {
    locale
    text
  }
  startsAt
  endsAt
  city
  country
  targetCountries
  partners
  leads
  organisation
  campaign {
    id
  }
  packages {
    id
  }
  providers {
    id
  }
  itinerary {
    id
  }
}`) as unknown as TypedDocumentString<MarketingPromotionEventsQuery, MarketingPromotionEventsQueryVariables>;
export const MarketingCreatePromotionEventDocument = new TypedDocumentString(`
    mutation MarketingCreatePromotionEvent($input: PromotionEventInput!, $locale: Locale!) {
  createPromotionEvent(input: $input) {
    ...MarketingPromotionEventAnswer
  }
}
    fragment MarketingPromotionEvent on PromotionEvent {
  id
  slug
  version
  kind
  title(locale: $locale)
  titles {
    locale
    text
  }
  descriptions {
    locale
    text
  }
  startsAt
  endsAt
  city
  country
  targetCountries
  partners
  leads
  organisation
  campaign {
    id
  }
  packages {
    id
  }
  providers {
    id
  }
  itinerary {
    id
  }
}
fragment MarketingPromotionEventAnswer on PromotionEventResult {
  __typename
  ... on PromotionEvent {
    ...MarketingPromotionEvent
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingCreatePromotionEventMutation, MarketingCreatePromotionEventMutationVariables>;
export const MarketingUpdatePromotionEventDocument = new TypedDocumentString(`
    mutation MarketingUpdatePromotionEvent($id: ID!, $input: PromotionEventInput!, $expectedVersion: Int, $locale: Locale!) {
  updatePromotionEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...MarketingPromotionEventAnswer
  }
}
    fragment MarketingPromotionEvent on PromotionEvent {
  id
  slug
  version
  kind
  title(locale: $locale)
  titles {
    locale
    text
  }
  descriptions {
    locale
    text
  }
  startsAt
  endsAt
  city
  country
  targetCountries
  partners
  leads
  organisation
  campaign {
    id
  }
  packages {
    id
  }
  providers {
    id
  }
  itinerary {
    id
  }
}
fragment MarketingPromotionEventAnswer on PromotionEventResult {
  __typename
  ... on PromotionEvent {
    ...MarketingPromotionEvent
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingUpdatePromotionEventMutation, MarketingUpdatePromotionEventMutationVariables>;
export const MarketingRecordLeadsDocument = new TypedDocumentString(`
    mutation MarketingRecordLeads($id: ID!, $leads: Int!, $expectedVersion: Int, $locale: Locale!) {
  recordPromotionLeads(id: $id, leads: $leads, expectedVersion: $expectedVersion) {
    ...MarketingPromotionEventAnswer
  }
}
    fragment MarketingPromotionEvent on PromotionEvent {
  id
  slug
  version
  kind
  title(locale: $locale)
  titles {
    locale
    text
  }
  descriptions {
    locale
    text
  }
  startsAt
  endsAt
  city
  country
  targetCountries
  partners
  leads
  organisation
  campaign {
    id
  }
  packages {
    id
  }
  providers {
    id
  }
  itinerary {
    id
  }
}
fragment MarketingPromotionEventAnswer on PromotionEventResult {
  __typename
  ... on PromotionEvent {
    ...MarketingPromotionEvent
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on NotFound {
    message
  }
  ... on StaleVersion {
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<MarketingRecordLeadsMutation, MarketingRecordLeadsMutationVariables>;
export const MarketingAuditTrailDocument = new TypedDocumentString(`
    query MarketingAuditTrail($organisation: String!, $after: String) {
  organisationAuditTrail(organisation: $organisation, first: 20, after: $after) {
    totalCount
    edges {
      node {
        ...ConsoleAuditEntry
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ConsoleAuditEntry on AuditEntry {
  id
  at
  actor
  actorRole
  action
  entityType
  entityId
  changeCount
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<MarketingAuditTrailQuery, MarketingAuditTrailQueryVariables>;
export const ConsoleOwnersDocument = new TypedDocumentString(`
    query ConsoleOwners {
  providers(first: 100) {
    edges {
      node {
        slug
        nameKo: name(locale: KO)
        nameEn: name(locale: EN)
      }
    }
  }
  myCampaigns(first: 100) {
    edges {
      node {
        organisation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOwnersQuery, ConsoleOwnersQueryVariables>;
export const TourismPackagesDocument = new TypedDocumentString(`
    query TourismPackages($region: Region!, $locale: Locale!, $after: String) {
  packages(filter: {region: $region}, first: 50, after: $after) {
    totalCount
    edges {
      node {
        id
        slug
        status
        durationDays
        title(locale: $locale)
        translations {
          locale
          complete
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TourismPackagesQuery, TourismPackagesQueryVariables>;
export const TourismPackageDocument = new TypedDocumentString(`
    query TourismPackage($id: ID!) {
  package(id: $id) {
    id
    version
    slug
    status
    theme
    segment
    region
    wellnessCluster
    durationDays
    maxGuardians
    translations {
      locale
      complete
      missing
    }
    texts {
      path
      locale
      text
    }
    visa {
      recommended
      transferVisaFree
    }
    priceBreakdown {
      lines {
        kind
        amount {
          amount
        }
      }
    }
    days {
      steps {
        __typename
        ...TourismStep
      }
    }
  }
}
    fragment TourismStep on ItineraryStep {
  ... on MedicalStep {
    provider {
      id
    }
    procedure {
      id
    }
  }
  ... on WellnessStep {
    activity
  }
  ... on TourStep {
    category
  }
  ... on TransferStep {
    from
    to
    transport
    durationMinutes
  }
  ... on StayStep {
    nights
    lodging
  }
}`) as unknown as TypedDocumentString<TourismPackageQuery, TourismPackageQueryVariables>;
export const TourismProvidersDocument = new TypedDocumentString(`
    query TourismProviders($region: Region!, $locale: Locale!) {
  providers(filter: {region: $region}, first: 100) {
    edges {
      node {
        id
        name(locale: $locale)
        procedures {
          id
          name(locale: $locale)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TourismProvidersQuery, TourismProvidersQueryVariables>;
export const TourismCreatePackageDocument = new TypedDocumentString(`
    mutation TourismCreatePackage($input: PackageInput!) {
  createPackage(input: $input) {
    ...TourismSaveAnswer
  }
}
    fragment TourismSaveAnswer on PackageResult {
  __typename
  ... on Package {
    id
    version
    status
    translations {
      locale
      complete
      missing
    }
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on StaleVersion {
    message
    currentVersion
  }
  ... on NotFound {
    message
  }
}`) as unknown as TypedDocumentString<TourismCreatePackageMutation, TourismCreatePackageMutationVariables>;
export const TourismUpdatePackageDocument = new TypedDocumentString(`
    mutation TourismUpdatePackage($id: ID!, $input: PackageInput!, $expectedVersion: Int) {
  updatePackage(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...TourismSaveAnswer
  }
}
    fragment TourismSaveAnswer on PackageResult {
  __typename
  ... on Package {
    id
    version
    status
    translations {
      locale
      complete
      missing
    }
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on StaleVersion {
    message
    currentVersion
  }
  ... on NotFound {
    message
  }
}`) as unknown as TypedDocumentString<TourismUpdatePackageMutation, TourismUpdatePackageMutationVariables>;
export const TourismSetPackageStatusDocument = new TypedDocumentString(`
    mutation TourismSetPackageStatus($id: ID!, $status: PackageStatus!, $expectedVersion: Int) {
  setPackageStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {
    ...TourismSaveAnswer
  }
}
    fragment TourismSaveAnswer on PackageResult {
  __typename
  ... on Package {
    id
    version
    status
    translations {
      locale
      complete
      missing
    }
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on StaleVersion {
    message
    currentVersion
  }
  ... on NotFound {
    message
  }
}`) as unknown as TypedDocumentString<TourismSetPackageStatusMutation, TourismSetPackageStatusMutationVariables>;
export const TourismInquiriesDocument = new TypedDocumentString(`
    query TourismInquiries($region: Region!, $status: InquiryStatus, $after: String, $locale: Locale!) {
  regionInquiries(
    region: $region
    filter: {status: $status}
    first: 20
    after: $after
  ) {
    totalCount
    edges {
      node {
        ...TourismInquiry
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TourismInquiry on Inquiry {
  id
  reference
  status
  version
  createdAt
  partySize
  preferredStart
  patientMessage: message
  locale
  package {
    id
    title(locale: $locale)
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
  history {
    id
    at
    by
    kind
    text
    status
    delivery
  }
}`) as unknown as TypedDocumentString<TourismInquiriesQuery, TourismInquiriesQueryVariables>;
export const TourismSetInquiryStatusDocument = new TypedDocumentString(`
    mutation TourismSetInquiryStatus($id: ID!, $status: InquiryStatus!, $reason: String, $expectedVersion: Int, $locale: Locale!) {
  setInquiryStatus(
    id: $id
    status: $status
    reason: $reason
    expectedVersion: $expectedVersion
  ) {
    ...TourismInquiryAnswer
  }
}
    fragment TourismInquiry on Inquiry {
  id
  reference
  status
  version
  createdAt
  partySize
  preferredStart
  patientMessage: message
  locale
  package {
    id
    title(locale: $locale)
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
  history {
    id
    at
    by
    kind
    text
    status
    delivery
  }
}
fragment TourismInquiryAnswer on InquiryUpdateResult {
  __typename
  ... on Inquiry {
    ...TourismInquiry
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on StaleVersion {
    message
    currentVersion
  }
  ... on NotFound {
    message
  }
}`) as unknown as TypedDocumentString<TourismSetInquiryStatusMutation, TourismSetInquiryStatusMutationVariables>;
export const TourismAddInquiryNoteDocument = new TypedDocumentString(`
    mutation TourismAddInquiryNote($id: ID!, $text: String!, $locale: Locale!) {
  addInquiryNote(id: $id, text: $text) {
    ...TourismInquiryAnswer
  }
}
    fragment TourismInquiry on Inquiry {
  id
  reference
  status
  version
  createdAt
  partySize
  preferredStart
  patientMessage: message
  locale
  package {
    id
    title(locale: $locale)
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
  history {
    id
    at
    by
    kind
    text
    status
    delivery
  }
}
fragment TourismInquiryAnswer on InquiryUpdateResult {
  __typename
  ... on Inquiry {
    ...TourismInquiry
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on StaleVersion {
    message
    currentVersion
  }
  ... on NotFound {
    message
  }
}`) as unknown as TypedDocumentString<TourismAddInquiryNoteMutation, TourismAddInquiryNoteMutationVariables>;
export const TourismReplyToInquiryDocument = new TypedDocumentString(`
    mutation TourismReplyToInquiry($id: ID!, $text: String!, $locale: Locale!) {
  replyToInquiry(id: $id, text: $text) {
    ...TourismInquiryAnswer
  }
}
    fragment TourismInquiry on Inquiry {
  id
  reference
  status
  version
  createdAt
  partySize
  preferredStart
  patientMessage: message
  locale
  package {
    id
    title(locale: $locale)
  }
  contact {
    name
    email
    phone
    nationality
    locale
  }
  history {
    id
    at
    by
    kind
    text
    status
    delivery
  }
}
fragment TourismInquiryAnswer on InquiryUpdateResult {
  __typename
  ... on Inquiry {
    ...TourismInquiry
  }
  ... on InvalidInput {
    message
    fields {
      field
      message
    }
  }
  ... on StaleVersion {
    message
    currentVersion
  }
  ... on NotFound {
    message
  }
}`) as unknown as TypedDocumentString<TourismReplyToInquiryMutation, TourismReplyToInquiryMutationVariables>;
export const TourismAuditTrailDocument = new TypedDocumentString(`
    query TourismAuditTrail($region: Region!, $entityId: ID, $after: String) {
  regionAuditTrail(region: $region, entityId: $entityId, first: 20, after: $after) {
    edges {
      node {
        ...ConsoleAuditEntry
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ConsoleAuditEntry on AuditEntry {
  id
  at
  actor
  actorRole
  action
  entityType
  entityId
  changeCount
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<TourismAuditTrailQuery, TourismAuditTrailQueryVariables>;
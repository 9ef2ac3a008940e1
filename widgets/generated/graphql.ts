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

export type CampaignEventKind =
  | 'CLICK'
  | 'IMPRESSION';

export type CampaignStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'ENDED'
  | 'PAUSED'
  /** Approved, starts later. */
  | 'SCHEDULED';

export type CancelAppointmentInput = {
  /** The booking reference, e.g. MT-7K3Q9P. */
  reference: string;
  /** The cancelSecret holdSlot returned. Staff of the provider cancel without it. */
  secret?: string | null | undefined;
};

export type ConsultationMode =
  | 'IN_PERSON'
  /** Remote counselling before the trip or follow-up after it. */
  | 'REMOTE';

export type ContactInput = {
  email: string;
  locale: Locale;
  name: string;
  /** ISO 3166-1 alpha-2 country code, e.g. JP. */
  nationality: string;
  phone?: string | null | undefined;
  /** The patient's IANA time zone, e.g. America/Los_Angeles: messages give the time in it beside Korea time. */
  timeZone?: string | null | undefined;
};

export type HoldSlotInput = {
  /** Attribution: the campaign tracking code the visitor came with. */
  campaignCode?: string | null | undefined;
  /** Explicit consent to process the contact and health data for this booking; must be true. */
  consent: boolean;
  contact: ContactInput;
  /** Any unique string (8..100 chars) chosen by the client; a retry with the same key returns the first answer. */
  idempotencyKey: string;
  /** Patient plus guardians, 1..10. */
  partySize: number;
  /** Attribution: the embed site the booking was made on. */
  siteKey?: string | null | undefined;
  slotId: string | number;
};

export type InquiryContactInput = {
  email: string;
  locale: Locale;
  name: string;
  /** ISO 3166-1 alpha-2 country code, e.g. JP. */
  nationality: string;
  phone?: string | null | undefined;
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

export type PackageFilter = {
  /** Only packages whose title is translated into this locale. */
  locale?: Locale | null | undefined;
  /** Upper bound on the total price, in KRW. */
  maxPrice?: number | null | undefined;
  region?: Region | null | undefined;
  segment?: PackageSegment | null | undefined;
  theme?: PackageTheme | null | undefined;
};

export type PackageSegment =
  | 'GROUP'
  | 'LONG_STAY'
  | 'STANDARD'
  | 'VIP';

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

export type RescheduleAppointmentInput = {
  /** Any unique string (8..100 chars) chosen by the client; a retry with the same key returns the first answer. */
  idempotencyKey: string;
  reference: string;
  /** The cancelSecret holdSlot returned. Staff of the provider reschedule without it. */
  secret?: string | null | undefined;
  /** Another open, future slot of the same provider. */
  slotId: string | number;
};

export type SubmitInquiryInput = {
  /** Attribution: the campaign tracking code the visitor came with. */
  campaignCode?: string | null | undefined;
  /** Must be true: explicit consent to process the contact details for this inquiry. */
  consent: boolean;
  contact: InquiryContactInput;
  /** Any unique string (8..100 chars); a retry with the same key returns the first answer. */
  idempotencyKey: string;
  locale: Locale;
  message?: string | null | undefined;
  packageId: string | number;
  /** Patient plus guardians; at most 1 + the package's maxGuardians. */
  partySize: number;
  preferredStart?: string | null | undefined;
  siteKey?: string | null | undefined;
};

/**
 * A banner event. It counts only from a page the gateway verified for the site key (its Origin), for a running campaign
 * aimed at that site, placement and country, once per kind and page view, and a click only after that view's
 * impression; otherwise it is recorded under a TrackingRejectionReason and the answer is false.
 */
export type TrackCampaignEventInput = {
  campaignId: string | number;
  /** ISO 3166-1 alpha-2 of the visitor, when known: one of the campaign's target countries; none is recorded as unknown. */
  country?: string | null | undefined;
  kind: CampaignEventKind;
  /** One of the campaign's placements; none is recorded as unknown. */
  placement?: string | null | undefined;
  /** Must be the site key the page was verified for. */
  siteKey: string;
  /** A random UUID the banner makes for each page view and sends with its impression and its click (no cookie, nothing about the visitor). */
  viewId?: string | number | null | undefined;
};

export type ProviderAvailabilityQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
  locale: Locale;
  from: string;
  to: string;
  procedureId?: string | number | null | undefined;
  mode?: ConsultationMode | null | undefined;
}>;


export type ProviderAvailabilityQuery = { provider: { id: string, name: string, procedures: Array<{ id: string, name: string }>, availability: Array<{ id: string, startsAt: string, endsAt: string, mode: ConsultationMode, remaining: number, capacity: number, interpreterLanguage: Locale | null, procedure: { id: string, name: string } | null }> } | null };

export type HoldSlotMutationVariables = Exact<{
  input: HoldSlotInput;
}>;


export type HoldSlotMutation = { holdSlot:
    | { __typename: 'Appointment', id: string, reference: string, cancelSecret: string | null, partySize: number, slot: { id: string, startsAt: string, remaining: number } }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'SlotFull', message: string, slotId: string, remaining: number }
    | { __typename: 'Throttled', message: string, retryAfterSeconds: number }
   };

export type ManagedAppointmentFragment = { id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, confirmedAt: string | null, declinedAt: string | null, cancelledAt: string | null, rescheduledAt: string | null, declineReason: string | null, changeableUntil: string, videoCallUrl: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, interpreterLanguage: Locale | null, procedure: { id: string, name: string } | null, provider: { id: string, name: string, address: string | null, mapUrl: string | null } } };

export type ManagedBookingQueryVariables = Exact<{
  reference: string;
  secret: string;
  locale: Locale;
}>;


export type ManagedBookingQuery = { appointment: { id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, confirmedAt: string | null, declinedAt: string | null, cancelledAt: string | null, rescheduledAt: string | null, declineReason: string | null, changeableUntil: string, videoCallUrl: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, interpreterLanguage: Locale | null, procedure: { id: string, name: string } | null, provider: { id: string, name: string, address: string | null, mapUrl: string | null } } } | null };

export type BookingCalendarQueryVariables = Exact<{
  reference: string;
  secret: string;
}>;


export type BookingCalendarQuery = { appointment: { id: string, calendar: string } | null };

export type CancelBookingMutationVariables = Exact<{
  input: CancelAppointmentInput;
  locale: Locale;
}>;


export type CancelBookingMutation = { cancelAppointment:
    | { __typename: 'Appointment', id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, confirmedAt: string | null, declinedAt: string | null, cancelledAt: string | null, rescheduledAt: string | null, declineReason: string | null, changeableUntil: string, videoCallUrl: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, interpreterLanguage: Locale | null, procedure: { id: string, name: string } | null, provider: { id: string, name: string, address: string | null, mapUrl: string | null } } }
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'NotFound', message: string }
   };

export type RescheduleBookingMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
  locale: Locale;
}>;


export type RescheduleBookingMutation = { rescheduleAppointment:
    | { __typename: 'Appointment', id: string, reference: string, status: AppointmentStatus, partySize: number, createdAt: string, confirmedAt: string | null, declinedAt: string | null, cancelledAt: string | null, rescheduledAt: string | null, declineReason: string | null, changeableUntil: string, videoCallUrl: string | null, slot: { id: string, startsAt: string, endsAt: string, mode: ConsultationMode, interpreterLanguage: Locale | null, procedure: { id: string, name: string } | null, provider: { id: string, name: string, address: string | null, mapUrl: string | null } } }
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'SlotFull', message: string, slotId: string, remaining: number }
   };

export type ActiveCampaignQueryVariables = Exact<{
  country?: string | null | undefined;
  locale: Locale;
  placement?: string | null | undefined;
  siteKey?: string | null | undefined;
}>;


export type ActiveCampaignQuery = { activeCampaigns: Array<{ id: string, trackingCode: string, name: string, creative: { locale: Locale, headline: string, body: string, imageUrl: string, ctaLabel: string, ctaUrl: string } | null, packages: Array<{ id: string, slug: string, title: string }> | null }> };

export type TrackCampaignEventMutationVariables = Exact<{
  input: TrackCampaignEventInput;
}>;


export type TrackCampaignEventMutation = { trackCampaignEvent: boolean };

export type MyCampaignsQueryVariables = Exact<{
  locale: Locale;
}>;


export type MyCampaignsQuery = { myCampaigns: { edges: Array<{ node: { id: string, slug: string, name: string, status: CampaignStatus, startsAt: string, endsAt: string, trackingCode: string } }> } };

export type CampaignResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignResultsQuery = { campaign: { id: string, stats: { impressions: number, clicks: number, clickThroughRate: number, inquiries: number | null, appointments: number | null, conversionRate: number | null, traffic: Array<{ day: string, country: string | null, siteKey: string, impressions: number, clicks: number }> } | null, inquiryStats: { breakdown: Array<{ day: string, country: string, siteKey: string | null, count: number }> } | null, appointmentStats: { breakdown: Array<{ day: string, country: string, siteKey: string | null, count: number }> } | null } | null };

export type InquiryPackageQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type InquiryPackageQuery = { package: { id: string, title: string, maxGuardians: number } | null };

export type SubmitInquiryMutationVariables = Exact<{
  input: SubmitInquiryInput;
}>;


export type SubmitInquiryMutation = { submitInquiry:
    | { __typename: 'Inquiry', id: string, reference: string }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'Throttled', message: string, retryAfterSeconds: number }
   };

export type PackageListQueryVariables = Exact<{
  filter?: PackageFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  locale: Locale;
  currency: string;
}>;


export type PackageListQuery = { packages: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, summary: string, durationDays: number, maxGuardians: number, theme: PackageTheme, segment: PackageSegment, region: Region, price: { amount: number, currency: string }, providers: Array<{ id: string, name: string, languages: Array<Locale>, eVisaDesignated: boolean }> | null, visa: { eVisaEligible: boolean }, campaigns: Array<{ id: string, name: string, trackingCode: string }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, exchangeRates: Array<{ currency: string, krwPerUnit: number }> };

export type PackageDetailQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
  currency: string;
}>;


export type PackageDetailQuery = { package: { id: string, days: Array<{ day: number, title: string, steps: Array<
        | { __typename: 'MedicalStep', title: string, provider: { name: string } | null, procedure: { name: string } | null }
        | { __typename: 'StayStep', title: string, nights: number }
        | { __typename: 'TourStep', title: string }
        | { __typename: 'TransferStep', title: string, from: string, to: string }
        | { __typename: 'WellnessStep', title: string }
      > }>, visa: { notes: string | null }, priceBreakdown: { medical: { amount: number, currency: string }, nonMedical: { amount: number, currency: string }, total: { amount: number, currency: string } } } | null };

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
export const ManagedAppointmentFragmentDoc = new TypedDocumentString(`
    fragment ManagedAppointment on Appointment {
  id
  reference
  status
  partySize
  createdAt
  confirmedAt
  declinedAt
  cancelledAt
  rescheduledAt
  declineReason
  changeableUntil
  videoCallUrl
  slot {
    id
    startsAt
    endsAt
    mode
    interpreterLanguage
    procedure {
      id
      name(locale: $locale)
    }
    provider {
      id
      name(locale: $locale)
      address
      mapUrl
    }
  }
}
    `, {"fragmentName":"ManagedAppointment"}) as unknown as TypedDocumentString<ManagedAppointmentFragment, unknown>;
export const ProviderAvailabilityDocument = {"__meta__":{"hash":"sha256:5b41ad48dee60f328b75c7d3a213afc5fdef858be5f60c37bb2372e8ac805e80"}} as unknown as TypedDocumentString<ProviderAvailabilityQuery, ProviderAvailabilityQueryVariables>;
export const HoldSlotDocument = {"__meta__":{"hash":"sha256:5b147acc3eaf14eaac4920dc5be5014d7e921a5e1af0ad16efb3f8a6a65e7dcb"}} as unknown as TypedDocumentString<HoldSlotMutation, HoldSlotMutationVariables>;
export const ManagedBookingDocument = {"__meta__":{"hash":"sha256:f768d86662904ef8e4f581c06a269a8666f552dd041236e13a744dd58acaef1f"}} as unknown as TypedDocumentString<ManagedBookingQuery, ManagedBookingQueryVariables>;
export const BookingCalendarDocument = {"__meta__":{"hash":"sha256:8cc13a76b8f0a2e47a6adec64a9a06d0df65848e0864556fe3461b2a052e946e"}} as unknown as TypedDocumentString<BookingCalendarQuery, BookingCalendarQueryVariables>;
export const CancelBookingDocument = {"__meta__":{"hash":"sha256:95127edebf555cfa5b018ef354d3474ee45595438bf24126d40fe109cf358de1"}} as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const RescheduleBookingDocument = {"__meta__":{"hash":"sha256:2e76c13ea2a1feb2a58936b4b408f2f168045e26c4d62557c03ab3997992fa82"}} as unknown as TypedDocumentString<RescheduleBookingMutation, RescheduleBookingMutationVariables>;
export const ActiveCampaignDocument = {"__meta__":{"hash":"sha256:ce87cc5ac78bb7e0e3a6bcd085975bfa350d74f343f4b97fa2320d13e9eb7bb8"}} as unknown as TypedDocumentString<ActiveCampaignQuery, ActiveCampaignQueryVariables>;
export const TrackCampaignEventDocument = {"__meta__":{"hash":"sha256:db36c16017cd4b766910a2cca819ec5d88b75b761d35db291b8fdd58c4fca44e"}} as unknown as TypedDocumentString<TrackCampaignEventMutation, TrackCampaignEventMutationVariables>;
export const MyCampaignsDocument = {"__meta__":{"hash":"sha256:25bf43bc96dedb89b345c3fca838336f14f24026aeeb0b3d88bc4a0feda6ca62"}} as unknown as TypedDocumentString<MyCampaignsQuery, MyCampaignsQueryVariables>;
export const CampaignResultsDocument = {"__meta__":{"hash":"sha256:aa75f0952ea72905f223017d86c8bc5d19459ef67bd32dfffbd97d23ed79b734"}} as unknown as TypedDocumentString<CampaignResultsQuery, CampaignResultsQueryVariables>;
export const InquiryPackageDocument = {"__meta__":{"hash":"sha256:dd800d58c976f83480f2c88bfa09dea99e8aba42401a49701e61dadf84572b77"}} as unknown as TypedDocumentString<InquiryPackageQuery, InquiryPackageQueryVariables>;
export const SubmitInquiryDocument = {"__meta__":{"hash":"sha256:975a3113f17830328eca407cf38b5df70f20162109d664d85dd7a011726c500a"}} as unknown as TypedDocumentString<SubmitInquiryMutation, SubmitInquiryMutationVariables>;
export const PackageListDocument = {"__meta__":{"hash":"sha256:855faf49eaa61fdc0bbf5ff0fd0e15e7f251bdc457fc5ff86dcb5bed38efdcae"}} as unknown as TypedDocumentString<PackageListQuery, PackageListQueryVariables>;
export const PackageDetailDocument = {"__meta__":{"hash":"sha256:437e6aca5cd211e9147afb33ace75097007b76cb2dc66714a12f29df0773a4c8"}} as unknown as TypedDocumentString<PackageDetailQuery, PackageDetailQueryVariables>;
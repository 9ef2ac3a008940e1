/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CampaignEventKind =
  | 'CLICK'
  | 'IMPRESSION';

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

export type TrackCampaignEventInput = {
  campaignId: string | number;
  /** ISO 3166-1 alpha-2 of the visitor, when known. */
  country?: string | null | undefined;
  kind: CampaignEventKind;
  placement?: string | null | undefined;
  siteKey: string;
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
    | { __typename: 'Appointment', id: string, reference: string, partySize: number, slot: { id: string, startsAt: string, remaining: number } }
    | { __typename: 'InvalidInput', message: string, fields: Array<{ field: string, message: string }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'SlotFull', message: string, slotId: string, remaining: number }
   };

export type ActiveCampaignQueryVariables = Exact<{
  country?: string | null | undefined;
  locale: Locale;
  placement?: string | null | undefined;
}>;


export type ActiveCampaignQuery = { activeCampaigns: Array<{ id: string, trackingCode: string, name: string, creative: { locale: Locale, headline: string, body: string, imageUrl: string, ctaLabel: string, ctaUrl: string } | null, packages: Array<{ id: string, slug: string, title: string }> | null }> };

export type TrackCampaignEventMutationVariables = Exact<{
  input: TrackCampaignEventInput;
}>;


export type TrackCampaignEventMutation = { trackCampaignEvent: boolean };

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

export const ProviderAvailabilityDocument = new TypedDocumentString(`
    query ProviderAvailability($id: ID, $slug: String, $locale: Locale!, $from: DateTime!, $to: DateTime!, $procedureId: ID, $mode: ConsultationMode) {
  provider(id: $id, slug: $slug) {
    id
    name(locale: $locale)
    procedures {
      id
      name(locale: $locale)
    }
    availability(from: $from, to: $to, procedureId: $procedureId, mode: $mode) {
      id
      startsAt
      endsAt
      mode
      remaining
      capacity
      interpreterLanguage
      procedure {
        id
        name(locale: $locale)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderAvailabilityQuery, ProviderAvailabilityQueryVariables>;
export const HoldSlotDocument = new TypedDocumentString(`
    mutation HoldSlot($input: HoldSlotInput!) {
  holdSlot(input: $input) {
    __typename
    ... on Appointment {
      id
      reference
      partySize
      slot {
        id
        startsAt
        remaining
      }
    }
    ... on SlotFull {
      message
      slotId
      remaining
    }
    ... on NotFound {
      message
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HoldSlotMutation, HoldSlotMutationVariables>;
export const ActiveCampaignDocument = new TypedDocumentString(`
    query ActiveCampaign($country: String, $locale: Locale!, $placement: String) {
  activeCampaigns(
    country: $country
    locale: $locale
    placement: $placement
    first: 1
  ) {
    id
    trackingCode
    name(locale: $locale)
    creative(locale: $locale) {
      locale
      headline
      body
      imageUrl
      ctaLabel
      ctaUrl
    }
    packages {
      id
      slug
      title(locale: $locale)
    }
  }
}
    `) as unknown as TypedDocumentString<ActiveCampaignQuery, ActiveCampaignQueryVariables>;
export const TrackCampaignEventDocument = new TypedDocumentString(`
    mutation TrackCampaignEvent($input: TrackCampaignEventInput!) {
  trackCampaignEvent(input: $input)
}
    `) as unknown as TypedDocumentString<TrackCampaignEventMutation, TrackCampaignEventMutationVariables>;
export const InquiryPackageDocument = new TypedDocumentString(`
    query InquiryPackage($id: ID!, $locale: Locale!) {
  package(id: $id) {
    id
    title(locale: $locale)
    maxGuardians
  }
}
    `) as unknown as TypedDocumentString<InquiryPackageQuery, InquiryPackageQueryVariables>;
export const SubmitInquiryDocument = new TypedDocumentString(`
    mutation SubmitInquiry($input: SubmitInquiryInput!) {
  submitInquiry(input: $input) {
    __typename
    ... on Inquiry {
      id
      reference
    }
    ... on NotFound {
      message
    }
    ... on InvalidInput {
      message
      fields {
        field
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitInquiryMutation, SubmitInquiryMutationVariables>;
export const PackageListDocument = new TypedDocumentString(`
    query PackageList($filter: PackageFilter, $first: Int!, $after: String, $locale: Locale!, $currency: String!) {
  packages(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        slug
        title(locale: $locale)
        summary(locale: $locale)
        durationDays
        maxGuardians
        theme
        segment
        region
        price(currency: $currency) {
          amount
          currency
        }
        providers {
          id
          name(locale: $locale)
          languages
          eVisaDesignated
        }
        visa {
          eVisaEligible
        }
        campaigns {
          id
          name(locale: $locale)
          trackingCode
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  exchangeRates {
    currency
    krwPerUnit
  }
}
    `) as unknown as TypedDocumentString<PackageListQuery, PackageListQueryVariables>;
export const PackageDetailDocument = new TypedDocumentString(`
    query PackageDetail($id: ID!, $locale: Locale!, $currency: String!) {
  package(id: $id) {
    id
    days {
      day
      title(locale: $locale)
      steps {
        __typename
        ... on MedicalStep {
          title(locale: $locale)
          provider {
            name(locale: $locale)
          }
          procedure {
            name(locale: $locale)
          }
        }
        ... on WellnessStep {
          title(locale: $locale)
        }
        ... on TourStep {
          title(locale: $locale)
        }
        ... on TransferStep {
          title(locale: $locale)
          from
          to
        }
        ... on StayStep {
          title(locale: $locale)
          nights
        }
      }
    }
    visa {
      notes(locale: $locale)
    }
    priceBreakdown(currency: $currency) {
      medical {
        amount
        currency
      }
      nonMedical {
        amount
        currency
      }
      total {
        amount
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PackageDetailQuery, PackageDetailQueryVariables>;
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CampaignEventKind =
  | 'CLICK'
  | 'IMPRESSION';

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

export type TrackCampaignEventInput = {
  campaignId: string | number;
  /** ISO 3166-1 alpha-2 of the visitor, when known. */
  country?: string | null | undefined;
  kind: CampaignEventKind;
  placement?: string | null | undefined;
  siteKey: string;
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
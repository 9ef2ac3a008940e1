/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ActiveCampaign($country: String, $locale: Locale!, $placement: String) {\n  activeCampaigns(\n    country: $country\n    locale: $locale\n    placement: $placement\n    first: 1\n  ) {\n    id\n    trackingCode\n    name(locale: $locale)\n    creative(locale: $locale) {\n      locale\n      headline\n      body\n      imageUrl\n      ctaLabel\n      ctaUrl\n    }\n    packages {\n      id\n      slug\n      title(locale: $locale)\n    }\n  }\n}\n\nmutation TrackCampaignEvent($input: TrackCampaignEventInput!) {\n  trackCampaignEvent(input: $input)\n}": typeof types.ActiveCampaignDocument,
};
const documents: Documents = {
    "query ActiveCampaign($country: String, $locale: Locale!, $placement: String) {\n  activeCampaigns(\n    country: $country\n    locale: $locale\n    placement: $placement\n    first: 1\n  ) {\n    id\n    trackingCode\n    name(locale: $locale)\n    creative(locale: $locale) {\n      locale\n      headline\n      body\n      imageUrl\n      ctaLabel\n      ctaUrl\n    }\n    packages {\n      id\n      slug\n      title(locale: $locale)\n    }\n  }\n}\n\nmutation TrackCampaignEvent($input: TrackCampaignEventInput!) {\n  trackCampaignEvent(input: $input)\n}": types.ActiveCampaignDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActiveCampaign($country: String, $locale: Locale!, $placement: String) {\n  activeCampaigns(\n    country: $country\n    locale: $locale\n    placement: $placement\n    first: 1\n  ) {\n    id\n    trackingCode\n    name(locale: $locale)\n    creative(locale: $locale) {\n      locale\n      headline\n      body\n      imageUrl\n      ctaLabel\n      ctaUrl\n    }\n    packages {\n      id\n      slug\n      title(locale: $locale)\n    }\n  }\n}\n\nmutation TrackCampaignEvent($input: TrackCampaignEventInput!) {\n  trackCampaignEvent(input: $input)\n}"): typeof import('./graphql').ActiveCampaignDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceModel } from '../../../core/models';
import type { CampaignModel as CampaignModelModel, CampaignStatsModel as CampaignStatsModelModel } from '../models';
import type { CreativeRow as CreativeRowModel, PromotionEventRow as PromotionEventRowModel, EmbedSiteRow as EmbedSiteRowModel } from '../schema';
import type { AuditEntryModel as AuditEntryModelModel } from '../../../core/audit';
import type { CampaignsContext } from '../context';
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

export type Campaign = {
  __typename?: 'Campaign';
  appointmentStats: Maybe<ConversionStats>;
  channels: Array<MarketingChannel>;
  /** The creative for the locale, falling back to EN then KO. */
  creative: Maybe<Creative>;
  /** Locales that have their own creative. */
  creativeLocales: Array<Locale>;
  /** Set when staff ended the campaign before its planned end. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  inquiryStats: Maybe<ConversionStats>;
  name: Scalars['String']['output'];
  /** The stored names, one per locale that has its own (no fallback), for editing. */
  names: Array<LocalizedText>;
  organisation: Scalars['String']['output'];
  /** The packages linked, in order, whatever their status: internal, the itineraries subgraph resolves Campaign.packages from them, showing each caller only the packages it may see. */
  packageIds: Array<Scalars['ID']['output']>;
  placements: Array<Scalars['String']['output']>;
  /** Promoted providers. Null when the providers service is unavailable. */
  providers: Maybe<Array<Provider>>;
  /** Embed sites the campaign may appear on; empty means every site. */
  siteKeys: Array<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  /** Marketing staff of the campaign's organisation only. */
  stats: Maybe<CampaignStats>;
  /** Derived from the schedule and the paused flag at the time of the request. */
  status: CampaignStatus;
  /** ISO 3166-1 alpha-2 codes. */
  targetCountries: Array<Scalars['String']['output']>;
  theme: CampaignTheme;
  trackingCode: Scalars['String']['output'];
  /** Bumped by every change to the plan, a creative or the lifecycle; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};


export type CampaignCreativeArgs = {
  locale?: InputMaybe<Locale>;
};


export type CampaignNameArgs = {
  locale?: InputMaybe<Locale>;
};

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  edges: Array<CampaignEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

export type CampaignEventKind =
  | 'CLICK'
  | 'IMPRESSION';

export type CampaignFilter = {
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CampaignStatus>;
  theme?: InputMaybe<CampaignTheme>;
};

/** A whole campaign plan: saving replaces the previous plan (creatives are set one locale at a time). */
export type CampaignInput = {
  channels: Array<MarketingChannel>;
  endsAt: Scalars['DateTime']['input'];
  name: Array<LocalizedTextInput>;
  /** Platform admins only: the organisation the campaign belongs to (marketing staff always create for their own). */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Published packages to promote, in order. */
  packageIds: Array<Scalars['ID']['input']>;
  /** Where on partner pages the banner may appear, e.g. hero, sidebar. */
  placements: Array<Scalars['String']['input']>;
  /** Providers to promote, in order. */
  providerIds: Array<Scalars['ID']['input']>;
  /** Embed sites to appear on (keys); none for every site. */
  siteKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  slug: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  /** ISO 3166-1 alpha-2 codes, 1..50. */
  targetCountries: Array<Scalars['String']['input']>;
  theme: CampaignTheme;
  /** Uppercase letters, digits, - and _ (3..32); made from the slug when not given. */
  trackingCode?: InputMaybe<Scalars['String']['input']>;
};

export type CampaignResult = Campaign | InvalidInput | InvalidTransition | NotFound | StaleVersion;

export type CampaignStats = {
  __typename?: 'CampaignStats';
  /** Bookings (not cancelled) that carried the tracking code; null when the providers service could not answer. */
  appointments: Maybe<Scalars['Int']['output']>;
  /** clicks / impressions, 0 when there are no impressions. */
  clickThroughRate: Scalars['Float']['output'];
  clicks: Scalars['Int']['output'];
  /** (inquiries + appointments) / clicks, 0 without clicks; null when either count is unknown. */
  conversionRate: Maybe<Scalars['Float']['output']>;
  impressions: Scalars['Int']['output'];
  /** Inquiries that carried the tracking code; null when the itineraries service could not answer. */
  inquiries: Maybe<Scalars['Int']['output']>;
  /** Banner events that were not counted, per reason (only reasons that occurred), in the order the rules are checked. */
  rejected: Array<RejectedEvents>;
  /**
   * Impressions and clicks per Korean calendar day, visitor country and embed site; oldest first. At most 1,000
   * rows: over that, the most recent 1,000 (trafficTruncated). The totals above count every event, so they are the
   * rows' sums unless the list was cut.
   */
  traffic: Array<TrafficRow>;
  /** Whether traffic holds only the most recent 1,000 of the campaign's rows. */
  trafficTruncated: Scalars['Boolean']['output'];
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

export type Creative = {
  __typename?: 'Creative';
  body: Scalars['String']['output'];
  ctaLabel: Scalars['String']['output'];
  ctaUrl: Scalars['String']['output'];
  headline: Scalars['String']['output'];
  imageUrl: Scalars['String']['output'];
  /** The locale this creative is written in (after fallback). */
  locale: Locale;
};

export type CreativeInput = {
  body: Scalars['String']['input'];
  ctaLabel: Scalars['String']['input'];
  /** https:// or a path on this site (/…); no credentials, spaces, control characters or backslashes. Stored normalised. */
  ctaUrl: Scalars['String']['input'];
  headline: Scalars['String']['input'];
  /** https:// or a path on this site (/…); no credentials, spaces, control characters or backslashes. Stored normalised. */
  imageUrl: Scalars['String']['input'];
  locale: Locale;
};

/** A site allowed to embed the widgets: the key its pages send and the origins they are served from. */
export type EmbedSite = {
  __typename?: 'EmbedSite';
  /** Origin patterns such as https://www.example.com or http://localhost:* (any port). */
  allowedOrigins: Array<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};


/** A site allowed to embed the widgets: the key its pages send and the origins they are served from. */
export type EmbedSiteNameArgs = {
  locale?: InputMaybe<Locale>;
};

export type FieldError = {
  __typename?: 'FieldError';
  /** Path of the offending input field, e.g. contact.email. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The input was refused; nothing was stored. */
export type InvalidInput = {
  __typename?: 'InvalidInput';
  fields: Array<FieldError>;
  message: Scalars['String']['output'];
};

/** A lifecycle step the campaign's status does not allow, e.g. pausing a draft. */
export type InvalidTransition = {
  __typename?: 'InvalidTransition';
  message: Scalars['String']['output'];
  status: CampaignStatus;
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

/** One stored text in one locale. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  locale: Locale;
  text: Scalars['String']['output'];
};

/** One text in one locale; names need an EN or a KO text. */
export type LocalizedTextInput = {
  locale: Locale;
  text: Scalars['String']['input'];
};

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
  /** Marketing staff: a new campaign, as a DRAFT of their organisation. */
  createCampaign: CampaignResult;
  /** Marketing staff: plans a promotion event for their organisation. */
  createPromotionEvent: PromotionEventResult;
  /** Ends a scheduled, active or paused campaign now; its planned dates are kept. */
  endCampaign: CampaignResult;
  /** Stops showing a scheduled or active campaign until it is resumed. */
  pauseCampaign: CampaignResult;
  /** Marketing staff of the event's organisation, once it has started: the leads it brought. */
  recordPromotionLeads: PromotionEventResult;
  removeCampaignCreative: CampaignResult;
  resumeCampaign: CampaignResult;
  /** Approves a draft: it is SCHEDULED until it starts, then ACTIVE, without anything else having to run. Needs an EN or KO creative. */
  scheduleCampaign: CampaignResult;
  /** Adds or replaces the creative for one locale; preview it with Campaign.creative(locale). */
  setCampaignCreative: CampaignResult;
  /** Records an impression or a click: true when it counted, false when it was rejected (see TrackCampaignEventInput). */
  trackCampaignEvent: Scalars['Boolean']['output'];
  /** Marketing staff of the campaign's organisation: replaces the plan; ended campaigns cannot change. */
  updateCampaign: CampaignResult;
  /** Marketing staff of the event's organisation: replaces the plan. */
  updatePromotionEvent: PromotionEventResult;
};


export type MutationCreateCampaignArgs = {
  input: CampaignInput;
};


export type MutationCreatePromotionEventArgs = {
  input: PromotionEventInput;
};


export type MutationEndCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationPauseCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRecordPromotionLeadsArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  leads: Scalars['Int']['input'];
};


export type MutationRemoveCampaignCreativeArgs = {
  campaignId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  locale: Locale;
};


export type MutationResumeCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationScheduleCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSetCampaignCreativeArgs = {
  campaignId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: CreativeInput;
};


export type MutationTrackCampaignEventArgs = {
  input: TrackCampaignEventInput;
};


export type MutationUpdateCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: CampaignInput;
};


export type MutationUpdatePromotionEventArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PromotionEventInput;
};

/** The thing the mutation names does not exist. */
export type NotFound = {
  __typename?: 'NotFound';
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

export type Package = {
  __typename?: 'Package';
  /** Active campaigns promoting this package. Null when the campaigns service is unavailable. */
  campaigns: Maybe<Array<Campaign>>;
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type PromotionEvent = {
  __typename?: 'PromotionEvent';
  /** The campaign this event supports; null when there is none or it is a draft hidden from the caller. */
  campaign: Maybe<Campaign>;
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** The stored descriptions, one per locale that has its own (no fallback), for editing. */
  descriptions: Array<LocalizedText>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  itineraryPackageId: Maybe<Scalars['ID']['output']>;
  kind: PromotionEventKind;
  /** Leads collected (outcome). */
  leads: Scalars['Int']['output'];
  organisation: Scalars['String']['output'];
  /** Internal: the packages presented and the FAM tour's package, from which the itineraries subgraph resolves PromotionEvent.packages and .itinerary by their visibility. */
  packageIds: Array<Scalars['ID']['output']>;
  partners: Array<Scalars['String']['output']>;
  /** Partner hospitals and clinics taking part. Null when the providers service is unavailable. */
  providers: Maybe<Array<Provider>>;
  slug: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  targetCountries: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The stored titles, one per locale that has its own (no fallback), for editing. */
  titles: Array<LocalizedText>;
  /** Bumped by every change to the plan or the leads; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};


export type PromotionEventDescriptionArgs = {
  locale?: InputMaybe<Locale>;
};


export type PromotionEventTitleArgs = {
  locale?: InputMaybe<Locale>;
};

export type PromotionEventConnection = {
  __typename?: 'PromotionEventConnection';
  edges: Array<PromotionEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PromotionEventEdge = {
  __typename?: 'PromotionEventEdge';
  cursor: Scalars['String']['output'];
  node: PromotionEvent;
};

export type PromotionEventFilter = {
  kind?: InputMaybe<PromotionEventKind>;
  /** ISO 3166-1 alpha-2: events aimed at this country. */
  targetCountry?: InputMaybe<Scalars['String']['input']>;
  /** true: not yet ended; false: ended. */
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A PR briefing, exhibition, FAM tour, workshop, newsletter or agreement, as planned; saving replaces the plan. */
export type PromotionEventInput = {
  /** A campaign of the same organisation this event supports. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 where it takes place. */
  country: Scalars['String']['input'];
  description?: InputMaybe<Array<LocalizedTextInput>>;
  endsAt: Scalars['DateTime']['input'];
  /** FAM tours only: the published FAM_TOUR package the guests follow. */
  itineraryPackageId?: InputMaybe<Scalars['ID']['input']>;
  kind: PromotionEventKind;
  /** Platform admins only: the organisation the event belongs to. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Published packages presented. */
  packageIds: Array<Scalars['ID']['input']>;
  /** Partner agencies and organisations, by name. */
  partners: Array<Scalars['String']['input']>;
  /** Partner hospitals and clinics. */
  providerIds: Array<Scalars['ID']['input']>;
  slug: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  targetCountries: Array<Scalars['String']['input']>;
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

export type PromotionEventResult = InvalidInput | NotFound | PromotionEvent | StaleVersion;

export type Provider = {
  __typename?: 'Provider';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Campaigns running now, for the visitor's country (ISO alpha-2), locale, placement and embed site; newest first, first 1..20 (default 5). */
  activeCampaigns: Array<Campaign>;
  /** Look up by id or slug (exactly one). Drafts only for their organisation's marketing staff. */
  campaign: Maybe<Campaign>;
  /** Campaigns ordered by slug; first is 1..100 (default 20). Drafts only for their organisation's marketing staff. */
  campaigns: CampaignConnection;
  /** An embed site by its key; the gateway checks requests' origins against it. */
  embedSite: Maybe<EmbedSite>;
  /** Marketing staff: their organisation's campaigns, drafts included, newest first; first is 1..100 (default 50). Platform admins see every organisation's. */
  myCampaigns: CampaignConnection;
  /**
   * Marketing staff: their organisation's promotion events overlapping [from, to) (at most 400 days apart), earliest
   * first, for the calendar; platform admins see every organisation's. At most 100: a narrower window shows the rest.
   */
  myPromotionEvents: Array<PromotionEvent>;
  /** Marketing staff of the organisation (audit:read) and platform admins: its audit trail, newest first; entityId narrows it to one campaign or promotion event. */
  organisationAuditTrail: AuditEntryConnection;
  /** PR briefings, exhibitions, FAM tours, workshops and newsletters, by start date. */
  promotionEvents: PromotionEventConnection;
};


export type QueryActiveCampaignsArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
  placement?: InputMaybe<Scalars['String']['input']>;
  siteKey?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCampaignArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CampaignFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEmbedSiteArgs = {
  key: Scalars['String']['input'];
};


export type QueryMyCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyPromotionEventsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryOrganisationAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisation: Scalars['String']['input'];
};


export type QueryPromotionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PromotionEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type RejectedEvents = {
  __typename?: 'RejectedEvents';
  count: Scalars['Int']['output'];
  reason: TrackingRejectionReason;
};

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

/**
 * A banner event. It counts only from a page the gateway verified for the site key (its Origin), for a running campaign
 * aimed at that site, placement and country, once per kind and page view, and a click only after that view's
 * impression; otherwise it is recorded under a TrackingRejectionReason and the answer is false.
 */
export type TrackCampaignEventInput = {
  campaignId: Scalars['ID']['input'];
  /** ISO 3166-1 alpha-2 of the visitor, when known: one of the campaign's target countries; none is recorded as unknown. */
  country?: InputMaybe<Scalars['String']['input']>;
  kind: CampaignEventKind;
  /** One of the campaign's placements; none is recorded as unknown. */
  placement?: InputMaybe<Scalars['String']['input']>;
  /** Must be the site key the page was verified for. */
  siteKey: Scalars['String']['input'];
  /** A random UUID the banner makes for each page view and sends with its impression and its click (no cookie, nothing about the visitor). */
  viewId?: InputMaybe<Scalars['ID']['input']>;
};

/** Why a banner event was not counted; an event is recorded under the first rule it breaks, in this order. */
export type TrackingRejectionReason =
  /** A click without an impression of the same page view in the 30 minutes before it. */
  | 'CLICK_WITHOUT_IMPRESSION'
  /** The visitor's country is not one the campaign targets. */
  | 'COUNTRY_NOT_TARGETED'
  /** This kind of event was already counted for that page view. */
  | 'DUPLICATE'
  /** The event carried no view id (an old banner, or not a banner). */
  | 'MISSING_VIEW_ID'
  /** The campaign was not running (draft, scheduled, paused or ended). */
  | 'NOT_RUNNING'
  /** The placement is not one the campaign plans. */
  | 'PLACEMENT_NOT_TARGETED'
  /** The verified site is not one of the campaign's embed sites. */
  | 'SITE_NOT_TARGETED'
  /** The request did not come from a page the site key is verified for (no Origin it allows), or named another site. */
  | 'UNVERIFIED_SITE';

export type TrafficRow = {
  __typename?: 'TrafficRow';
  clicks: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 of the visitor, when the page knew it. */
  country: Maybe<Scalars['String']['output']>;
  day: Scalars['Date']['output'];
  impressions: Scalars['Int']['output'];
  siteKey: Scalars['String']['output'];
};

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
  Package: Package;
  PromotionEvent: PromotionEvent;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Campaign:
    ( { __typename: 'Campaign' }
    & ( GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Campaign'], {"trackingCode":true}> )
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Campaign'], {"inquiryStats":{"total":true},"appointmentStats":{"total":true}}> ) );
  Package:
    ( { __typename: 'Package' }
    & GraphQLRecursivePick<FederationTypes['Package'], {"id":true}> );
  PromotionEvent:
    ( { __typename: 'PromotionEvent' }
    & GraphQLRecursivePick<FederationTypes['PromotionEvent'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CampaignResult:
    | ( CampaignModelModel )
    | ( InvalidInput )
    | ( InvalidTransition )
    | ( NotFound )
    | ( StaleVersion )
  ;
  PromotionEventResult:
    | ( InvalidInput )
    | ( NotFound )
    | ( PromotionEventRowModel )
    | ( StaleVersion )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditChange: ResolverTypeWrapper<AuditChange>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModelModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Campaign: ResolverTypeWrapper<CampaignModelModel>;
  CampaignConnection: ResolverTypeWrapper<Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignEdge']> }>;
  CampaignEdge: ResolverTypeWrapper<Omit<CampaignEdge, 'node'> & { node: ResolversTypes['Campaign'] }>;
  CampaignEventKind: CampaignEventKind;
  CampaignFilter: CampaignFilter;
  CampaignInput: CampaignInput;
  CampaignResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CampaignResult']>;
  CampaignStats: ResolverTypeWrapper<CampaignStatsModelModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CampaignStatus: CampaignStatus;
  CampaignTheme: CampaignTheme;
  ConversionRow: ResolverTypeWrapper<ConversionRow>;
  ConversionStats: ResolverTypeWrapper<ConversionStats>;
  Creative: ResolverTypeWrapper<CreativeRowModel>;
  CreativeInput: CreativeInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmbedSite: ResolverTypeWrapper<EmbedSiteRowModel>;
  FieldError: ResolverTypeWrapper<FieldError>;
  InvalidInput: ResolverTypeWrapper<InvalidInput>;
  InvalidTransition: ResolverTypeWrapper<InvalidTransition>;
  Locale: Locale;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  MarketingChannel: MarketingChannel;
  MinorUnits: ResolverTypeWrapper<Scalars['MinorUnits']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotFound: ResolverTypeWrapper<NotFound>;
  Package: ResolverTypeWrapper<EntityReferenceModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PromotionEvent: ResolverTypeWrapper<PromotionEventRowModel>;
  PromotionEventConnection: ResolverTypeWrapper<Omit<PromotionEventConnection, 'edges'> & { edges: Array<ResolversTypes['PromotionEventEdge']> }>;
  PromotionEventEdge: ResolverTypeWrapper<Omit<PromotionEventEdge, 'node'> & { node: ResolversTypes['PromotionEvent'] }>;
  PromotionEventFilter: PromotionEventFilter;
  PromotionEventInput: PromotionEventInput;
  PromotionEventKind: PromotionEventKind;
  PromotionEventResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PromotionEventResult']>;
  Provider: ResolverTypeWrapper<EntityReferenceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: Region;
  RejectedEvents: ResolverTypeWrapper<RejectedEvents>;
  StaleVersion: ResolverTypeWrapper<StaleVersion>;
  Throttled: ResolverTypeWrapper<Throttled>;
  TrackCampaignEventInput: TrackCampaignEventInput;
  TrackingRejectionReason: TrackingRejectionReason;
  TrafficRow: ResolverTypeWrapper<TrafficRow>;
  WellnessCluster: WellnessCluster;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditChange: AuditChange;
  String: Scalars['String']['output'];
  AuditEntry: AuditEntryModelModel;
  ID: Scalars['ID']['output'];
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Campaign: CampaignModelModel;
  CampaignConnection: Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignEdge']> };
  CampaignEdge: Omit<CampaignEdge, 'node'> & { node: ResolversParentTypes['Campaign'] };
  CampaignFilter: CampaignFilter;
  CampaignInput: CampaignInput;
  CampaignResult: ResolversUnionTypes<ResolversParentTypes>['CampaignResult'];
  CampaignStats: CampaignStatsModelModel;
  Float: Scalars['Float']['output'];
  ConversionRow: ConversionRow;
  ConversionStats: ConversionStats;
  Creative: CreativeRowModel;
  CreativeInput: CreativeInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmbedSite: EmbedSiteRowModel;
  FieldError: FieldError;
  InvalidInput: InvalidInput;
  InvalidTransition: InvalidTransition;
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  MinorUnits: Scalars['MinorUnits']['output'];
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NotFound: NotFound;
  Package: EntityReferenceModel;
  PageInfo: PageInfo;
  PromotionEvent: PromotionEventRowModel;
  PromotionEventConnection: Omit<PromotionEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['PromotionEventEdge']> };
  PromotionEventEdge: Omit<PromotionEventEdge, 'node'> & { node: ResolversParentTypes['PromotionEvent'] };
  PromotionEventFilter: PromotionEventFilter;
  PromotionEventInput: PromotionEventInput;
  PromotionEventResult: ResolversUnionTypes<ResolversParentTypes>['PromotionEventResult'];
  Provider: EntityReferenceModel;
  Query: Record<PropertyKey, never>;
  RejectedEvents: RejectedEvents;
  StaleVersion: StaleVersion;
  Throttled: Throttled;
  TrackCampaignEventInput: TrackCampaignEventInput;
  TrafficRow: TrafficRow;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = CampaignsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditChangeResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type AuditEntryConnectionResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CampaignResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['MarketingChannel']>, ParentType, ContextType>;
  creative?: Resolver<Maybe<ResolversTypes['Creative']>, ParentType, ContextType, RequireFields<CampaignCreativeArgs, 'locale'>>;
  creativeLocales?: Resolver<Array<ResolversTypes['Locale']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<CampaignNameArgs, 'locale'>>;
  names?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packageIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  placements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  providers?: Resolver<Maybe<Array<ResolversTypes['Provider']>>, ParentType, ContextType>;
  siteKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stats?: Resolver<Maybe<ResolversTypes['CampaignStats']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  targetCountries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['CampaignTheme'], ParentType, ContextType>;
  trackingCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CampaignConnectionResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['CampaignConnection'] = ResolversParentTypes['CampaignConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignEdgeResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['CampaignEdge'] = ResolversParentTypes['CampaignEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
};

export type CampaignResultResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['CampaignResult'] = ResolversParentTypes['CampaignResult']> = {
  __resolveType: TypeResolveFn<'Campaign' | 'InvalidInput' | 'InvalidTransition' | 'NotFound' | 'StaleVersion', ParentType, ContextType>;
};

export type CampaignStatsResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['CampaignStats'] = ResolversParentTypes['CampaignStats']> = {
  appointments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  clickThroughRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  impressions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inquiries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedEvents']>, ParentType, ContextType>;
  traffic?: Resolver<Array<ResolversTypes['TrafficRow']>, ParentType, ContextType>;
  trafficTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConversionRowResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['ConversionRow'] = ResolversParentTypes['ConversionRow']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  siteKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConversionStatsResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['ConversionStats'] = ResolversParentTypes['ConversionStats']> = {
  breakdown?: Resolver<Array<ResolversTypes['ConversionRow']>, ParentType, ContextType>;
  breakdownTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreativeResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['Creative'] = ResolversParentTypes['Creative']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ctaLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ctaUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  imageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmbedSiteResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['EmbedSite'] = ResolversParentTypes['EmbedSite']> = {
  allowedOrigins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<EmbedSiteNameArgs, 'locale'>>;
};

export type FieldErrorResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InvalidInputResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['InvalidInput'] = ResolversParentTypes['InvalidInput']> = {
  fields?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidTransitionResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['InvalidTransition'] = ResolversParentTypes['InvalidTransition']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocalizedTextResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface MinorUnitsScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MinorUnits'], any> {
  name: 'MinorUnits';
}

export type MoneyResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createCampaign?: Resolver<ResolversTypes['CampaignResult'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  createPromotionEvent?: Resolver<ResolversTypes['PromotionEventResult'], ParentType, ContextType, RequireFields<MutationCreatePromotionEventArgs, 'input'>>;
  endCampaign?: Resolver<ResolversTypes['CampaignResult'], ParentType, ContextType, RequireFields<MutationEndCampaignArgs, 'id'>>;
  pauseCampaign?: Resolver<ResolversTypes['CampaignResult'], ParentType, ContextType, RequireFields<MutationPauseCampaignArgs, 'id'>>;
  recordPromotionLeads?: Resolver<ResolversTypes['PromotionEventResult'], ParentType, ContextType, RequireFields<MutationRecordPromotionLeadsArgs, 'id' | 'leads'>>;
  removeCampaignCreative?: Resolver<ResolversTypes['CampaignResult'], ParentType, ContextType, RequireFields<MutationRemoveCampaignCreativeArgs, 'campaignId' | 'locale'>>;
  resumeCampaign?: Resolver<ResolversTypes['CampaignResult'], ParentType, ContextType, RequireFields<MutationResumeCampaignArgs, 'id'>>;
  scheduleCampaign?: Resolver<ResolversTypes['CampaignResult'], ParentType, ContextType, RequireFields<MutationScheduleCampaignArgs, 'id'>>;
  setCampaignCreative?: Resolver<ResolversTypes['CampaignResult'], ParentType, ContextType, RequireFields<MutationSetCampaignCreativeArgs, 'campaignId' | 'input'>>;
  trackCampaignEvent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationTrackCampaignEventArgs, 'input'>>;
  updateCampaign?: Resolver<ResolversTypes['CampaignResult'], ParentType, ContextType, RequireFields<MutationUpdateCampaignArgs, 'id' | 'input'>>;
  updatePromotionEvent?: Resolver<ResolversTypes['PromotionEventResult'], ParentType, ContextType, RequireFields<MutationUpdatePromotionEventArgs, 'id' | 'input'>>;
};

export type NotFoundResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PackageResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['Package'] = ResolversParentTypes['Package'], FederationReferenceType extends FederationReferenceTypes['Package'] = FederationReferenceTypes['Package']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Package']> | FederationReferenceType, FederationReferenceType, ContextType>;
  campaigns?: Resolver<Maybe<Array<ResolversTypes['Campaign']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PromotionEventResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['PromotionEvent'] = ResolversParentTypes['PromotionEvent'], FederationReferenceType extends FederationReferenceTypes['PromotionEvent'] = FederationReferenceTypes['PromotionEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PromotionEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PromotionEventDescriptionArgs, 'locale'>>;
  descriptions?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itineraryPackageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PromotionEventKind'], ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packageIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  providers?: Resolver<Maybe<Array<ResolversTypes['Provider']>>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  targetCountries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PromotionEventTitleArgs, 'locale'>>;
  titles?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PromotionEventConnectionResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['PromotionEventConnection'] = ResolversParentTypes['PromotionEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PromotionEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PromotionEventEdgeResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['PromotionEventEdge'] = ResolversParentTypes['PromotionEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PromotionEvent'], ParentType, ContextType>;
};

export type PromotionEventResultResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['PromotionEventResult'] = ResolversParentTypes['PromotionEventResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'PromotionEvent' | 'StaleVersion', ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activeCampaigns?: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryActiveCampaignsArgs, 'first'>>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, Partial<QueryCampaignArgs>>;
  campaigns?: Resolver<ResolversTypes['CampaignConnection'], ParentType, ContextType, RequireFields<QueryCampaignsArgs, 'first'>>;
  embedSite?: Resolver<Maybe<ResolversTypes['EmbedSite']>, ParentType, ContextType, RequireFields<QueryEmbedSiteArgs, 'key'>>;
  myCampaigns?: Resolver<ResolversTypes['CampaignConnection'], ParentType, ContextType, RequireFields<QueryMyCampaignsArgs, 'first'>>;
  myPromotionEvents?: Resolver<Array<ResolversTypes['PromotionEvent']>, ParentType, ContextType, RequireFields<QueryMyPromotionEventsArgs, 'from' | 'to'>>;
  organisationAuditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryOrganisationAuditTrailArgs, 'first' | 'organisation'>>;
  promotionEvents?: Resolver<ResolversTypes['PromotionEventConnection'], ParentType, ContextType, RequireFields<QueryPromotionEventsArgs, 'first'>>;
};

export type RejectedEventsResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['RejectedEvents'] = ResolversParentTypes['RejectedEvents']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['TrackingRejectionReason'], ParentType, ContextType>;
};

export type StaleVersionResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['StaleVersion'] = ResolversParentTypes['StaleVersion']> = {
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThrottledResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['Throttled'] = ResolversParentTypes['Throttled']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrafficRowResolvers<ContextType = CampaignsContext, ParentType extends ResolversParentTypes['TrafficRow'] = ResolversParentTypes['TrafficRow']> = {
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  impressions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  siteKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CampaignsContext> = {
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  CampaignResult?: CampaignResultResolvers<ContextType>;
  CampaignStats?: CampaignStatsResolvers<ContextType>;
  ConversionRow?: ConversionRowResolvers<ContextType>;
  ConversionStats?: ConversionStatsResolvers<ContextType>;
  Creative?: CreativeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmbedSite?: EmbedSiteResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  InvalidInput?: InvalidInputResolvers<ContextType>;
  InvalidTransition?: InvalidTransitionResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  MinorUnits?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  Package?: PackageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PromotionEvent?: PromotionEventResolvers<ContextType>;
  PromotionEventConnection?: PromotionEventConnectionResolvers<ContextType>;
  PromotionEventEdge?: PromotionEventEdgeResolvers<ContextType>;
  PromotionEventResult?: PromotionEventResultResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectedEvents?: RejectedEventsResolvers<ContextType>;
  StaleVersion?: StaleVersionResolvers<ContextType>;
  Throttled?: ThrottledResolvers<ContextType>;
  TrafficRow?: TrafficRowResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = CampaignsContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};

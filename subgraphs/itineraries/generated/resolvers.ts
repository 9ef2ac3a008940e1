import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceModel, ConversionStatsModel as ConversionStatsModelModel } from '../../../core/models';
import type { PackageRow as PackageRowModel, ItineraryDayRow as ItineraryDayRowModel, ItineraryStepRow as ItineraryStepRowModel, ExchangeRateRow as ExchangeRateRowModel, InquiryRow as InquiryRowModel } from '../schema';
import type { PriceLineModel as PriceLineModelModel, CampaignModel as CampaignModelModel, PromotionEventModel as PromotionEventModelModel } from '../models';
import type { AuditEntryModel as AuditEntryModelModel } from '../../../core/audit';
import type { ItinerariesContext } from '../context';
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

/** A campaign, as far as inquiries are concerned: found by its tracking code. */
export type Campaign = {
  __typename?: 'Campaign';
  /** Inquiries that came with the tracking code. Marketing staff of the campaign's organisation only. */
  inquiryStats: Maybe<ConversionStats>;
  organisation: Scalars['String']['output'];
  packageIds: Array<Scalars['ID']['output']>;
  /** Promoted packages the caller may see, in order. Null when the itineraries service is unavailable. */
  packages: Maybe<Array<Package>>;
  trackingCode: Scalars['String']['output'];
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

/** Where a reply e-mail is: waiting for (or retrying) the mail server, accepted by it, or refused by it for good. */
export type DeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  asOf: Scalars['Date']['output'];
  currency: Scalars['String']['output'];
  /** How many KRW one unit of the currency buys. */
  krwPerUnit: Scalars['Float']['output'];
};

export type FieldError = {
  __typename?: 'FieldError';
  /** Path of the offending input field, e.g. contact.email. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type Inquiry = {
  __typename?: 'Inquiry';
  campaignCode: Maybe<Scalars['String']['output']>;
  /** Personal data: only the region's staff see it. */
  contact: Maybe<InquiryContact>;
  createdAt: Scalars['DateTime']['output'];
  /** Staff of the region only: notes, replies and status changes, oldest first (the latest 100 of a longer history). */
  history: Maybe<Array<InquiryEvent>>;
  id: Scalars['ID']['output'];
  /** Staff of the region only: the patient's language, which replies are framed in. */
  locale: Maybe<Locale>;
  message: Maybe<Scalars['String']['output']>;
  /** Null when the package is hidden from the caller (set back to draft or closed since). */
  package: Maybe<Package>;
  partySize: Scalars['Int']['output'];
  preferredStart: Maybe<Scalars['Date']['output']>;
  reference: Scalars['String']['output'];
  status: InquiryStatus;
  /** Bumped by every status change; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type InquiryConnection = {
  __typename?: 'InquiryConnection';
  edges: Array<InquiryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InquiryContact = {
  __typename?: 'InquiryContact';
  email: Scalars['String']['output'];
  locale: Locale;
  name: Scalars['String']['output'];
  nationality: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
};

export type InquiryContactInput = {
  email: Scalars['String']['input'];
  locale: Locale;
  name: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code, e.g. JP. */
  nationality: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type InquiryEdge = {
  __typename?: 'InquiryEdge';
  cursor: Scalars['String']['output'];
  node: Inquiry;
};

/** One step of an inquiry's handling by the staff. */
export type InquiryEvent = {
  __typename?: 'InquiryEvent';
  at: Scalars['DateTime']['output'];
  /** The staff member's subject at their issuer. */
  by: Scalars['String']['output'];
  /** For a REPLY: SENT, PENDING or FAILED. */
  delivery: Maybe<DeliveryStatus>;
  id: Scalars['ID']['output'];
  kind: InquiryEventKind;
  /** For a STATUS event: the status it moved to. */
  status: Maybe<InquiryStatus>;
  /** The note, the reply's text, or the reason given with LOST. */
  text: Maybe<Scalars['String']['output']>;
};

export type InquiryEventKind =
  /** A note among the staff; the patient never sees it. */
  | 'NOTE'
  /** An e-mail to the patient. */
  | 'REPLY'
  /** A move along the pipeline. */
  | 'STATUS';

export type InquiryFilter = {
  packageId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InquiryStatus>;
};

export type InquiryResult = Inquiry | InvalidInput | NotFound | Throttled;

/** Where an inquiry stands, from the tourism staff's first answer to the booking (or the loss). */
export type InquiryStatus =
  | 'BOOKED'
  | 'CONTACTED'
  /** Not pursued; the reason is in the history. May be reopened to CONTACTED. */
  | 'LOST'
  | 'NEW'
  | 'QUOTED';

export type InquiryUpdateResult = Inquiry | InvalidInput | NotFound | StaleVersion;

/** The input was refused; nothing was stored. */
export type InvalidInput = {
  __typename?: 'InvalidInput';
  fields: Array<FieldError>;
  message: Scalars['String']['output'];
};

export type ItineraryDay = {
  __typename?: 'ItineraryDay';
  day: Scalars['Int']['output'];
  steps: Array<ItineraryStep>;
  title: Scalars['String']['output'];
};


export type ItineraryDayTitleArgs = {
  locale?: InputMaybe<Locale>;
};

export type ItineraryDayInput = {
  steps: Array<ItineraryStepInput>;
  title: Array<LocalizedTextInput>;
};

export type ItineraryStep = MedicalStep | StayStep | TourStep | TransferStep | WellnessStep;

/** The fields a step needs depend on its kind: MEDICAL a providerId (and optionally a procedureId of that provider), WELLNESS an activity, TOUR a category, TRANSFER from, to and transport, STAY nights and lodging. */
export type ItineraryStepInput = {
  activity?: InputMaybe<WellnessActivity>;
  category?: InputMaybe<TourCategory>;
  description?: InputMaybe<Array<LocalizedTextInput>>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind: StepKind;
  lodging?: InputMaybe<LodgingKind>;
  nights?: InputMaybe<Scalars['Int']['input']>;
  procedureId?: InputMaybe<Scalars['ID']['input']>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  title: Array<LocalizedTextInput>;
  to?: InputMaybe<Scalars['String']['input']>;
  transport?: InputMaybe<TransportMode>;
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

/** One text in one locale; every localized field needs an EN or a KO text. */
export type LocalizedTextInput = {
  locale: Locale;
  text: Scalars['String']['input'];
};

export type LodgingKind =
  | 'HANOK'
  | 'HOSPITAL_RESIDENCE'
  | 'HOTEL'
  | 'HOT_SPRING_RESORT'
  | 'RESORT'
  | 'TEMPLE_STAY';

export type MedicalStep = {
  __typename?: 'MedicalStep';
  procedure: Maybe<Procedure>;
  /** Null when the providers service is unavailable. */
  provider: Maybe<Provider>;
  title: Scalars['String']['output'];
};


export type MedicalStepTitleArgs = {
  locale?: InputMaybe<Locale>;
};

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
  /** Tourism staff of the package's region: a note for the staff (1..2,000 characters); the patient never sees it. */
  addInquiryNote: InquiryUpdateResult;
  /** Tourism staff of the package's region: a new package, as a DRAFT. */
  createPackage: PackageResult;
  /** Tourism staff of the package's region: e-mails the patient through the outbox, framed in the patient's language (greeting, the package, the staff's text, how to answer); marks NEW inquiries CONTACTED. The text is 1..5,000 characters, sent as written. */
  replyToInquiry: InquiryUpdateResult;
  /** Tourism staff of the package's region: NEW → CONTACTED → QUOTED → BOOKED, or LOST from any open status (reason required, 1..500 characters); LOST can be reopened to CONTACTED. With expectedVersion, refused (StaleVersion) when the inquiry changed since. */
  setInquiryStatus: InquiryUpdateResult;
  /** Tourism staff of the package's region: publishing makes it visible to everyone; closing withdraws it. With expectedVersion, refused (StaleVersion) when someone saved since. */
  setPackageStatus: PackageResult;
  submitInquiry: InquiryResult;
  /** Tourism staff of the package's region (before and after the change): replaces the package's content. With expectedVersion, refused (StaleVersion, nothing stored) when someone saved since. */
  updatePackage: PackageResult;
};


export type MutationAddInquiryNoteArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationCreatePackageArgs = {
  input: PackageInput;
};


export type MutationReplyToInquiryArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationSetInquiryStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: InquiryStatus;
};


export type MutationSetPackageStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: PackageStatus;
};


export type MutationSubmitInquiryArgs = {
  input: SubmitInquiryInput;
};


export type MutationUpdatePackageArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PackageInput;
};

/** The thing the mutation names does not exist. */
export type NotFound = {
  __typename?: 'NotFound';
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

export type Package = {
  __typename?: 'Package';
  days: Array<ItineraryDay>;
  durationDays: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Staff of the package's region only: the inquiries about it, newest first; first is 1..100 (default 20). */
  inquiries: Maybe<InquiryConnection>;
  /** Companions (guardians) who may travel with the patient. */
  maxGuardians: Scalars['Int']['output'];
  /** Total price converted with the latest stored exchange rate; currency is ISO 4217 (default KRW). */
  price: Money;
  priceBreakdown: PriceBreakdown;
  /** Total price in KRW. */
  priceFrom: Money;
  /** Null when the providers service is unavailable. */
  procedures: Maybe<Array<Procedure>>;
  /** Distinct providers of the package's medical steps, in itinerary order. Null when the providers service is unavailable. */
  providers: Maybe<Array<Provider>>;
  publishedAt: Scalars['DateTime']['output'];
  region: Region;
  segment: PackageSegment;
  slug: Scalars['String']['output'];
  /** Anonymous callers only ever see PUBLISHED packages. */
  status: PackageStatus;
  summary: Scalars['String']['output'];
  /** Every stored text of the package in every locale it has, without fallbacks: what an editor fills its form with (paths as in translations). Title first, then summary, days with their steps, prices, visa notes; locales in Locale order. */
  texts: Array<PackageText>;
  theme: PackageTheme;
  title: Scalars['String']['output'];
  /** Per locale, the texts of this package that have no text in it (paths such as title, summary, days.2.title, days.2.steps.0.description, prices.1.label, visa.notes; days, steps and prices counted from 0 as in PackageInput); complete when none is missing. Optional texts left out altogether (a step without description) are not missing. Derived from the stored texts when read, the ten locales in Locale order. */
  translations: Array<PackageTranslation>;
  /** Bumped by every staff save (content or status); send it back as expectedVersion. */
  version: Scalars['Int']['output'];
  visa: VisaInfo;
  wellnessCluster: Maybe<WellnessCluster>;
};


export type PackageInquiriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PackagePriceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type PackagePriceBreakdownArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type PackageSummaryArgs = {
  locale?: InputMaybe<Locale>;
};


export type PackageTitleArgs = {
  locale?: InputMaybe<Locale>;
};

export type PackageConnection = {
  __typename?: 'PackageConnection';
  edges: Array<PackageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PackageEdge = {
  __typename?: 'PackageEdge';
  cursor: Scalars['String']['output'];
  node: Package;
};

export type PackageFilter = {
  /** Only packages whose title is translated into this locale. */
  locale?: InputMaybe<Locale>;
  /** Upper bound on the total price, in KRW. */
  maxPrice?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Region>;
  segment?: InputMaybe<PackageSegment>;
  theme?: InputMaybe<PackageTheme>;
};

/** A whole package: saving replaces its prices and days. Whether an e-visa is possible follows from its providers. */
export type PackageInput = {
  /** Day 1 first; at most durationDays days. */
  days: Array<ItineraryDayInput>;
  durationDays: Scalars['Int']['input'];
  maxGuardians: Scalars['Int']['input'];
  prices: Array<PriceLineInput>;
  region: Region;
  segment: PackageSegment;
  slug: Scalars['String']['input'];
  summary: Array<LocalizedTextInput>;
  theme: PackageTheme;
  title: Array<LocalizedTextInput>;
  visa: PackageVisaInput;
  wellnessCluster?: InputMaybe<WellnessCluster>;
};

export type PackageResult = InvalidInput | NotFound | Package | StaleVersion;

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

/** One stored text of a package in one locale. */
export type PackageText = {
  __typename?: 'PackageText';
  locale: Locale;
  /** Dotted path into PackageInput, e.g. days.0.steps.1.description. */
  path: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

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

/** Which texts of a package are missing in one locale. */
export type PackageTranslation = {
  __typename?: 'PackageTranslation';
  complete: Scalars['Boolean']['output'];
  locale: Locale;
  /** Dotted paths into PackageInput, e.g. days.0.steps.1.title. */
  missing: Array<Scalars['String']['output']>;
};

export type PackageVisaInput = {
  notes?: InputMaybe<Array<LocalizedTextInput>>;
  recommended: VisaType;
  /** Only for packages of at most 5 days (the Incheon–Jeju transit route). */
  transferVisaFree?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type PriceBreakdown = {
  __typename?: 'PriceBreakdown';
  /** The rate used when the currency is not KRW. */
  exchangeRate: Maybe<ExchangeRate>;
  lines: Array<PriceLine>;
  /** Medical fees only; the commission cap (30 % clinics, 20 % hospitals, 15 % tertiary) applies to this part. */
  medical: Money;
  /** Interpretation, transport, lodging and tourism, outside the commission cap. */
  nonMedical: Money;
  total: Money;
};

export type PriceKind =
  | 'INTERPRETATION'
  | 'LODGING'
  /** Medical fee: the only part an attracting agency's commission cap applies to. */
  | 'MEDICAL'
  | 'TOURISM'
  | 'TRANSPORT';

export type PriceLine = {
  __typename?: 'PriceLine';
  /** In the currency the breakdown was asked for. */
  amount: Money;
  kind: PriceKind;
  label: Scalars['String']['output'];
};


export type PriceLineLabelArgs = {
  locale?: InputMaybe<Locale>;
};

export type PriceLineInput = {
  /** In KRW, 0..1,000,000,000. */
  amountKrw: Scalars['Int']['input'];
  kind: PriceKind;
  label: Array<LocalizedTextInput>;
};

export type Procedure = {
  __typename?: 'Procedure';
  id: Scalars['ID']['output'];
};

export type PromotionEvent = {
  __typename?: 'PromotionEvent';
  id: Scalars['ID']['output'];
  /** FAM tours: the tour itself, a FAM_TOUR package the guests follow day by day. Null for other kinds, and when it is hidden from the caller. */
  itinerary: Maybe<Package>;
  itineraryPackageId: Maybe<Scalars['ID']['output']>;
  packageIds: Array<Scalars['ID']['output']>;
  /** Packages presented that the caller may see. Null when the itineraries service is unavailable. */
  packages: Maybe<Array<Package>>;
};

export type Provider = {
  __typename?: 'Provider';
  id: Scalars['ID']['output'];
  /** Packages that include this provider: published ones, and for their region's staff drafts and closed ones too. Null when the itineraries service is unavailable. */
  packages: Maybe<Array<Package>>;
};

export type Query = {
  __typename?: 'Query';
  exchangeRates: Array<ExchangeRate>;
  /** Look up by id or slug (exactly one). Drafts and closed packages only for their region's staff. */
  package: Maybe<Package>;
  /** Published packages ordered by slug (their region's staff also see its drafts and closed packages); first is 1..100 (default 20). */
  packages: PackageConnection;
  /** The region's staff (audit:read) and platform admins: the staff changes to its packages and inquiries, newest first; entityId narrows it to one package or inquiry. */
  regionAuditTrail: AuditEntryConnection;
  /** Tourism staff of the region (inquiry:manage) and platform admins: the inquiries about the region's packages, newest first; first is 1..100 (default 20). */
  regionInquiries: InquiryConnection;
};


export type QueryPackageArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPackagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PackageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region: Region;
};


export type QueryRegionInquiriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InquiryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region: Region;
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

export type StayStep = {
  __typename?: 'StayStep';
  lodging: LodgingKind;
  nights: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};


export type StayStepTitleArgs = {
  locale?: InputMaybe<Locale>;
};

export type StepKind =
  | 'MEDICAL'
  | 'STAY'
  | 'TOUR'
  | 'TRANSFER'
  | 'WELLNESS';

export type SubmitInquiryInput = {
  /** Attribution: the campaign tracking code the visitor came with. */
  campaignCode?: InputMaybe<Scalars['String']['input']>;
  /** Must be true: explicit consent to process the contact details for this inquiry. */
  consent: Scalars['Boolean']['input'];
  contact: InquiryContactInput;
  /** Any unique string (8..100 chars); a retry with the same key returns the first answer. */
  idempotencyKey: Scalars['String']['input'];
  locale: Locale;
  message?: InputMaybe<Scalars['String']['input']>;
  packageId: Scalars['ID']['input'];
  /** Patient plus guardians; at most 1 + the package's maxGuardians. */
  partySize: Scalars['Int']['input'];
  preferredStart?: InputMaybe<Scalars['Date']['input']>;
  siteKey?: InputMaybe<Scalars['String']['input']>;
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

export type TourCategory =
  | 'FESTIVAL'
  | 'FOOD'
  | 'K_BEAUTY'
  | 'K_DRAMA'
  | 'K_POP'
  | 'SHOPPING'
  | 'SIGHTSEEING';

export type TourStep = {
  __typename?: 'TourStep';
  category: TourCategory;
  description: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};


export type TourStepDescriptionArgs = {
  locale?: InputMaybe<Locale>;
};


export type TourStepTitleArgs = {
  locale?: InputMaybe<Locale>;
};

export type TransferStep = {
  __typename?: 'TransferStep';
  durationMinutes: Maybe<Scalars['Int']['output']>;
  from: Scalars['String']['output'];
  title: Scalars['String']['output'];
  to: Scalars['String']['output'];
  transport: TransportMode;
};


export type TransferStepTitleArgs = {
  locale?: InputMaybe<Locale>;
};

export type TransportMode =
  | 'BUS'
  | 'CAR'
  | 'FERRY'
  | 'FLIGHT'
  | 'KTX';

export type VisaInfo = {
  __typename?: 'VisaInfo';
  /** Whether a medical provider in the package can apply for an e-visa for the patient. */
  eVisaEligible: Scalars['Boolean']['output'];
  notes: Maybe<Scalars['String']['output']>;
  recommended: VisaType;
  transferVisaFree: Scalars['Boolean']['output'];
};


export type VisaInfoNotesArgs = {
  locale?: InputMaybe<Locale>;
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

export type WellnessStep = {
  __typename?: 'WellnessStep';
  activity: WellnessActivity;
  description: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};


export type WellnessStepDescriptionArgs = {
  locale?: InputMaybe<Locale>;
};


export type WellnessStepTitleArgs = {
  locale?: InputMaybe<Locale>;
};



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
  Provider: Provider;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"trackingCode":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Campaign'], {"organisation":true}>
        | GraphQLRecursivePick<FederationTypes['Campaign'], {"organisation":true,"packageIds":true}>
        | GraphQLRecursivePick<FederationTypes['Campaign'], {"packageIds":true}> ) );
  Package:
    ( { __typename: 'Package' }
    & GraphQLRecursivePick<FederationTypes['Package'], {"id":true}> );
  PromotionEvent:
    ( { __typename: 'PromotionEvent' }
    & GraphQLRecursivePick<FederationTypes['PromotionEvent'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PromotionEvent'], {"itineraryPackageId":true}>
        | GraphQLRecursivePick<FederationTypes['PromotionEvent'], {"itineraryPackageId":true,"packageIds":true}>
        | GraphQLRecursivePick<FederationTypes['PromotionEvent'], {"packageIds":true}> ) );
  Provider:
    ( { __typename: 'Provider' }
    & GraphQLRecursivePick<FederationTypes['Provider'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  InquiryResult:
    | ( InquiryRowModel )
    | ( InvalidInput )
    | ( NotFound )
    | ( Throttled )
  ;
  InquiryUpdateResult:
    | ( InquiryRowModel )
    | ( InvalidInput )
    | ( NotFound )
    | ( StaleVersion )
  ;
  ItineraryStep:
    | ( ItineraryStepRowModel )
    | ( ItineraryStepRowModel )
    | ( ItineraryStepRowModel )
    | ( ItineraryStepRowModel )
    | ( ItineraryStepRowModel )
  ;
  PackageResult:
    | ( InvalidInput )
    | ( NotFound )
    | ( PackageRowModel )
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
  ConversionRow: ResolverTypeWrapper<ConversionRow>;
  ConversionStats: ResolverTypeWrapper<ConversionStatsModelModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryStatus: DeliveryStatus;
  ExchangeRate: ResolverTypeWrapper<ExchangeRateRowModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FieldError: ResolverTypeWrapper<FieldError>;
  Inquiry: ResolverTypeWrapper<InquiryRowModel>;
  InquiryConnection: ResolverTypeWrapper<Omit<InquiryConnection, 'edges'> & { edges: Array<ResolversTypes['InquiryEdge']> }>;
  InquiryContact: ResolverTypeWrapper<InquiryContact>;
  InquiryContactInput: InquiryContactInput;
  InquiryEdge: ResolverTypeWrapper<Omit<InquiryEdge, 'node'> & { node: ResolversTypes['Inquiry'] }>;
  InquiryEvent: ResolverTypeWrapper<InquiryEvent>;
  InquiryEventKind: InquiryEventKind;
  InquiryFilter: InquiryFilter;
  InquiryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InquiryResult']>;
  InquiryStatus: InquiryStatus;
  InquiryUpdateResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InquiryUpdateResult']>;
  InvalidInput: ResolverTypeWrapper<InvalidInput>;
  ItineraryDay: ResolverTypeWrapper<ItineraryDayRowModel>;
  ItineraryDayInput: ItineraryDayInput;
  ItineraryStep: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ItineraryStep']>;
  ItineraryStepInput: ItineraryStepInput;
  Locale: Locale;
  LocalizedTextInput: LocalizedTextInput;
  LodgingKind: LodgingKind;
  MedicalStep: ResolverTypeWrapper<ItineraryStepRowModel>;
  MinorUnits: ResolverTypeWrapper<Scalars['MinorUnits']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotFound: ResolverTypeWrapper<NotFound>;
  Package: ResolverTypeWrapper<PackageRowModel>;
  PackageConnection: ResolverTypeWrapper<Omit<PackageConnection, 'edges'> & { edges: Array<ResolversTypes['PackageEdge']> }>;
  PackageEdge: ResolverTypeWrapper<Omit<PackageEdge, 'node'> & { node: ResolversTypes['Package'] }>;
  PackageFilter: PackageFilter;
  PackageInput: PackageInput;
  PackageResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PackageResult']>;
  PackageSegment: PackageSegment;
  PackageStatus: PackageStatus;
  PackageText: ResolverTypeWrapper<PackageText>;
  PackageTheme: PackageTheme;
  PackageTranslation: ResolverTypeWrapper<PackageTranslation>;
  PackageVisaInput: PackageVisaInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PriceBreakdown: ResolverTypeWrapper<Omit<PriceBreakdown, 'exchangeRate' | 'lines'> & { exchangeRate?: Maybe<ResolversTypes['ExchangeRate']>, lines: Array<ResolversTypes['PriceLine']> }>;
  PriceKind: PriceKind;
  PriceLine: ResolverTypeWrapper<PriceLineModelModel>;
  PriceLineInput: PriceLineInput;
  Procedure: ResolverTypeWrapper<EntityReferenceModel>;
  PromotionEvent: ResolverTypeWrapper<PromotionEventModelModel>;
  Provider: ResolverTypeWrapper<EntityReferenceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: Region;
  StaleVersion: ResolverTypeWrapper<StaleVersion>;
  StayStep: ResolverTypeWrapper<ItineraryStepRowModel>;
  StepKind: StepKind;
  SubmitInquiryInput: SubmitInquiryInput;
  Throttled: ResolverTypeWrapper<Throttled>;
  TourCategory: TourCategory;
  TourStep: ResolverTypeWrapper<ItineraryStepRowModel>;
  TransferStep: ResolverTypeWrapper<ItineraryStepRowModel>;
  TransportMode: TransportMode;
  VisaInfo: ResolverTypeWrapper<PackageRowModel>;
  VisaType: VisaType;
  WellnessActivity: WellnessActivity;
  WellnessCluster: WellnessCluster;
  WellnessStep: ResolverTypeWrapper<ItineraryStepRowModel>;
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
  ConversionRow: ConversionRow;
  ConversionStats: ConversionStatsModelModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ExchangeRate: ExchangeRateRowModel;
  Float: Scalars['Float']['output'];
  FieldError: FieldError;
  Inquiry: InquiryRowModel;
  InquiryConnection: Omit<InquiryConnection, 'edges'> & { edges: Array<ResolversParentTypes['InquiryEdge']> };
  InquiryContact: InquiryContact;
  InquiryContactInput: InquiryContactInput;
  InquiryEdge: Omit<InquiryEdge, 'node'> & { node: ResolversParentTypes['Inquiry'] };
  InquiryEvent: InquiryEvent;
  InquiryFilter: InquiryFilter;
  InquiryResult: ResolversUnionTypes<ResolversParentTypes>['InquiryResult'];
  InquiryUpdateResult: ResolversUnionTypes<ResolversParentTypes>['InquiryUpdateResult'];
  InvalidInput: InvalidInput;
  ItineraryDay: ItineraryDayRowModel;
  ItineraryDayInput: ItineraryDayInput;
  ItineraryStep: ResolversUnionTypes<ResolversParentTypes>['ItineraryStep'];
  ItineraryStepInput: ItineraryStepInput;
  LocalizedTextInput: LocalizedTextInput;
  MedicalStep: ItineraryStepRowModel;
  MinorUnits: Scalars['MinorUnits']['output'];
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NotFound: NotFound;
  Package: PackageRowModel;
  PackageConnection: Omit<PackageConnection, 'edges'> & { edges: Array<ResolversParentTypes['PackageEdge']> };
  PackageEdge: Omit<PackageEdge, 'node'> & { node: ResolversParentTypes['Package'] };
  PackageFilter: PackageFilter;
  PackageInput: PackageInput;
  PackageResult: ResolversUnionTypes<ResolversParentTypes>['PackageResult'];
  PackageText: PackageText;
  PackageTranslation: PackageTranslation;
  PackageVisaInput: PackageVisaInput;
  PageInfo: PageInfo;
  PriceBreakdown: Omit<PriceBreakdown, 'exchangeRate' | 'lines'> & { exchangeRate?: Maybe<ResolversParentTypes['ExchangeRate']>, lines: Array<ResolversParentTypes['PriceLine']> };
  PriceLine: PriceLineModelModel;
  PriceLineInput: PriceLineInput;
  Procedure: EntityReferenceModel;
  PromotionEvent: PromotionEventModelModel;
  Provider: EntityReferenceModel;
  Query: Record<PropertyKey, never>;
  StaleVersion: StaleVersion;
  StayStep: ItineraryStepRowModel;
  SubmitInquiryInput: SubmitInquiryInput;
  Throttled: Throttled;
  TourStep: ItineraryStepRowModel;
  TransferStep: ItineraryStepRowModel;
  VisaInfo: PackageRowModel;
  WellnessStep: ItineraryStepRowModel;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = ItinerariesContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditChangeResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
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

export type AuditEntryConnectionResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CampaignResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  inquiryStats?: Resolver<Maybe<ResolversTypes['ConversionStats']>, ParentType, ContextType>;
  packages?: Resolver<Maybe<Array<ResolversTypes['Package']>>, ParentType, ContextType>;
  trackingCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConversionRowResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['ConversionRow'] = ResolversParentTypes['ConversionRow']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  siteKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConversionStatsResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['ConversionStats'] = ResolversParentTypes['ConversionStats']> = {
  breakdown?: Resolver<Array<ResolversTypes['ConversionRow']>, ParentType, ContextType>;
  breakdownTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExchangeRateResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['ExchangeRate'] = ResolversParentTypes['ExchangeRate']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  krwPerUnit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FieldErrorResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InquiryResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['Inquiry'] = ResolversParentTypes['Inquiry']> = {
  campaignCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['InquiryContact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['InquiryEvent']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['Package']>, ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preferredStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InquiryStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InquiryConnectionResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['InquiryConnection'] = ResolversParentTypes['InquiryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InquiryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InquiryContactResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['InquiryContact'] = ResolversParentTypes['InquiryContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InquiryEdgeResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['InquiryEdge'] = ResolversParentTypes['InquiryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
};

export type InquiryEventResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['InquiryEvent'] = ResolversParentTypes['InquiryEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['DeliveryStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InquiryEventKind'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['InquiryStatus']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InquiryResultResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['InquiryResult'] = ResolversParentTypes['InquiryResult']> = {
  __resolveType: TypeResolveFn<'Inquiry' | 'InvalidInput' | 'NotFound' | 'Throttled', ParentType, ContextType>;
};

export type InquiryUpdateResultResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['InquiryUpdateResult'] = ResolversParentTypes['InquiryUpdateResult']> = {
  __resolveType: TypeResolveFn<'Inquiry' | 'InvalidInput' | 'NotFound' | 'StaleVersion', ParentType, ContextType>;
};

export type InvalidInputResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['InvalidInput'] = ResolversParentTypes['InvalidInput']> = {
  fields?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ItineraryDayResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['ItineraryDay'] = ResolversParentTypes['ItineraryDay']> = {
  day?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ItineraryStep']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ItineraryDayTitleArgs, 'locale'>>;
};

export type ItineraryStepResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['ItineraryStep'] = ResolversParentTypes['ItineraryStep']> = {
  __resolveType: TypeResolveFn<'MedicalStep' | 'StayStep' | 'TourStep' | 'TransferStep' | 'WellnessStep', ParentType, ContextType>;
};

export type MedicalStepResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['MedicalStep'] = ResolversParentTypes['MedicalStep']> = {
  procedure?: Resolver<Maybe<ResolversTypes['Procedure']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MedicalStepTitleArgs, 'locale'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface MinorUnitsScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MinorUnits'], any> {
  name: 'MinorUnits';
}

export type MoneyResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addInquiryNote?: Resolver<ResolversTypes['InquiryUpdateResult'], ParentType, ContextType, RequireFields<MutationAddInquiryNoteArgs, 'id' | 'text'>>;
  createPackage?: Resolver<ResolversTypes['PackageResult'], ParentType, ContextType, RequireFields<MutationCreatePackageArgs, 'input'>>;
  replyToInquiry?: Resolver<ResolversTypes['InquiryUpdateResult'], ParentType, ContextType, RequireFields<MutationReplyToInquiryArgs, 'id' | 'text'>>;
  setInquiryStatus?: Resolver<ResolversTypes['InquiryUpdateResult'], ParentType, ContextType, RequireFields<MutationSetInquiryStatusArgs, 'id' | 'status'>>;
  setPackageStatus?: Resolver<ResolversTypes['PackageResult'], ParentType, ContextType, RequireFields<MutationSetPackageStatusArgs, 'id' | 'status'>>;
  submitInquiry?: Resolver<ResolversTypes['InquiryResult'], ParentType, ContextType, RequireFields<MutationSubmitInquiryArgs, 'input'>>;
  updatePackage?: Resolver<ResolversTypes['PackageResult'], ParentType, ContextType, RequireFields<MutationUpdatePackageArgs, 'id' | 'input'>>;
};

export type NotFoundResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PackageResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['Package'] = ResolversParentTypes['Package'], FederationReferenceType extends FederationReferenceTypes['Package'] = FederationReferenceTypes['Package']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Package']> | FederationReferenceType, FederationReferenceType, ContextType>;
  days?: Resolver<Array<ResolversTypes['ItineraryDay']>, ParentType, ContextType>;
  durationDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiries?: Resolver<Maybe<ResolversTypes['InquiryConnection']>, ParentType, ContextType, RequireFields<PackageInquiriesArgs, 'first'>>;
  maxGuardians?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType, RequireFields<PackagePriceArgs, 'currency'>>;
  priceBreakdown?: Resolver<ResolversTypes['PriceBreakdown'], ParentType, ContextType, RequireFields<PackagePriceBreakdownArgs, 'currency'>>;
  priceFrom?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  procedures?: Resolver<Maybe<Array<ResolversTypes['Procedure']>>, ParentType, ContextType>;
  providers?: Resolver<Maybe<Array<ResolversTypes['Provider']>>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['PackageSegment'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PackageStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PackageSummaryArgs, 'locale'>>;
  texts?: Resolver<Array<ResolversTypes['PackageText']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['PackageTheme'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PackageTitleArgs, 'locale'>>;
  translations?: Resolver<Array<ResolversTypes['PackageTranslation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visa?: Resolver<ResolversTypes['VisaInfo'], ParentType, ContextType>;
  wellnessCluster?: Resolver<Maybe<ResolversTypes['WellnessCluster']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PackageConnectionResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['PackageConnection'] = ResolversParentTypes['PackageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PackageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PackageEdgeResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['PackageEdge'] = ResolversParentTypes['PackageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
};

export type PackageResultResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['PackageResult'] = ResolversParentTypes['PackageResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'Package' | 'StaleVersion', ParentType, ContextType>;
};

export type PackageTextResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['PackageText'] = ResolversParentTypes['PackageText']> = {
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PackageTranslationResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['PackageTranslation'] = ResolversParentTypes['PackageTranslation']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PriceBreakdownResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['PriceBreakdown'] = ResolversParentTypes['PriceBreakdown']> = {
  exchangeRate?: Resolver<Maybe<ResolversTypes['ExchangeRate']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PriceLine']>, ParentType, ContextType>;
  medical?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  nonMedical?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PriceLineResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['PriceLine'] = ResolversParentTypes['PriceLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PriceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PriceLineLabelArgs, 'locale'>>;
};

export type ProcedureResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['Procedure'] = ResolversParentTypes['Procedure']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PromotionEventResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['PromotionEvent'] = ResolversParentTypes['PromotionEvent'], FederationReferenceType extends FederationReferenceTypes['PromotionEvent'] = FederationReferenceTypes['PromotionEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PromotionEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itinerary?: Resolver<Maybe<ResolversTypes['Package']>, ParentType, ContextType>;
  packages?: Resolver<Maybe<Array<ResolversTypes['Package']>>, ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider'], FederationReferenceType extends FederationReferenceTypes['Provider'] = FederationReferenceTypes['Provider']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Provider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  packages?: Resolver<Maybe<Array<ResolversTypes['Package']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exchangeRates?: Resolver<Array<ResolversTypes['ExchangeRate']>, ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['Package']>, ParentType, ContextType, Partial<QueryPackageArgs>>;
  packages?: Resolver<ResolversTypes['PackageConnection'], ParentType, ContextType, RequireFields<QueryPackagesArgs, 'first'>>;
  regionAuditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryRegionAuditTrailArgs, 'first' | 'region'>>;
  regionInquiries?: Resolver<ResolversTypes['InquiryConnection'], ParentType, ContextType, RequireFields<QueryRegionInquiriesArgs, 'first' | 'region'>>;
};

export type StaleVersionResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['StaleVersion'] = ResolversParentTypes['StaleVersion']> = {
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StayStepResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['StayStep'] = ResolversParentTypes['StayStep']> = {
  lodging?: Resolver<ResolversTypes['LodgingKind'], ParentType, ContextType>;
  nights?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<StayStepTitleArgs, 'locale'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThrottledResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['Throttled'] = ResolversParentTypes['Throttled']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TourStepResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['TourStep'] = ResolversParentTypes['TourStep']> = {
  category?: Resolver<ResolversTypes['TourCategory'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<TourStepDescriptionArgs, 'locale'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<TourStepTitleArgs, 'locale'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransferStepResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['TransferStep'] = ResolversParentTypes['TransferStep']> = {
  durationMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<TransferStepTitleArgs, 'locale'>>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transport?: Resolver<ResolversTypes['TransportMode'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VisaInfoResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['VisaInfo'] = ResolversParentTypes['VisaInfo']> = {
  eVisaEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<VisaInfoNotesArgs, 'locale'>>;
  recommended?: Resolver<ResolversTypes['VisaType'], ParentType, ContextType>;
  transferVisaFree?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WellnessStepResolvers<ContextType = ItinerariesContext, ParentType extends ResolversParentTypes['WellnessStep'] = ResolversParentTypes['WellnessStep']> = {
  activity?: Resolver<ResolversTypes['WellnessActivity'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<WellnessStepDescriptionArgs, 'locale'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<WellnessStepTitleArgs, 'locale'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = ItinerariesContext> = {
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  ConversionRow?: ConversionRowResolvers<ContextType>;
  ConversionStats?: ConversionStatsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ExchangeRate?: ExchangeRateResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  Inquiry?: InquiryResolvers<ContextType>;
  InquiryConnection?: InquiryConnectionResolvers<ContextType>;
  InquiryContact?: InquiryContactResolvers<ContextType>;
  InquiryEdge?: InquiryEdgeResolvers<ContextType>;
  InquiryEvent?: InquiryEventResolvers<ContextType>;
  InquiryResult?: InquiryResultResolvers<ContextType>;
  InquiryUpdateResult?: InquiryUpdateResultResolvers<ContextType>;
  InvalidInput?: InvalidInputResolvers<ContextType>;
  ItineraryDay?: ItineraryDayResolvers<ContextType>;
  ItineraryStep?: ItineraryStepResolvers<ContextType>;
  MedicalStep?: MedicalStepResolvers<ContextType>;
  MinorUnits?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  Package?: PackageResolvers<ContextType>;
  PackageConnection?: PackageConnectionResolvers<ContextType>;
  PackageEdge?: PackageEdgeResolvers<ContextType>;
  PackageResult?: PackageResultResolvers<ContextType>;
  PackageText?: PackageTextResolvers<ContextType>;
  PackageTranslation?: PackageTranslationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriceBreakdown?: PriceBreakdownResolvers<ContextType>;
  PriceLine?: PriceLineResolvers<ContextType>;
  Procedure?: ProcedureResolvers<ContextType>;
  PromotionEvent?: PromotionEventResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StaleVersion?: StaleVersionResolvers<ContextType>;
  StayStep?: StayStepResolvers<ContextType>;
  Throttled?: ThrottledResolvers<ContextType>;
  TourStep?: TourStepResolvers<ContextType>;
  TransferStep?: TransferStepResolvers<ContextType>;
  VisaInfo?: VisaInfoResolvers<ContextType>;
  WellnessStep?: WellnessStepResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ItinerariesContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};

/**
 * The most items some lists that grow with the data return. Each subgraph enforces its cap in the one batched SQL
 * statement that reads the list (ranked per parent, `row_number() … <= cap`), and the gateway's cost model
 * (gateway/limits.ts LIST_BOUNDS) reads the same numbers, so the cost it charges for a list is never below what a
 * subgraph can answer.
 */

/**
 * `Package.campaigns`: active campaigns promoting one package, newest first (campaigns subgraph,
 * `activeCampaignsOfPackages`). A package card shows a badge or two, not a campaign archive.
 */
export const MAX_CAMPAIGNS_PER_PACKAGE = 20;

/**
 * `Provider.packages`: packages with a medical step at one provider that the caller may see, by slug (itineraries
 * subgraph, `packagesOfProviders`). A provider's page links its packages; the catalogue is searched with `packages`.
 */
export const MAX_PACKAGES_PER_PROVIDER = 50;

/**
 * `CampaignStats.traffic`: rows per Korean day × visitor country × embed site of one campaign (campaigns subgraph,
 * `trafficOf`). Over the cap the most recent rows are kept; the headline totals still count every event.
 */
export const MAX_TRAFFIC_ROWS = 1_000;

/**
 * `ConversionStats.breakdown`: rows per Korean day × nationality × embed site of one campaign's inquiries or bookings
 * (core/attribution.ts `conversionCounts`, for the itineraries and providers subgraphs). Over the cap the most recent
 * rows are kept; `total` still counts every record.
 */
export const MAX_CONVERSION_ROWS = 1_000;

/**
 * `AuditEntry.changes`: the changed fields one audit entry lists, in field order (core/audit.ts `auditChanges`). A
 * package rewritten in ten languages changes thousands of texts at once; `changeCount` still counts them all.
 */
export const MAX_AUDIT_CHANGES = 100;

/**
 * The most promotion events `myPromotionEvents` returns (campaigns subgraph), earliest first. The gateway's cost model charges a list for
 * this many (gateway/limits.ts), and the console's calendar selection costs about 130 per event, so 100 keeps the
 * calendar at 13,000 of the 30,000 allowed; a month holds far fewer, and a longer window that reaches the cap is cut.
 */
export const MAX_CALENDAR_EVENTS = 100;

/**
 * `Inquiry.history`: the events one inquiry shows (itineraries subgraph, `eventsOf`). Over it the most recent are kept (a years-long exchange shows its
 * latest part); gateway/limits.ts charges the list for this many.
 */
export const MAX_INQUIRY_HISTORY = 100;

/**
 * The most places one slot offers (providers subgraph, slot-management.ts), and so the most appointments holding
 * places on it (`Slot.bookings`).
 */
export const MAX_SLOT_CAPACITY = 50;

/** `SlotPatternPublished.slots`: the most slots one weekly pattern publishes, in one transaction. */
export const MAX_PATTERN_SLOTS = 500;

/** `Provider.calendarFeeds`: the feeds listed, newest first (providers subgraph, calendar-feeds.ts). */
export const MAX_CALENDAR_FEEDS_LISTED = 50;

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

/**
 * How much of an itinerary is described day by day. A long stay (a G-1-10 patient stays up to a year) is still
 * described by its first month, with its later weeks as a stay step (`nights`): a visitor reads a day-by-day plan of
 * a few weeks, never 365 pages of it. The itineraries subgraph enforces these on every write (input validation and
 * CHECK constraints), and the gateway's cost model reads the same numbers, so what it charges for `Package.days` and
 * `ItineraryDay.steps` is never below what a package can hold.
 */
export const MAX_ITINERARY_DAYS = 30;

/** Steps on one day: a treatment, a transfer, a tour and a stay leave room for a few more, not for a timetable. */
export const MAX_STEPS_PER_DAY = 10;

/** Price lines of one package: medical and non-medical costs itemised, not an invoice. */
export const MAX_PRICE_LINES = 20;

/**
 * `PackageTranslation.missing`: the most texts a package holds (title, summary, visa notes; each day's title, each
 * step's title and description; each price line's label), as packageInputSchema bounds them.
 */
export const MAX_PACKAGE_TEXTS = 3 + MAX_ITINERARY_DAYS * (1 + 2 * MAX_STEPS_PER_DAY) + MAX_PRICE_LINES;

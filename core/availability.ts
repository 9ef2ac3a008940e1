/**
 * How much one `Provider.availability(from, to)` call may return. The providers subgraph enforces it (the range in
 * its argument validation, the count with a SQL `LIMIT`), and the gateway's cost model reads the same numbers, so
 * the cost it charges for the list is never below what the subgraph can answer.
 */

/** The longest window one call may ask for. */
export const MAX_AVAILABILITY_DAYS = 62;

/**
 * Slots one call returns at most, the earliest first: a widget's calendar page, not a data export. A busy clinic
 * with more open slots in the window shows them when the visitor moves the window on.
 */
export const MAX_SLOTS_PER_CALL = 500;

/** Slots one call returns at most per day of its window (a 1-day window returns at most this many). */
export const MAX_SLOTS_PER_DAY = 40;

const DAY_MS = 86_400_000;

/**
 * The most slots a call over [from, to) returns: 40 per started day of the window, never more than 500. A window
 * the subgraph refuses (reversed, longer than 62 days, unparseable) counts as the largest.
 */
export function availabilitySlotLimit(from: Date, to: Date): number {
  const span = to.getTime() - from.getTime();
  if (!(span > 0) || span > MAX_AVAILABILITY_DAYS * DAY_MS) return MAX_SLOTS_PER_CALL;
  return Math.min(MAX_SLOTS_PER_CALL, Math.ceil(span / DAY_MS) * MAX_SLOTS_PER_DAY);
}

import { and, eq, inArray, sql } from 'drizzle-orm';
import { koreaDate } from '../../core/time';
import type { CampaignsDb } from './data';
import type { TrackingRejection } from './models';
import { campaignEvents, trackingRejections } from './schema';

/** An event that passed every rule tracking.ts checks before storage; the view id is known by then. */
export type TrackedEvent = Omit<typeof campaignEvents.$inferInsert, 'viewId' | 'occurredAt'> & {
  viewId: string;
  occurredAt: Date;
};

/** What the buffer is given: an event to store, or an event already refused (only its counter is stored). */
export type TrackingEntry =
  { event: TrackedEvent } | { rejected: { campaignId: string; reason: TrackingRejection; occurredAt: Date } };

/** What became of an entry once its batch is stored. */
export type TrackingOutcome = 'COUNTED' | TrackingRejection;

/** A click counts only this long after its view's impression: view ids are short-lived. */
export const CLICK_WINDOW_MS = 30 * 60_000;

interface Waiting<TItem, TOutcome> {
  item: TItem;
  written: (outcome: TOutcome) => void;
  failed: (error: unknown) => void;
}

/** Entries per batch; a burst larger than this is written in several batches of this size. */
const BATCH_SIZE = 500;
/** How long the first entry of a batch waits for others: the banner does not wait on the answer. */
const MAX_DELAY_MS = 200;

/**
 * Impressions and clicks arrive in bursts (a campaign going live sends thousands a second); writing one INSERT
 * per event would spend the database on round trips. Entries wait here up to MAX_DELAY_MS or until BATCH_SIZE
 * have gathered, then are written together. Each caller's promise settles with its own entry's outcome once the
 * batch is stored (or the write failed), so nothing is acknowledged that is not written, and a shutdown that
 * drains in-flight requests also drains this buffer. One batch is written at a time.
 */
export class EventBuffer<TItem, TOutcome> {
  private waiting: Waiting<TItem, TOutcome>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  /** `write` answers one outcome per item, in the items' order. */
  constructor(private readonly write: (items: TItem[]) => Promise<TOutcome[]>) {}

  add(item: TItem): Promise<TOutcome> {
    return new Promise((written, failed) => {
      this.waiting.push({ item, written, failed });
      if (this.waiting.length >= BATCH_SIZE) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), MAX_DELAY_MS);
    });
  }

  /** Writes everything waiting now; resolves when it is stored. Stats call it first, to count every event. */
  flush(): Promise<void> {
    this.writing = this.writing.then(() => this.writeWaiting());
    return this.writing;
  }

  private async writeWaiting(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, BATCH_SIZE);
      try {
        const outcomes = await this.write(batch.map((entry) => entry.item));
        batch.forEach((entry, index) => {
          const outcome = outcomes[index];
          if (outcome === undefined) entry.failed(new Error('the batch answered fewer outcomes than entries'));
          else entry.written(outcome);
        });
      } catch (error) {
        for (const entry of batch) entry.failed(error);
      }
    }
  }
}

const viewKey = (event: { campaignId: string; viewId: string }) => `${event.campaignId}|${event.viewId}`;

/**
 * Stores one batch in one transaction: impressions first, then the clicks whose view has a stored impression (same
 * site, placement and country) from the CLICK_WINDOW_MS before them, each with ON CONFLICT DO NOTHING on
 * (campaign, view, kind), so a kind counts once per view even when replicas race; then one counter upsert for
 * everything refused. Answers one outcome per entry, in order.
 */
export async function writeTracking(db: CampaignsDb, entries: TrackingEntry[]): Promise<TrackingOutcome[]> {
  const outcomes: TrackingOutcome[] = entries.map((entry) => ('rejected' in entry ? entry.rejected.reason : 'COUNTED'));
  const impressions: number[] = [];
  const clicks: number[] = [];
  const inBatch = new Set<string>();
  entries.forEach((entry, index) => {
    if (!('event' in entry)) return;
    const key = `${viewKey(entry.event)}|${entry.event.kind}`;
    if (inBatch.has(key)) outcomes[index] = 'DUPLICATE';
    else (entry.event.kind === 'IMPRESSION' ? impressions : clicks).push(index);
    inBatch.add(key);
  });
  const eventAt = (index: number) => (entries[index] as { event: TrackedEvent }).event;
  const conflict = { target: [campaignEvents.campaignId, campaignEvents.viewId, campaignEvents.kind] };
  const stored = { campaignId: campaignEvents.campaignId, viewId: campaignEvents.viewId };

  await db.transaction(async (tx) => {
    if (impressions.length > 0) {
      const written = await tx
        .insert(campaignEvents)
        .values(impressions.map(eventAt))
        .onConflictDoNothing(conflict)
        .returning(stored);
      const counted = new Set(written.map((row) => `${row.campaignId}|${row.viewId}`));
      for (const index of impressions) if (!counted.has(viewKey(eventAt(index)))) outcomes[index] = 'DUPLICATE';
    }
    if (clicks.length > 0) {
      const asked = clicks.map(eventAt);
      const seen = await tx
        .select({
          ...stored,
          siteKey: campaignEvents.siteKey,
          placement: campaignEvents.placement,
          country: campaignEvents.country,
          occurredAt: campaignEvents.occurredAt,
        })
        .from(campaignEvents)
        .where(
          and(
            inArray(campaignEvents.campaignId, [...new Set(asked.map((event) => event.campaignId))]),
            inArray(campaignEvents.viewId, [...new Set(asked.map((event) => event.viewId))]),
            eq(campaignEvents.kind, 'IMPRESSION'),
          ),
        );
      const shownIn = new Map(seen.map((row) => [`${row.campaignId}|${row.viewId}`, row]));
      // The impression of the same page view: same site, placement and country, shortly before.
      const eligible = clicks.filter((index) => {
        const click = eventAt(index);
        const shown = shownIn.get(viewKey(click));
        const paired =
          shown !== undefined &&
          shown.siteKey === click.siteKey &&
          shown.placement === (click.placement ?? null) &&
          shown.country === (click.country ?? null) &&
          click.occurredAt.getTime() - shown.occurredAt.getTime() <= CLICK_WINDOW_MS;
        if (!paired) outcomes[index] = 'CLICK_WITHOUT_IMPRESSION';
        return paired;
      });
      if (eligible.length > 0) {
        const written = await tx
          .insert(campaignEvents)
          .values(eligible.map(eventAt))
          .onConflictDoNothing(conflict)
          .returning(stored);
        const counted = new Set(written.map((row) => `${row.campaignId}|${row.viewId}`));
        for (const index of eligible) if (!counted.has(viewKey(eventAt(index)))) outcomes[index] = 'DUPLICATE';
      }
    }
    const counters = new Map<string, typeof trackingRejections.$inferInsert>();
    entries.forEach((entry, index) => {
      const outcome = outcomes[index];
      if (outcome === undefined || outcome === 'COUNTED') return;
      const at = 'rejected' in entry ? entry.rejected : entry.event;
      const day = koreaDate(at.occurredAt);
      const key = `${at.campaignId}|${day}|${outcome}`;
      const counter = counters.get(key) ?? { campaignId: at.campaignId, day, reason: outcome, count: 0 };
      counter.count += 1;
      counters.set(key, counter);
    });
    if (counters.size > 0) {
      await tx
        .insert(trackingRejections)
        .values([...counters.values()])
        .onConflictDoUpdate({
          target: [trackingRejections.campaignId, trackingRejections.day, trackingRejections.reason],
          set: { count: sql`${trackingRejections.count} + excluded.count` },
        });
    }
  });
  return outcomes;
}

const buffers = new WeakMap<CampaignsDb, EventBuffer<TrackingEntry, TrackingOutcome>>();

/** One buffer per database handle, shared by every request of the service. */
export function eventBufferFor(db: CampaignsDb): EventBuffer<TrackingEntry, TrackingOutcome> {
  let buffer = buffers.get(db);
  if (!buffer) {
    buffer = new EventBuffer((entries) => writeTracking(db, entries));
    buffers.set(db, buffer);
  }
  return buffer;
}

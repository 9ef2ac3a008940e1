import type { CampaignsDb } from './data';
import { campaignEvents } from './schema';

type EventRow = typeof campaignEvents.$inferInsert;

interface Waiting {
  row: EventRow;
  written: () => void;
  failed: (error: unknown) => void;
}

/** Events per INSERT; a burst larger than this is written in several statements of this size. */
const BATCH_SIZE = 500;
/** How long the first event of a batch waits for others: the banner does not wait on the answer. */
const MAX_DELAY_MS = 200;

/**
 * Impressions and clicks arrive in bursts (a campaign going live sends thousands a second); writing one INSERT
 * per event would spend the database on round trips. Events wait here up to MAX_DELAY_MS or until BATCH_SIZE
 * have gathered, then go in one multi-row INSERT. Each caller's promise settles when its own event is stored
 * (or the write failed), so nothing is acknowledged that is not written, and a shutdown that drains in-flight
 * requests also drains this buffer. One batch is written at a time.
 */
export class EventBuffer {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly write: (rows: EventRow[]) => Promise<unknown>) {}

  add(row: EventRow): Promise<void> {
    return new Promise((written, failed) => {
      this.waiting.push({ row, written, failed });
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
        await this.write(batch.map((entry) => entry.row));
        for (const entry of batch) entry.written();
      } catch (error) {
        for (const entry of batch) entry.failed(error);
      }
    }
  }
}

const buffers = new WeakMap<CampaignsDb, EventBuffer>();

/** One buffer per database handle, shared by every request of the service. */
export function eventBufferFor(db: CampaignsDb): EventBuffer {
  let buffer = buffers.get(db);
  if (!buffer) {
    buffer = new EventBuffer((rows) => db.insert(campaignEvents).values(rows));
    buffers.set(db, buffer);
  }
  return buffer;
}

import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './db';
import type { Logger } from './logger';
import type { Mailer, OutgoingMail } from './mail';

/** Messages claimed at once, and sent side by side. */
const BATCH_SIZE = 10;
/**
 * How long a claim holds its messages. Every send ends well inside it (core/mail.ts bounds SMTP's waits), so while
 * a worker is alive no other one takes its messages; when it crashed, they wait this long and go again.
 */
const LEASE_MS = 60_000;
const LAST_ERROR_CHARS = 300;

/**
 * The columns every outbox table has (subgraphs/providers/schema.ts outbox_messages, subgraphs/itineraries/schema.ts
 * reply_outbox), whatever else it holds about its messages. `status` is PENDING until sent (SENT), refused for good
 * (FAILED) or no longer applying (SKIPPED, for outboxes whose messages can lapse).
 */
export type OutboxTable = PgTable & {
  id: PgColumn;
  status: PgColumn;
  notBefore: PgColumn;
  attempts: PgColumn;
  leaseUntil: PgColumn;
  lastError: PgColumn;
  sentAt: PgColumn;
};

/** What a worker needs of a claimed row: its id (the Message-ID) and the attempt its claim counted. */
export interface OutboxRow {
  id: string;
  attempts: number;
}

type Settlement =
  | { status: 'SENT'; sentAt: Date; lastError: null }
  | { status: 'FAILED'; lastError: string }
  | { status: 'SKIPPED' }
  | { notBefore: Date; lastError: string };

/**
 * Claims due messages: PENDING, due, and not leased (or leased by a worker that has since lost its lease), oldest
 * due first. One statement: rows another worker is claiming at the same instant are skipped, not waited for, and a
 * row claimed meanwhile fails the re-check of the condition, so no two live workers hold one message. Each claim
 * counts an attempt, which also identifies it (see settle).
 */
function claim<Row extends OutboxRow>(db: Database<Record<string, unknown>>, table: OutboxTable, now: Date) {
  const due = db
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        eq(table.status, 'PENDING'),
        lte(table.notBefore, now),
        or(isNull(table.leaseUntil), lt(table.leaseUntil, now)),
      ),
    )
    .orderBy(asc(table.notBefore))
    .limit(BATCH_SIZE)
    .for('update', { skipLocked: true });
  return db
    .update(table)
    .set({ leaseUntil: new Date(now.getTime() + LEASE_MS), attempts: sql`${table.attempts} + 1` } as never)
    .where(inArray(table.id, due))
    .returning() as unknown as Promise<Row[]>;
}

/**
 * Records what became of a claimed message, only while the claim is still this worker's (same attempt, still
 * PENDING): a worker that outlived its lease cannot overwrite the claim that replaced it, nor a message that a
 * change skipped meanwhile.
 */
async function settle(
  db: Database<Record<string, unknown>>,
  table: OutboxTable,
  row: OutboxRow,
  change: Settlement,
): Promise<void> {
  await db
    .update(table)
    .set({ leaseUntil: null, ...change } as never)
    .where(and(eq(table.id, row.id), eq(table.attempts, row.attempts), eq(table.status, 'PENDING')));
}

/** 1 s after the first failed attempt, doubling, at most `maxSeconds`. */
export function retryDelayMs(attempts: number, maxSeconds: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), maxSeconds) * 1_000;
}

/**
 * The server refused this message for good: a 5xx answer to its recipient or its content. A 5xx at connecting,
 * signing in or to the sender is the service's own configuration, and every message waits for it to be fixed.
 */
export function refusedForGood(error: unknown): boolean {
  const { code, responseCode, command } = error as { code?: unknown; responseCode?: unknown; command?: unknown };
  return (
    code === 'EENVELOPE' &&
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    responseCode < 600 &&
    (command === 'RCPT TO' || command === 'DATA')
  );
}

const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/** The transport's code, reply code and step and its message with every e-mail address taken out: no personal data. */
export function describeFailure(error: unknown): string {
  const { code, responseCode, command } = error as { code?: unknown; responseCode?: unknown; command?: unknown };
  const labels = [code, responseCode, command].filter((part) => typeof part === 'string' || typeof part === 'number');
  const message = (error instanceof Error ? error.message : String(error)).replace(ADDRESS, '<address>');
  return [labels.join(' '), message].filter(Boolean).join(': ').slice(0, LAST_ERROR_CHARS);
}

const failureCode = (error: unknown) => (error as { code?: unknown }).code ?? null;

/**
 * Wakes a process's delivery worker once a transaction that wrote messages has committed, rather than leaving them
 * to its next poll: woken before the commit, it would find nothing. One per outbox.
 */
export interface OutboxSignal<TDb extends Database<Record<string, unknown>>> {
  /** Says the transaction `tx` wrote messages (call it inside the transaction). */
  recorded(tx: TDb): void;
  /** Runs `work` in one transaction, as db.transaction does, and wakes the worker after it if it recorded messages. */
  transaction<T>(db: TDb, work: (tx: TDb) => Promise<T>): Promise<T>;
  /** Called after each commit that recorded messages in this process; answers the function that unsubscribes. */
  onCommitted(listener: () => void): () => void;
}

export function outboxSignal<TDb extends Database<Record<string, unknown>>>(): OutboxSignal<TDb> {
  const recordedIn = new WeakSet<object>();
  const listeners = new Set<() => void>();
  return {
    recorded: (tx) => void recordedIn.add(tx),
    async transaction(db, work) {
      let used: TDb | undefined;
      const result = await db.transaction((tx) => {
        used = tx as unknown as TDb;
        return work(used);
      });
      if (used && recordedIn.has(used)) for (const listener of listeners) listener();
      return result;
    },
    onCommitted(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface OutboxWorkerOptions<Row extends OutboxRow> {
  db: Database<Record<string, unknown>>;
  table: OutboxTable;
  mailer: Mailer;
  logger: Logger;
  /** Wakes the worker after this process commits messages. */
  signal: Pick<OutboxSignal<never>, 'onCommitted'>;
  /**
   * The e-mail a claimed row says, composed as things are now; null when it no longer applies (SKIPPED). An error
   * (the database away) is retried like a failed send. `now` is when the batch was claimed.
   */
  compose(row: Row, now: Date): Promise<OutgoingMail | null>;
  /** For the logs: what kind of message the row is (never its recipient or content). */
  describe(row: Row): Record<string, unknown>;
  pollMs: number;
  /** The longest wait between attempts; from 1 s, doubling. */
  retryMaxSeconds: number;
}

type Outcome = 'sent' | 'skipped' | 'failed' | 'retrying';

/**
 * A delivery worker for one outbox table: claims due rows, composes each (one that no longer applies is SKIPPED),
 * sends it with the stable Message-ID `<id@domain>` and marks it SENT. A failed send waits 1 s, 2 s, 4 s … at most
 * `retryMaxSeconds` and goes again, so nothing is lost across an outage and a waiting message goes within that long
 * of the mail server's return; a permanent refusal (5xx) is FAILED. `lastError` keeps the transport's code and
 * message without addresses. Several workers on one database (replicas) never hold the same message. Delivery is at
 * least once: a worker that crashes after the server took a message but before marking it SENT leaves a lease that
 * expires, and the message is sent again with the same Message-ID, by which receivers recognise it. Wakes every
 * `pollMs`, and at once after this process commits messages (`signal`).
 */
export function startOutboxWorker<Row extends OutboxRow>(options: OutboxWorkerOptions<Row>): { stop(): Promise<void> } {
  const { db, table, mailer, logger } = options;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | null = null;
  let wokenMeanwhile = false;

  async function deliver(row: Row, now: Date): Promise<Outcome> {
    let message: OutgoingMail | null;
    try {
      message = await options.compose(row, now);
    } catch (error) {
      return retryLater(row, error);
    }
    if (!message) {
      await settle(db, table, row, { status: 'SKIPPED' });
      return 'skipped';
    }
    try {
      await mailer.send(row.id, message);
    } catch (error) {
      if (!refusedForGood(error)) return retryLater(row, error);
      await settle(db, table, row, { status: 'FAILED', lastError: describeFailure(error) });
      logger.warn(
        { outboxId: row.id, ...options.describe(row), code: failureCode(error) },
        'message refused by the mail server',
      );
      return 'failed';
    }
    await settle(db, table, row, { status: 'SENT', sentAt: new Date(), lastError: null });
    return 'sent';
  }

  async function retryLater(row: Row, error: unknown): Promise<Outcome> {
    const notBefore = new Date(Date.now() + retryDelayMs(row.attempts, options.retryMaxSeconds));
    await settle(db, table, row, { notBefore, lastError: describeFailure(error) });
    logger.warn(
      { outboxId: row.id, ...options.describe(row), attempts: row.attempts, code: failureCode(error) },
      'message not delivered; will retry',
    );
    return 'retrying';
  }

  /** One claim and its sends; answers how many were claimed. */
  async function batch(): Promise<number> {
    const now = new Date();
    const claimed = await claim<Row>(db, table, now);
    if (claimed.length === 0) return 0;
    const outcomes = await Promise.allSettled(claimed.map((row) => deliver(row, now)));
    const tally: Record<Outcome | 'unsettled', number> = { sent: 0, skipped: 0, failed: 0, retrying: 0, unsettled: 0 };
    // An outcome that could not be recorded (the database went away) keeps its lease and goes again after it.
    for (const outcome of outcomes) tally[outcome.status === 'fulfilled' ? outcome.value : 'unsettled'] += 1;
    logger.info({ claimed: claimed.length, ...tally }, 'outbox batch');
    return claimed.length;
  }

  async function drain() {
    try {
      // A full batch may have left more behind: go on until one comes back short.
      let claimed = BATCH_SIZE;
      while (!stopping && claimed === BATCH_SIZE) claimed = await batch();
    } catch (error) {
      logger.warn({ code: failureCode(error), error: describeFailure(error) }, 'outbox delivery could not claim');
    }
  }

  function wake() {
    clearTimeout(timer);
    if (stopping) return;
    if (inFlight) {
      wokenMeanwhile = true;
      return;
    }
    inFlight = drain().finally(() => {
      inFlight = null;
      if (wokenMeanwhile) {
        wokenMeanwhile = false;
        wake();
      } else if (!stopping) {
        timer = setTimeout(wake, options.pollMs).unref();
      }
    });
  }

  const unsubscribe = options.signal.onCommitted(wake);
  wake();
  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      unsubscribe();
      await inFlight;
    },
  };
}

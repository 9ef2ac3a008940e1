import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Logger } from '../../core/logger';
import type { Mailer } from '../../core/mail';
import type { ProvidersDb } from './data';
import { composeMessage } from './messages/index';
import { onMessagesCommitted } from './outbox';
import { outboxMessages, type OutboxMessageRow } from './schema';

/** Messages claimed at once, and sent side by side. */
const BATCH_SIZE = 10;
/**
 * How long a claim holds its messages. Every send ends well inside it (core/mail.ts bounds SMTP's waits), so while
 * a worker is alive no other one takes its messages; when it crashed, they wait this long and go again.
 */
const LEASE_MS = 60_000;
const LAST_ERROR_CHARS = 300;

export interface DeliveryOptions {
  db: ProvidersDb;
  mailer: Mailer;
  logger: Logger;
  /** For the manage links the messages carry (derived, never stored). */
  serviceKey: string;
  /** The gateway's public origin, for the links. */
  publicUrl: string;
  /** MAIL_FROM, the calendar event's organiser. */
  mailFrom: string;
  pollMs: number;
  /** The longest wait between attempts; from 1 s, doubling. */
  retryMaxSeconds: number;
}

type Outcome = 'sent' | 'skipped' | 'failed' | 'retrying';

/**
 * Claims due messages: PENDING, due, and not leased (or leased by a worker that has since lost its lease), oldest
 * due first. One statement: rows another worker is claiming at the same instant are skipped, not waited for, and a
 * row claimed meanwhile fails the re-check of the condition, so no two live workers hold one message. Each claim
 * counts an attempt, which also identifies it (see settle).
 */
function claim(db: ProvidersDb, now: Date) {
  const due = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.status, 'PENDING'),
        lte(outboxMessages.notBefore, now),
        or(isNull(outboxMessages.leaseUntil), lt(outboxMessages.leaseUntil, now)),
      ),
    )
    .orderBy(asc(outboxMessages.notBefore))
    .limit(BATCH_SIZE)
    .for('update', { skipLocked: true });
  return db
    .update(outboxMessages)
    .set({ leaseUntil: new Date(now.getTime() + LEASE_MS), attempts: sql`${outboxMessages.attempts} + 1` })
    .where(inArray(outboxMessages.id, due))
    .returning();
}

/**
 * Records what became of a claimed message, only while the claim is still this worker's (same attempt, still
 * PENDING): a worker that outlived its lease cannot overwrite the claim that replaced it, nor a reminder that a
 * cancellation skipped meanwhile.
 */
function settle(db: ProvidersDb, row: OutboxMessageRow, change: Partial<OutboxMessageRow>) {
  return db
    .update(outboxMessages)
    .set({ leaseUntil: null, ...change })
    .where(
      and(
        eq(outboxMessages.id, row.id),
        eq(outboxMessages.attempts, row.attempts),
        eq(outboxMessages.status, 'PENDING'),
      ),
    );
}

/** 1 s after the first failed attempt, doubling, at most `maxSeconds`. */
function retryDelayMs(attempts: number, maxSeconds: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), maxSeconds) * 1_000;
}

/**
 * The server refused this message for good: a 5xx answer to its recipient or its content. A 5xx at connecting,
 * signing in or to the sender is the service's own configuration, and every message waits for it to be fixed.
 */
function refusedForGood(error: unknown): boolean {
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
function describeFailure(error: unknown): string {
  const { code, responseCode, command } = error as { code?: unknown; responseCode?: unknown; command?: unknown };
  const labels = [code, responseCode, command].filter((part) => typeof part === 'string' || typeof part === 'number');
  const message = (error instanceof Error ? error.message : String(error)).replace(ADDRESS, '<address>');
  return [labels.join(' '), message].filter(Boolean).join(': ').slice(0, LAST_ERROR_CHARS);
}

const failureCode = (error: unknown) => (error as { code?: unknown }).code ?? null;

/**
 * The delivery worker: claims due outbox messages (subgraphs/providers/outbox.ts), composes each (one that no
 * longer applies is SKIPPED), sends it with the stable Message-ID `<id@domain>` and marks it SENT. A failed send
 * waits 1 s, 2 s, 4 s … at most `retryMaxSeconds` and goes again, so nothing is lost across an outage and a waiting
 * message goes within that long of the mail server's return; a permanent refusal (5xx) is FAILED. `lastError`
 * keeps the transport's code and message without addresses. Several workers on one database (replicas) never hold
 * the same message. Delivery is at least once: a worker that crashes after the server took a message but before
 * marking it SENT leaves a lease that expires, and the message is sent again with the same Message-ID, by which
 * receivers recognise it. Wakes every `pollMs`, and at once after this process commits messages.
 */
export function startDelivery(options: DeliveryOptions): { stop(): Promise<void> } {
  const { db, mailer, logger } = options;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | null = null;
  let wokenMeanwhile = false;

  async function deliver(row: OutboxMessageRow, now: Date): Promise<Outcome> {
    let message: Awaited<ReturnType<typeof composeMessage>>;
    try {
      const { publicUrl, serviceKey, mailFrom } = options;
      message = await composeMessage(db, row, { publicUrl, serviceKey, mailFrom, now });
    } catch (error) {
      return retryLater(row, error);
    }
    if (!message) {
      await settle(db, row, { status: 'SKIPPED' });
      return 'skipped';
    }
    try {
      await mailer.send(row.id, message);
    } catch (error) {
      if (!refusedForGood(error)) return retryLater(row, error);
      await settle(db, row, { status: 'FAILED', lastError: describeFailure(error) });
      logger.warn({ outboxId: row.id, kind: row.kind, code: failureCode(error) }, 'message refused by the mail server');
      return 'failed';
    }
    await settle(db, row, { status: 'SENT', sentAt: new Date(), lastError: null });
    return 'sent';
  }

  async function retryLater(row: OutboxMessageRow, error: unknown): Promise<Outcome> {
    const notBefore = new Date(Date.now() + retryDelayMs(row.attempts, options.retryMaxSeconds));
    await settle(db, row, { notBefore, lastError: describeFailure(error) });
    logger.warn(
      { outboxId: row.id, kind: row.kind, attempts: row.attempts, code: failureCode(error) },
      'message not delivered; will retry',
    );
    return 'retrying';
  }

  /** One claim and its sends; answers how many were claimed. */
  async function batch(): Promise<number> {
    const now = new Date();
    const claimed = await claim(db, now);
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

  const unsubscribe = onMessagesCommitted(wake);
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

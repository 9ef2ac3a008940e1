import type { Logger } from '../../core/logger';
import type { Mailer } from '../../core/mail';
import { startOutboxWorker } from '../../core/outbox-worker';
import type { ProvidersDb } from './data';
import { composeMessage } from './messages/index';
import { bookingSignal } from './outbox';
import { outboxMessages, type OutboxMessageRow } from './schema';

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

/**
 * The delivery worker of booking messages (core/outbox-worker.ts): each outbox row (subgraphs/providers/outbox.ts)
 * composed as the appointment is now (one that no longer applies is SKIPPED) and sent, retried, failed or leased
 * again as that worker does for every outbox.
 */
export function startDelivery(options: DeliveryOptions): { stop(): Promise<void> } {
  const { db, mailer, logger, publicUrl, serviceKey, mailFrom, pollMs, retryMaxSeconds } = options;
  return startOutboxWorker<OutboxMessageRow>({
    db,
    table: outboxMessages,
    mailer,
    logger,
    signal: bookingSignal,
    compose: (row, now) => composeMessage(db, row, { publicUrl, serviceKey, mailFrom, now }),
    describe: (row) => ({ kind: row.kind }),
    pollMs,
    retryMaxSeconds,
  });
}

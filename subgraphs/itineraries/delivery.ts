import type { Logger } from '../../core/logger';
import type { Mailer } from '../../core/mail';
import { outboxSignal, startOutboxWorker } from '../../core/outbox-worker';
import type { ItinerariesDb } from './data';
import { composeReply } from './messages/index';
import { replyOutbox, type ReplyOutboxRow } from './schema';

/** Wakes this process's reply worker once a transaction that wrote a reply has committed. */
export const replySignal = outboxSignal<ItinerariesDb>();

export interface ReplyDeliveryOptions {
  db: ItinerariesDb;
  mailer: Mailer;
  logger: Logger;
  /** MAIL_FROM: where patients answer when the region has no address of its own. */
  mailFrom: string;
  pollMs: number;
  retryMaxSeconds: number;
}

/** The worker that e-mails staff replies to inquiries (core/outbox-worker.ts), one per process. */
export function startReplyDelivery(options: ReplyDeliveryOptions): { stop(): Promise<void> } {
  const { db, mailer, logger, mailFrom, pollMs, retryMaxSeconds } = options;
  return startOutboxWorker<ReplyOutboxRow>({
    db,
    table: replyOutbox,
    mailer,
    logger,
    signal: replySignal,
    // A reply always applies: its event and inquiry live as long as the row (foreign keys cascade).
    compose: (row) => composeReply(db, row, { mailFrom }),
    describe: () => ({ kind: 'INQUIRY_REPLY' }),
    pollMs,
    retryMaxSeconds,
  });
}

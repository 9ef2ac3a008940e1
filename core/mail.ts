import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { Settings } from './config';

/** One message as the delivery worker hands it over (composed by subgraphs/providers/messages). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Attached as text/calendar (RFC 5545), which mail programs offer to add to the calendar. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string };
  /** Where the recipient's answer goes (Reply-To), when not to MAIL_FROM: the region answering an inquiry. */
  replyTo?: string;
  /** Headers of its own, e.g. X-Message-Kind, which the development mailbox lists. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** `smtp`, or `mailbox` when messages are written to MAILBOX_DIR instead (development). */
  readonly kind: 'smtp' | 'mailbox';
  /**
   * Sends one message. Its Message-ID is `<id@domain of MAIL_FROM>`, so a message sent again (after a worker
   * crashed between sending and recording it) is the same message to the receiving server and to the patient's
   * mail program, which show it once. Rejects with nodemailer's error (`code`, `responseCode`, `command`).
   */
  send(id: string, mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Every SMTP send ends, delivered or failed, well inside the delivery worker's lease on the message (60 s,
 * subgraphs/providers/delivery.ts), so no other worker takes it while it may still be going out; nodemailer's own
 * defaults (2 min to connect, 10 min of silence) would outlast it.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000, dnsTimeout: 10_000 };

/** The domain of MAIL_FROM's address (`Name <bookings@example.kr>` or `bookings@example.kr`, checked at start-up). */
export function mailDomain(from: string): string {
  return from.slice(from.lastIndexOf('@') + 1).replace(/>$/, '');
}

/**
 * SMTP_URL set: nodemailer's SMTP transport. Unset (the embedded default): the development mailbox, each message
 * written whole as `<MAILBOX_DIR>/<ISO time>-<id>.eml`, which the gateway lists at /dev/mailbox. Production refuses
 * to start without SMTP_URL (core/config.ts).
 */
export function createMailer(settings: Settings): Mailer {
  const domain = mailDomain(settings.MAIL_FROM);
  // Messages carry only text we composed: nodemailer must never read a file or fetch a URL named in one.
  const safety = { disableFileAccess: true, disableUrlAccess: true };
  const transport = settings.SMTP_URL
    ? createTransport({ url: settings.SMTP_URL, ...SMTP_TIMEOUTS, ...safety })
    : createTransport({ streamTransport: true, buffer: true, ...safety });
  const mailbox = settings.SMTP_URL ? null : settings.MAILBOX_DIR;
  return {
    kind: mailbox ? 'mailbox' : 'smtp',
    async send(id, mail) {
      const info = await transport.sendMail({
        ...mail,
        from: settings.MAIL_FROM,
        messageId: `<${id}@${domain}>`,
        // RFC 3834: out-of-office robots do not answer booking messages.
        headers: { ...mail.headers, 'Auto-Submitted': 'auto-generated' },
      });
      if (mailbox) {
        await mkdir(mailbox, { recursive: true });
        await writeFile(join(mailbox, `${new Date().toISOString()}-${id}.eml`), info.message as Buffer);
      }
    },
    close: () => transport.close(),
  };
}

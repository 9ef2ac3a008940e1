import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in this process: what arrives is parsed as a mail program would; some addresses refused. */
export class Inbox {
  readonly received: ParsedMail[] = [];
  /** Answered 550 at RCPT TO: a mailbox that does not exist. */
  readonly refused = new Set<string>();
  port = 0;
  private server: SMTPServer | null = null;

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listens on the port it had before (0 the first time: any free one). */
  async start() {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.refused.has(address.address)) return callback();
        callback(Object.assign(new Error('5.1.1 <' + address.address + '>: no such mailbox'), { responseCode: 550 }));
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream).then((mail) => {
          this.received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop() {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The messages that arrived with the outbox row's Message-ID. */
  withId(rowId: string): ParsedMail[] {
    return this.received.filter((mail) => mail.messageId === `<${rowId}@localhost>`);
  }
}

export const recipient = (mail: ParsedMail) => (mail.to as AddressObject).value.map((address) => address.address);

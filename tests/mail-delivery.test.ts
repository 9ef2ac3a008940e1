import { asc, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { createLogger } from '../core/logger';
import { createMailer, type Mailer } from '../core/mail';
import { serviceKey } from '../core/subgraph-server';
import type { ProvidersDb } from '../subgraphs/providers/data';
import { startDelivery } from '../subgraphs/providers/delivery';
import {
  appointments,
  outboxMessages,
  procedures,
  providers,
  type OutboxMessageRow,
} from '../subgraphs/providers/schema';
import { databaseTargets } from './support/databases';
import { Inbox, recipient } from './support/inbox';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

const CLINIC = 'gangnam-lumiere-dermatology';
const DESK = 'desk@lumiere.example.kr';
const REFUSED = 'no-such-patient@example.jp';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const clinicStaff: Staff = { kind: 'staff', id: 'p1', role: 'provider-admin', provider: CLINIC };

const HOLD = `mutation($input: HoldSlotInput!) {
  holdSlot(input: $input) {
    __typename
    ... on Appointment { id reference status cancelSecret }
    ... on InvalidInput { fields { field message } }
  }
}`;
const PUBLISH = `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { ... on SlotsPublished { slots { id startsAt endsAt } } } }`;
const CONFIRM = `mutation($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { __typename ... on Appointment { status } } }`;
const DECLINE = `mutation($input: DeclineAppointmentInput!) { declineAppointment(input: $input) { __typename ... on Appointment { status } } }`;
const CANCEL = `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { __typename ... on Appointment { status } } }`;
const RESCHEDULE = `mutation($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) {
    __typename
    ... on Appointment { status }
    ... on InvalidInput { fields { field message } }
  }
}`;

interface Booked {
  __typename: string;
  id: string;
  reference: string;
  status: string;
  cancelSecret: string;
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/** Polls until `probe` answers something truthy; fails naming `what` after `timeoutMs`. */
async function waitFor<T>(what: string, probe: () => Promise<T> | T, timeoutMs = 10_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as Truthy<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.each(databaseTargets())('booking messages, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  const inbox = new Inbox();
  let stack: Stack;
  let clinicId: string;
  /** remoteFollowUp with 0 recovery days, and one without a follow-up. */
  let followUpProcedure: string;
  let plainProcedure: string;
  let keys = 0;

  const db = () => stack.subgraphs.providers.database.db as unknown as ProvidersDb;

  async function publish(startsInMs: number, options: { capacity?: number; procedureId?: string } = {}) {
    keys += 1;
    const answer = await stack.query<{ publishSlots: { slots?: { id: string; startsAt: string; endsAt: string }[] } }>(
      PUBLISH,
      {
        input: {
          providerId: clinicId,
          procedureId: options.procedureId ?? null,
          mode: 'IN_PERSON',
          // Distinct seconds, so the slots of one run never collide.
          startsAt: [new Date(Math.floor((Date.now() + startsInMs) / 1_000) * 1_000 + keys * 1_000).toISOString()],
          durationMinutes: 60,
          capacity: options.capacity ?? 2,
        },
      },
      clinicStaff,
    );
    const slot = answer.data?.publishSlots.slots?.[0];
    if (!slot) throw new Error(`publishing failed: ${JSON.stringify(answer)}`);
    return { id: slot.id, startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt) };
  }

  async function hold(slotId: string, options: { email?: string; key?: string; partySize?: number } = {}) {
    keys += 1;
    const answer = await stack.query<{ holdSlot: Booked }>(HOLD, {
      input: {
        slotId,
        partySize: options.partySize ?? 1,
        consent: true,
        idempotencyKey: options.key ?? `mail-${target.name}-${keys}`,
        contact: {
          name: 'Sato Yui',
          email: options.email ?? `yui.${keys}@example.jp`,
          nationality: 'JP',
          locale: 'JA',
          timeZone: 'America/Los_Angeles',
        },
      },
    });
    if (!answer.data) throw new Error(`hold failed: ${JSON.stringify(answer)}`);
    return answer.data.holdSlot;
  }

  async function booked(slotId: string, options: { email?: string } = {}) {
    const answer = await hold(slotId, options);
    if (answer.__typename !== 'Appointment') throw new Error(`hold refused: ${JSON.stringify(answer)}`);
    return answer;
  }

  /** The outbox rows of one appointment, oldest first. */
  async function messagesOf(reference: string): Promise<OutboxMessageRow[]> {
    const rows = await db()
      .select({ message: outboxMessages })
      .from(outboxMessages)
      .innerJoin(appointments, eq(appointments.id, outboxMessages.appointmentId))
      .where(eq(appointments.reference, reference))
      .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.kind), asc(outboxMessages.recipient));
    return rows.map((row) => row.message);
  }

  // Without the status: the worker may already have sent a message by the time a test reads it.
  const summary = (rows: OutboxMessageRow[]) => rows.map((row) => `${row.kind} ${row.recipient}`);

  async function outboxSize() {
    const [row] = await db().select({ value: count() }).from(outboxMessages);
    return row?.value ?? 0;
  }

  /** Waits until every row given is out of PENDING, and answers them as they ended. */
  async function settled(ids: string[], timeoutMs = 10_000) {
    return waitFor(
      `${ids.length} messages to be delivered`,
      async () => {
        const rows = await db().select().from(outboxMessages).where(inArray(outboxMessages.id, ids));
        return rows.every((row) => row.status !== 'PENDING') && rows;
      },
      timeoutMs,
    );
  }

  const due = (rows: OutboxMessageRow[]) =>
    rows.filter((row) => row.kind !== 'REMINDER' && row.kind !== 'FOLLOW_UP_INVITATION').map((row) => row.id);

  beforeAll(async () => {
    if (target.skipReason) return;
    await inbox.start();
    stack = await startStack(await target.create(), {
      settings: { SMTP_URL: inbox.url, PUBLIC_URL: 'https://graph.example.kr' },
    });
    const [clinic] = await db()
      .update(providers)
      .set({ notificationEmail: DESK, staffLocale: 'EN' })
      .where(eq(providers.slug, CLINIC))
      .returning({ id: providers.id });
    clinicId = clinic?.id ?? '';
    const rows = await db().select().from(procedures).where(eq(procedures.providerId, clinicId));
    followUpProcedure = rows.find((row) => row.slug === 'lumiere-pico-toning')?.id ?? '';
    plainProcedure = rows.find((row) => row.slug === 'lumiere-hydra-glow-facial')?.id ?? '';
  });
  afterAll(async () => {
    await stack?.stop();
    await inbox.stop();
  });

  run(
    'a booking sends the patient one message with its calendar and the staff theirs; confirming sends one more',
    async () => {
      const slot = await publish(40 * DAY);
      const booking = await booked(slot.id, { email: 'sato.yui@example.jp' });
      expect(booking.status).toBe('HELD');

      const written = await messagesOf(booking.reference);
      expect(summary(written)).toEqual(['BOOKING_REQUESTED PATIENT', 'BOOKING_REQUESTED STAFF', 'REMINDER PATIENT']);
      const [patientRow, staffRow, reminder] = written;
      expect(reminder?.status).toBe('PENDING');
      expect(patientRow?.facts).toEqual({
        reference: booking.reference,
        status: 'HELD',
        slotId: slot.id,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        mode: 'IN_PERSON',
        procedureId: null,
        partySize: 1,
      });
      // Nothing secret is stored: the manage link is derived when the message is composed.
      expect(JSON.stringify(written)).not.toContain(booking.cancelSecret);

      const [patientSent, staffSent] = await settled([patientRow!.id, staffRow!.id]);
      expect(patientSent).toMatchObject({ status: 'SENT', attempts: 1, leaseUntil: null, lastError: null });
      expect(patientSent?.sentAt).toBeInstanceOf(Date);
      expect(staffSent).toMatchObject({ status: 'SENT', attempts: 1 });

      const [toPatient, ...twice] = inbox.withId(patientRow!.id);
      expect(twice).toEqual([]);
      expect(recipient(toPatient!)).toEqual(['sato.yui@example.jp']);
      expect(toPatient?.messageId).toBe(`<${patientRow!.id}@localhost>`);
      expect(toPatient?.from?.value).toEqual([{ name: 'Korea Medical Tourism', address: 'bookings@localhost' }]);
      expect(toPatient?.headers.get('auto-submitted')).toBe('auto-generated');
      expect(toPatient?.text).toContain(booking.reference);
      expect(toPatient?.text).toContain(`https://graph.example.kr/booking/#reference=${booking.reference}`);
      const calendar = toPatient?.attachments.find((attachment) => attachment.contentType === 'text/calendar');
      expect(calendar?.content.toString()).toContain('BEGIN:VCALENDAR');

      const [toStaff, ...again] = inbox.withId(staffRow!.id);
      expect(again).toEqual([]);
      expect(recipient(toStaff!)).toEqual([DESK]);
      expect(toStaff?.text).toContain(booking.reference);

      const confirmed = await stack.query(CONFIRM, { input: { reference: booking.reference } }, clinicStaff);
      expect(confirmed.data).toEqual({ confirmAppointment: { __typename: 'Appointment', status: 'CONFIRMED' } });
      // Staff confirmed it themselves: only the patient hears of it. Confirming again announces nothing.
      await stack.query(CONFIRM, { input: { reference: booking.reference } }, clinicStaff);
      const afterConfirm = await messagesOf(booking.reference);
      expect(summary(afterConfirm).slice(3)).toEqual(['BOOKING_CONFIRMED PATIENT']);
      const confirmation = afterConfirm[3]!;
      expect(confirmation.facts.status).toBe('CONFIRMED');
      await settled([confirmation.id]);
      expect(inbox.withId(confirmation.id).map(recipient)).toEqual([['sato.yui@example.jp']]);
    },
  );

  run('a decline tells the patient the reason; staff are not told of their own changes', async () => {
    const booking = await booked((await publish(35 * DAY, { procedureId: followUpProcedure })).id);
    const declined = await stack.query(
      DECLINE,
      { input: { reference: booking.reference, reason: 'The doctor is away that week.' } },
      clinicStaff,
    );
    expect(declined.data).toEqual({ declineAppointment: { __typename: 'Appointment', status: 'DECLINED' } });
    const rows = await messagesOf(booking.reference);
    expect(summary(rows).slice(4)).toEqual(['BOOKING_DECLINED PATIENT']);
    expect(rows[4]?.facts).toMatchObject({ status: 'DECLINED', declineReason: 'The doctor is away that week.' });
    expect(
      rows.filter((row) => row.kind === 'REMINDER' || row.kind === 'FOLLOW_UP_INVITATION').map((row) => row.status),
    ).toEqual(['SKIPPED', 'SKIPPED']);
    const [sent] = await settled([rows[4]!.id]);
    expect(sent?.status).toBe('SENT');
    expect(inbox.withId(rows[4]!.id)[0]?.text).toContain('The doctor is away that week.');

    // Staff cancelling a booking: only the patient hears of it.
    const other = await booked((await publish(36 * DAY)).id);
    await stack.query(CANCEL, { input: { reference: other.reference } }, clinicStaff);
    expect(summary(await messagesOf(other.reference)).slice(3)).toEqual(['BOOKING_CANCELLED PATIENT']);
  });

  run('a refused hold and a replayed one write no message', async () => {
    const slot = await publish(30 * DAY, { capacity: 1 });
    const key = `replayed-${target.name}`;
    const first = await hold(slot.id, { email: 'first@example.jp', key });
    expect(first.__typename).toBe('Appointment');
    const before = await outboxSize();

    const replay = await hold(slot.id, { email: 'first@example.jp', key });
    expect(replay).toMatchObject({ __typename: 'Appointment', reference: first.reference });
    expect((await hold(slot.id)).__typename).toBe('SlotFull');
    expect((await hold(slot.id, { partySize: 11 })).__typename).toBe('InvalidInput');
    expect((await hold(slot.id, { key })).__typename).toBe('InvalidInput');

    expect(await outboxSize()).toBe(before);
    expect(summary(await messagesOf(first.reference))).toHaveLength(3);
  });

  run(
    'a reminder is due the day before; a move replaces it, a cancellation skips it, and it is sent when due',
    async () => {
      const slot = await publish(13 * DAY);
      const later = await publish(15 * DAY);
      const booking = await booked(slot.id);
      const [reminder] = (await messagesOf(booking.reference)).filter((row) => row.kind === 'REMINDER');
      expect(reminder?.notBefore.toISOString()).toBe(new Date(slot.startsAt.getTime() - DAY).toISOString());

      const moved = await stack.query(RESCHEDULE, {
        input: {
          reference: booking.reference,
          secret: booking.cancelSecret,
          slotId: later.id,
          idempotencyKey: 'reminder-move-1',
        },
      });
      expect(moved.data).toEqual({ rescheduleAppointment: { __typename: 'Appointment', status: 'HELD' } });
      const afterMove = await messagesOf(booking.reference);
      expect(afterMove.filter((row) => row.kind === 'REMINDER').map((row) => row.status)).toEqual([
        'SKIPPED',
        'PENDING',
      ]);
      const next = afterMove.find((row) => row.kind === 'REMINDER' && row.status === 'PENDING')!;
      expect(next.notBefore.toISOString()).toBe(new Date(later.startsAt.getTime() - DAY).toISOString());
      const announcements = afterMove.filter((row) => row.kind === 'BOOKING_RESCHEDULED');
      // The patient moved it: the staff are told too.
      expect(announcements.map((row) => row.recipient)).toEqual(['PATIENT', 'STAFF']);
      expect(announcements[0]?.facts).toMatchObject({
        slotId: later.id,
        startsAt: later.startsAt.toISOString(),
        previousStartsAt: slot.startsAt.toISOString(),
      });
      await settled(due(afterMove));

      // The day before has come.
      await db().update(outboxMessages).set({ notBefore: new Date() }).where(eq(outboxMessages.id, next.id));
      const [sent] = await settled([next.id]);
      expect(sent?.status).toBe('SENT');
      expect(inbox.withId(next.id)).toHaveLength(1);

      const other = await booked((await publish(14 * DAY)).id);
      const cancelled = await stack.query(CANCEL, {
        input: { reference: other.reference, secret: other.cancelSecret },
      });
      expect(cancelled.data).toEqual({ cancelAppointment: { __typename: 'Appointment', status: 'CANCELLED' } });
      const afterCancel = await messagesOf(other.reference);
      expect(summary(afterCancel).slice(3)).toEqual(['BOOKING_CANCELLED PATIENT', 'BOOKING_CANCELLED STAFF']);
      expect(afterCancel.find((row) => row.kind === 'REMINDER')?.status).toBe('SKIPPED');
      const ended = await settled(due(afterCancel));
      expect(ended.map((row) => row.status)).toEqual(['SENT', 'SENT', 'SENT', 'SENT']);

      // Booked within a day of the start: no reminder.
      const soon = await booked((await publish(23 * HOUR)).id);
      expect((await messagesOf(soon.reference)).map((row) => row.kind)).not.toContain('REMINDER');
    },
  );

  run('after a procedure with a remote follow-up, the invitation to book it is scheduled', async () => {
    const slot = await publish(10 * DAY, { procedureId: followUpProcedure });
    const booking = await booked(slot.id);
    const [invitation] = (await messagesOf(booking.reference)).filter((row) => row.kind === 'FOLLOW_UP_INVITATION');
    // No recovery days: the day after.
    expect(invitation).toMatchObject({ recipient: 'PATIENT', status: 'PENDING' });
    expect(invitation?.notBefore.toISOString()).toBe(new Date(slot.endsAt.getTime() + DAY).toISOString());
    expect(invitation?.facts.procedureId).toBe(followUpProcedure);

    await db().update(procedures).set({ recoveryDays: 5 }).where(eq(procedures.id, followUpProcedure));
    const recovering = await booked((await publish(12 * DAY, { procedureId: followUpProcedure })).id);
    const [afterRecovery] = (await messagesOf(recovering.reference)).filter(
      (row) => row.kind === 'FOLLOW_UP_INVITATION',
    );
    const recoveringSlot = await db().select().from(outboxMessages).where(eq(outboxMessages.id, afterRecovery!.id));
    expect(recoveringSlot[0]?.notBefore.toISOString()).toBe(
      new Date(Date.parse(afterRecovery!.facts.endsAt) + 5 * DAY).toISOString(),
    );

    const plain = await booked((await publish(11 * DAY, { procedureId: plainProcedure })).id);
    expect((await messagesOf(plain.reference)).map((row) => row.kind)).not.toContain('FOLLOW_UP_INVITATION');

    await stack.query(CANCEL, { input: { reference: booking.reference, secret: booking.cancelSecret } });
    const afterCancel = await messagesOf(booking.reference);
    expect(afterCancel.find((row) => row.kind === 'FOLLOW_UP_INVITATION')?.status).toBe('SKIPPED');
  });

  run('through an SMTP outage nothing is lost, and once it is back every message arrives exactly once', async () => {
    const held = await booked((await publish(20 * DAY)).id);
    await settled(due(await messagesOf(held.reference)));

    await inbox.stop();
    const slot = await publish(21 * DAY, { capacity: 5 });
    const bookings = [await booked(slot.id), await booked(slot.id), await booked(slot.id)];
    await stack.query(CONFIRM, { input: { reference: held.reference } }, clinicStaff);
    await stack.query(CANCEL, { input: { reference: bookings[2]!.reference, secret: bookings[2]!.cancelSecret } });
    const references = [held.reference, ...bookings.map((booking) => booking.reference)];
    const waiting = due((await Promise.all(references.map(messagesOf))).flat().filter((row) => !row.sentAt));
    // The held booking's confirmation; per new booking the patient's and the staff's; the cancellation's two.
    expect(waiting).toHaveLength(1 + 3 * 2 + 2);

    const failing = await waitFor('attempts to fail during the outage', async () => {
      const rows = await db().select().from(outboxMessages).where(inArray(outboxMessages.id, waiting));
      return rows.every((row) => row.status === 'PENDING' && row.attempts >= 2) && rows;
    });
    for (const row of failing) {
      expect(row.lastError).toMatch(/ECONNECTION|ESOCKET|ECONNREFUSED/);
      expect(row.lastError).not.toMatch(/@/);
    }

    await inbox.start();
    const back = Date.now();
    const delivered = await settled(waiting, (testSettings.MAIL_RETRY_MAX_SECONDS + 5) * 1_000);
    const took = Date.now() - back;
    console.info(`[${target.name}] ${waiting.length} messages delivered ${took} ms after SMTP came back`);
    expect(took).toBeLessThan((testSettings.MAIL_RETRY_MAX_SECONDS + 2) * 1_000);
    expect(delivered.map((row) => row.status)).toEqual(waiting.map(() => 'SENT'));
    for (const id of waiting) expect(inbox.withId(id), id).toHaveLength(1);
  });

  run('two workers on one database send every message once', async () => {
    const mailer = createMailer({ ...testSettings, SMTP_URL: inbox.url });
    let sentBySecond = 0;
    const counting: Mailer = {
      kind: mailer.kind,
      send: async (id, mail) => {
        await mailer.send(id, mail);
        sentBySecond += 1;
      },
      close: () => mailer.close(),
    };
    const second = startDelivery({
      db: db(),
      mailer: counting,
      logger: createLogger('silent', 'providers'),
      // A replica derives the same key from the shared secret.
      serviceKey: serviceKey(testSettings.SUBGRAPH_SECRET, 'providers'),
      publicUrl: testSettings.PUBLIC_URL,
      mailFrom: testSettings.MAIL_FROM,
      pollMs: testSettings.MAIL_POLL_MS,
      retryMaxSeconds: testSettings.MAIL_RETRY_MAX_SECONDS,
    });
    try {
      // Written during an outage, the messages fall due over the retries, and both workers compete for them.
      await inbox.stop();
      const slot = await publish(25 * DAY, { capacity: 10 });
      const bookings = [];
      for (let index = 0; index < 10; index += 1) bookings.push(await booked(slot.id));
      const ids = due((await Promise.all(bookings.map((booking) => messagesOf(booking.reference)))).flat());
      expect(ids).toHaveLength(20);
      await inbox.start();
      await settled(ids, 15_000);
      for (const id of ids) expect(inbox.withId(id), id).toHaveLength(1);
      expect(sentBySecond).toBeGreaterThan(0);
      expect(sentBySecond).toBeLessThan(ids.length);
    } finally {
      await second.stop();
      counting.close();
    }
  });

  run('a message whose worker crashed is sent again with the same Message-ID; a live lease is left alone', async () => {
    const booking = await booked((await publish(26 * DAY)).id);
    const [patientRow, staffRow] = await messagesOf(booking.reference);
    await settled([patientRow!.id, staffRow!.id]);
    expect(inbox.withId(patientRow!.id)).toHaveLength(1);

    // The worker sent it and crashed before recording so: its lease has run out.
    await db()
      .update(outboxMessages)
      .set({ status: 'PENDING', sentAt: null, attempts: 1, leaseUntil: new Date(Date.now() - 1_000) })
      .where(eq(outboxMessages.id, patientRow!.id));
    // Another worker is sending this one right now.
    const lease = new Date(Date.now() + 60_000);
    await db()
      .update(outboxMessages)
      .set({ status: 'PENDING', sentAt: null, attempts: 1, leaseUntil: lease })
      .where(eq(outboxMessages.id, staffRow!.id));

    const [again] = await settled([patientRow!.id]);
    expect(again).toMatchObject({ status: 'SENT', attempts: 2 });
    const copies = inbox.withId(patientRow!.id);
    expect(copies.map((mail) => mail.messageId)).toEqual([
      `<${patientRow!.id}@localhost>`,
      `<${patientRow!.id}@localhost>`,
    ]);
    expect(copies[1]?.subject).toBe(copies[0]?.subject);

    // Several polls later the leased one is still its holder's.
    await new Promise((resolve) => setTimeout(resolve, testSettings.MAIL_POLL_MS * 5));
    const [leased] = await db().select().from(outboxMessages).where(eq(outboxMessages.id, staffRow!.id));
    expect(leased).toMatchObject({ status: 'PENDING', attempts: 1, leaseUntil: lease });
    expect(inbox.withId(staffRow!.id)).toHaveLength(1);
  });

  run('a permanent refusal (550) fails that message alone; the others are sent', async () => {
    inbox.refused.add(REFUSED);
    const slot = await publish(27 * DAY);
    const refused = await booked(slot.id, { email: REFUSED });
    const accepted = await booked(slot.id);
    const refusedRows = due(await messagesOf(refused.reference));
    const acceptedRows = due(await messagesOf(accepted.reference));
    const ended = await settled([...refusedRows, ...acceptedRows]);
    const byId = new Map(ended.map((row) => [row.id, row]));

    const [toPatient, toStaff] = refusedRows.map((id) => byId.get(id)!);
    expect(toPatient).toMatchObject({ status: 'FAILED', attempts: 1, sentAt: null, leaseUntil: null });
    expect(toPatient?.lastError).toMatch(/^EENVELOPE 550 RCPT TO: .*550/);
    expect(toPatient?.lastError).not.toContain('@');
    expect(toStaff?.status).toBe('SENT');
    expect(acceptedRows.map((id) => byId.get(id)?.status)).toEqual(['SENT', 'SENT']);
    expect(inbox.received.flatMap(recipient)).not.toContain(REFUSED);
  });

  run('rows written by each change carry no e-mail address or other contact detail', async () => {
    const rows = await db()
      .select({ facts: outboxMessages.facts, lastError: outboxMessages.lastError })
      .from(outboxMessages);
    expect(rows.length).toBeGreaterThan(20);
    expect(JSON.stringify(rows)).not.toMatch(/@|Sato Yui/);
  });
});

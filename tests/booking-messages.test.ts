import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import type { LocaleCode } from '../core/locale';
import { createMailer } from '../core/mail';
import type { RunningServer } from '../core/http';
import { seedId } from '../core/seed-id';
import { serviceKey } from '../core/subgraph-server';
import { cancellationSecret } from '../subgraphs/providers/booking';
import type { ProvidersDb } from '../subgraphs/providers/data';
import { composeMessage, type ComposedMessage } from '../subgraphs/providers/messages/index';
import {
  appointments,
  messageKindEnum,
  outboxMessages,
  providers,
  type OutboxMessageRow,
} from '../subgraphs/providers/schema';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

const CLINIC = 'gangnam-lumiere-dermatology';
/** Has no notification address in the demo data. */
const HOSPITAL = 'hanbit-university-cancer-center';
const PICO = seedId('procedure', 'lumiere-pico-toning');
const DAY = 86_400_000;
const LOS_ANGELES = 'America/Los_Angeles';
const PUBLIC_URL = 'https://graph.example.kr';
const KEY = serviceKey(testSettings.SUBGRAPH_SECRET, 'providers');
const MAIL_FROM = 'Lumière bookings <bookings@mail.example.kr>';
const OPTIONS = { publicUrl: PUBLIC_URL, serviceKey: KEY, mailFrom: MAIL_FROM };

const LOCALES: LocaleCode[] = ['EN', 'KO', 'ZH', 'ZH_TW', 'JA', 'RU', 'VI', 'MN', 'AR', 'TH'];
const TAGS: Record<LocaleCode, string> = {
  EN: 'en',
  KO: 'ko',
  ZH: 'zh-CN',
  ZH_TW: 'zh-TW',
  JA: 'ja',
  RU: 'ru',
  VI: 'vi',
  MN: 'mn',
  AR: 'ar',
  TH: 'th',
};
const KINDS: OutboxMessageRow['kind'][] = messageKindEnum.enumValues;

const clinicStaff: Staff = { kind: 'staff', id: 'm1', role: 'provider-admin', provider: CLINIC };
const hospitalStaff: Staff = { kind: 'staff', id: 'm2', role: 'provider-admin', provider: HOSPITAL };

const HOLD = `mutation($input: HoldSlotInput!) {
  holdSlot(input: $input) { __typename ... on Appointment { id reference status cancelSecret } }
}`;
const PUBLISH = `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { ... on SlotsPublished { slots { id startsAt } } } }`;
const RESCHEDULE = `mutation($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) { __typename ... on Appointment { status } } }`;
const CANCEL = `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { __typename } }`;
const CONFIRM = `mutation($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { __typename } }`;
const DECLINE = `mutation($input: DeclineAppointmentInput!) { declineAppointment(input: $input) { __typename } }`;
const SETTINGS = `mutation($input: UpdateProviderSettingsInput!) {
  updateProviderSettings(input: $input) {
    __typename
    ... on Provider { notificationEmail staffLocale }
    ... on InvalidInput { fields { field message } }
  }
}`;

/** The instant as RFC 5545 writes it in UTC: 20261204T110000Z. */
const icsUtc = (iso: string) => `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const koreaTime = (iso: string, tag: string) =>
  new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso));

const zoneInWords = (iso: string, tag: string, timeZone: string) =>
  new Intl.DateTimeFormat(tag, { timeZoneName: 'longGeneric', timeZone })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value;

/** The message as the development mailer and SMTP send it, parsed back: what a mail program sees. */
async function received(message: ComposedMessage) {
  const transport = createTransport({ streamTransport: true, buffer: true });
  const info = await transport.sendMail({ ...message, from: MAIL_FROM });
  return simpleParser(info.message as Buffer);
}

/** The calendar invitation of a message, as a mail program takes it out of the received e-mail. */
async function invitation(message: ComposedMessage) {
  const parts = (await received(message)).attachments.filter((part) => part.contentType === 'text/calendar');
  expect(parts).toHaveLength(1);
  const text = parts[0]?.content.toString('utf8') ?? '';
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const value = (name: string) => lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
  return { text, lines, value, method: message.icalEvent?.method };
}

describe.each(databaseTargets())('booking messages, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;
  let clinicId: string;
  let hospitalId: string;
  let minutes = 0;
  let patients = 0;

  const db = () => stack.subgraphs.providers.database.db as unknown as ProvidersDb;
  const now = () => ({ ...OPTIONS, now: new Date() });

  async function publish(
    options: { providerId?: string; procedureId?: string | null; days?: number; staff?: Staff } = {},
  ) {
    minutes += 1;
    const answer = await stack.query<{ publishSlots: { slots?: { id: string; startsAt: string }[] } }>(
      PUBLISH,
      {
        input: {
          providerId: options.providerId ?? clinicId,
          procedureId: options.procedureId === undefined ? PICO : options.procedureId,
          mode: 'IN_PERSON',
          startsAt: [new Date(Date.now() + (options.days ?? 30) * DAY + minutes * 60_000).toISOString()],
          durationMinutes: 45,
          capacity: 5,
        },
      },
      options.staff ?? clinicStaff,
    );
    const slot = answer.data?.publishSlots.slots?.[0];
    if (!slot) throw new Error(`publishing failed: ${JSON.stringify(answer)}`);
    return slot;
  }

  async function hold(slotId: string, contact: { locale?: LocaleCode; name?: string; timeZone?: string | null } = {}) {
    patients += 1;
    const answer = await stack.query<{
      holdSlot: { __typename: string; id: string; reference: string; status: string; cancelSecret: string };
    }>(HOLD, {
      input: {
        slotId,
        partySize: 2,
        consent: true,
        idempotencyKey: `messages-${target.name}-${patients}`,
        contact: {
          name: contact.name ?? 'Sato Yui',
          email: `patient.${patients}@example.jp`,
          nationality: 'JP',
          locale: contact.locale ?? 'JA',
          timeZone: contact.timeZone === undefined ? LOS_ANGELES : contact.timeZone,
        },
      },
    });
    const booked = answer.data?.holdSlot;
    if (booked?.__typename !== 'Appointment') throw new Error(`hold failed: ${JSON.stringify(answer)}`);
    return booked;
  }

  const rowsOf = (appointmentId: string) =>
    db()
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.appointmentId, appointmentId))
      .orderBy(asc(outboxMessages.createdAt));

  async function rowOf(
    appointmentId: string,
    kind: OutboxMessageRow['kind'],
    recipient: 'PATIENT' | 'STAFF' = 'PATIENT',
  ) {
    const row = (await rowsOf(appointmentId)).find((entry) => entry.kind === kind && entry.recipient === recipient);
    if (!row) throw new Error(`no ${kind} ${recipient} message for ${appointmentId}`);
    return row;
  }

  const compose = async (row: OutboxMessageRow) => {
    const message = await composeMessage(db(), row, now());
    if (!message) throw new Error(`${row.kind} ${row.recipient} composed to nothing`);
    return message;
  };

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    const ids = await stack.query<{ clinic: { id: string }; hospital: { id: string } }>(
      `query($clinic: String!, $hospital: String!) { clinic: provider(slug: $clinic) { id } hospital: provider(slug: $hospital) { id } }`,
      { clinic: CLINIC, hospital: HOSPITAL },
    );
    clinicId = ids.data?.clinic.id ?? '';
    hospitalId = ids.data?.hospital.id ?? '';
  });
  afterAll(() => stack?.stop());

  run('every kind composes for the patient and for the staff, naming the reference', async () => {
    const slot = await publish();
    const booked = await hold(slot.id, { locale: 'EN' });
    const written = await rowOf(booked.id, 'BOOKING_REQUESTED');
    for (const kind of KINDS) {
      for (const recipient of ['PATIENT', 'STAFF'] as const) {
        const message = await compose({ ...written, kind, recipient });
        expect(message.to).toBe(
          recipient === 'PATIENT' ? `patient.${patients}@example.jp` : 'reservations@lumiere-derm.test',
        );
        expect(message.subject).toContain(booked.reference);
        expect(message.text).toContain(booked.reference);
        expect(message.html).toContain(booked.reference);
        expect(message.headers['X-Message-Kind']).toBe(kind);
        expect(Boolean(message.icalEvent)).toBe(recipient === 'PATIENT' && kind.startsWith('BOOKING_'));
      }
    }
    // The clinic's desk answers in Korean (the demo data): its message is in Korean, with the patient's country.
    const staff = await compose(await rowOf(booked.id, 'BOOKING_REQUESTED', 'STAFF'));
    expect(staff.subject).toBe(`새 예약 요청 ${booked.reference}: ${koreaTime(slot.startsAt, 'ko')}`);
    expect(staff.text).toContain('환자: Sato Yui');
    expect(staff.text).toContain('국가: 일본');
    expect(staff.text).toContain('인원: 2명');
    expect(staff.text).toContain(`${PUBLIC_URL}/console/`);
    expect(staff.text).not.toContain(`patient.${patients}@example.jp`);
  });

  run(
    'in each of the ten languages: translated, Korea time and the patient’s zone in words, a working manage link',
    async () => {
      const english = new Map<string, { subject: string; text: string }>();
      for (const locale of LOCALES) {
        const tag = TAGS[locale];
        const slot = await publish();
        const booked = await hold(slot.id, { locale });
        const row = await rowOf(booked.id, 'BOOKING_REQUESTED');
        const message = await compose(row);

        expect(message.subject).toContain(booked.reference);
        expect(message.text).toContain(koreaTime(slot.startsAt, tag));
        const zone = zoneInWords(slot.startsAt, tag, LOS_ANGELES);
        expect(zone).toBeTruthy();
        expect(message.text).toContain(zone);
        expect(message.text).not.toContain(LOS_ANGELES);
        expect(message.html).toContain(`<html lang="${tag}" dir="${locale === 'AR' ? 'rtl' : 'ltr'}">`);

        // The same message for an English-speaking patient, to compare with.
        await db().update(appointments).set({ locale: 'EN' }).where(eq(appointments.id, booked.id));
        const inEnglish = await compose(row);
        await db().update(appointments).set({ locale }).where(eq(appointments.id, booked.id));
        english.set(locale, inEnglish);
        if (locale !== 'EN') {
          expect(message.subject).not.toBe(inEnglish.subject);
          expect(message.text).not.toBe(inEnglish.text);
          expect(message.text).not.toContain('Time in Korea');
        }

        const link = /https:\/\/graph\.example\.kr\/booking\/#(\S+)/.exec(message.text)?.[1];
        const fragment = new URLSearchParams(link);
        expect(fragment.get('reference')).toBe(booked.reference);
        expect(fragment.get('secret')).toBe(cancellationSecret(KEY, booked.id));
        expect(fragment.get('secret')).toBe(booked.cancelSecret);
        expect(fragment.get('lang')).toBe(tag);
        const opened = await stack.query<{ appointment: { reference: string; status: string } | null }>(
          `query($reference: String!, $secret: String!) { appointment(reference: $reference, secret: $secret) { reference status } }`,
          { reference: fragment.get('reference'), secret: fragment.get('secret') },
        );
        expect(opened.data?.appointment).toEqual({ reference: booked.reference, status: 'HELD' });
      }
      expect(english.size).toBe(10);
    },
  );

  run('no health detail beyond the treatment’s name; the patient’s name is escaped in HTML', async () => {
    const slot = await publish();
    const booked = await hold(slot.id, { locale: 'EN', name: '<script>alert(1)</script>' });
    const message = await compose(await rowOf(booked.id, 'BOOKING_REQUESTED'));
    const calendar = message.icalEvent?.content ?? '';
    expect(message.text).toContain('Pico laser toning');
    for (const part of [message.subject, message.text, message.html, calendar]) {
      expect(part).not.toContain('picosecond laser that fades melasma');
      expect(part).not.toMatch(/150,?000|300,?000|KRW|₩/);
    }
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  run(
    'the invitation: one VEVENT at the slot’s instant in UTC, one UID per appointment, SEQUENCE rising, METHOD per kind',
    async () => {
      const first = await publish();
      const second = await publish({ days: 31 });
      const booked = await hold(first.id, { locale: 'JA' });
      // As if booked an hour ago, so the changes below come whole seconds later.
      await db()
        .update(appointments)
        .set({ createdAt: sql`${appointments.createdAt} - interval '1 hour'` })
        .where(eq(appointments.id, booked.id));
      const requested = await invitation(await compose(await rowOf(booked.id, 'BOOKING_REQUESTED')));
      expect(requested.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(requested.method).toBe('REQUEST');
      expect(requested.value('METHOD')).toBe('REQUEST');
      expect(requested.value('DTSTART')).toBe(icsUtc(first.startsAt));
      expect(requested.value('DTEND')).toBe(icsUtc(new Date(Date.parse(first.startsAt) + 45 * 60_000).toISOString()));
      expect(requested.value('STATUS')).toBe('TENTATIVE');
      expect(requested.value('SEQUENCE')).toBe('0');
      expect(requested.value('UID')).toBe(`${booked.id}@medical-tourism`);
      expect(requested.value('SUMMARY')).toBe('ピコレーザートーニング · 江南リュミエール皮膚科クリニック');
      expect(requested.lines).toContain(
        'ORGANIZER;CN="江南リュミエール皮膚科クリニック":MAILTO:bookings@mail.example.kr',
      );
      expect(
        requested.lines.some(
          (line) => line.startsWith('ATTENDEE;') && line.endsWith(`:mailto:patient.${patients}@example.jp`),
        ),
      ).toBe(true);
      expect(requested.text).toContain(booked.reference);
      expect(requested.text).not.toContain(booked.cancelSecret);

      const moved = await stack.query<{ rescheduleAppointment: { __typename: string } }>(RESCHEDULE, {
        input: {
          reference: booked.reference,
          secret: booked.cancelSecret,
          slotId: second.id,
          idempotencyKey: `move-${target.name}`,
        },
      });
      expect(moved.data?.rescheduleAppointment.__typename).toBe('Appointment');
      const rescheduled = await invitation(await compose(await rowOf(booked.id, 'BOOKING_RESCHEDULED')));
      expect(rescheduled.value('UID')).toBe(requested.value('UID'));
      expect(rescheduled.value('DTSTART')).toBe(icsUtc(second.startsAt));
      expect(Number(rescheduled.value('SEQUENCE'))).toBeGreaterThanOrEqual(3600);
      expect(rescheduled.method).toBe('REQUEST');
      const movedText = (await compose(await rowOf(booked.id, 'BOOKING_RESCHEDULED'))).text;
      // The desk hears of the patient's move, in Korean, and is asked to answer the new time.
      const desk = await compose(await rowOf(booked.id, 'BOOKING_RESCHEDULED', 'STAFF'));
      expect(desk.text).toContain('직원 콘솔에서 변경된 일정을 확정 또는 거절해 주세요.');
      expect(desk.text).toContain(`변경 전 일시 (한국 시간): ${koreaTime(first.startsAt, 'ko')}`);
      expect(movedText).toContain(koreaTime(second.startsAt, 'ja'));
      expect(movedText).toContain(koreaTime(first.startsAt, 'ja'));

      // The move, too, half an hour ago: the cancellation comes later still.
      await db()
        .update(appointments)
        .set({ rescheduledAt: sql`${appointments.rescheduledAt} - interval '30 minutes'` })
        .where(eq(appointments.id, booked.id));
      const afterMove = Number(
        (await invitation(await compose(await rowOf(booked.id, 'BOOKING_RESCHEDULED')))).value('SEQUENCE'),
      );
      await stack.query(CANCEL, { input: { reference: booked.reference, secret: booked.cancelSecret } });
      const cancelled = await invitation(await compose(await rowOf(booked.id, 'BOOKING_CANCELLED')));
      expect(cancelled.method).toBe('CANCEL');
      expect(cancelled.value('METHOD')).toBe('CANCEL');
      expect(cancelled.value('STATUS')).toBe('CANCELLED');
      expect(cancelled.value('UID')).toBe(requested.value('UID'));
      expect(Number(cancelled.value('SEQUENCE'))).toBeGreaterThan(afterMove);

      const declinedBooking = await hold((await publish()).id, { locale: 'EN' });
      await stack.query(
        DECLINE,
        { input: { reference: declinedBooking.reference, reason: 'The doctor is away that week.' } },
        clinicStaff,
      );
      const declined = await compose(await rowOf(declinedBooking.id, 'BOOKING_DECLINED'));
      expect(declined.icalEvent?.method).toBe('CANCEL');
      expect(declined.text).toContain('Reason given by the clinic: The doctor is away that week.');
    },
  );

  run('confirmed: the message and its invitation say so', async () => {
    const booked = await hold((await publish()).id, { locale: 'EN', timeZone: null });
    await stack.query(CONFIRM, { input: { reference: booked.reference } }, clinicStaff);
    const confirmed = await compose(await rowOf(booked.id, 'BOOKING_CONFIRMED'));
    expect(confirmed.subject).toBe(
      `Your appointment at Gangnam Lumière Dermatology Clinic is confirmed (${booked.reference})`,
    );
    expect(confirmed.text).toContain('Address: 12 Dosan-daero 81-gil, Gangnam-gu, Seoul 06014');
    expect(confirmed.text).toContain('Map: https://map.example.test/?q=lumiere-derm');
    expect(confirmed.text).toContain('Number of people: 2 people');
    expect(confirmed.text).toContain('Duration: 45 minutes');
    // No zone of the patient's known: Korea time only.
    expect(confirmed.text).not.toContain('Your time');
    expect(confirmed.text).toMatch(/You can change or cancel this booking online until .+ \(Korea time\)\./);
    expect((await invitation(confirmed)).value('STATUS')).toBe('CONFIRMED');
  });

  run('nothing to send: a reminder of a cancelled or moved booking, a staff message without an address', async () => {
    const cancelledBooking = await hold((await publish()).id);
    const reminder = await rowOf(cancelledBooking.id, 'REMINDER');
    expect(await composeMessage(db(), reminder, now())).not.toBeNull();
    await stack.query(CANCEL, {
      input: { reference: cancelledBooking.reference, secret: cancelledBooking.cancelSecret },
    });
    expect(await composeMessage(db(), reminder, now())).toBeNull();
    expect(await composeMessage(db(), await rowOf(cancelledBooking.id, 'FOLLOW_UP_INVITATION'), now())).toBeNull();

    const movedBooking = await hold((await publish()).id);
    const before = await rowOf(movedBooking.id, 'REMINDER');
    const target2 = await publish({ days: 33 });
    await stack.query(RESCHEDULE, {
      input: {
        reference: movedBooking.reference,
        secret: movedBooking.cancelSecret,
        slotId: target2.id,
        idempotencyKey: `move-2-${target.name}`,
      },
    });
    expect(await composeMessage(db(), before, now())).toBeNull();

    const hospitalSlot = await publish({ providerId: hospitalId, procedureId: null, staff: hospitalStaff });
    const atHospital = await hold(hospitalSlot.id, { locale: 'EN' });
    const rows = await rowsOf(atHospital.id);
    expect(rows.filter((row) => row.recipient === 'STAFF')).toEqual([]);
    const patientRow = await rowOf(atHospital.id, 'BOOKING_REQUESTED');
    expect(await composeMessage(db(), { ...patientRow, recipient: 'STAFF' }, now())).toBeNull();
    expect((await compose(patientRow)).text).toContain('Treatment: General consultation');
  });

  run('Appointment.calendar: the patient’s download through the gateway, the same event as the e-mail', async () => {
    const slot = await publish();
    const booked = await hold(slot.id, { locale: 'KO' });
    const answer = await stack.query<{ appointment: { calendar: string } | null }>(
      `query($reference: String!, $secret: String!) { appointment(reference: $reference, secret: $secret) { calendar } }`,
      { reference: booked.reference, secret: booked.cancelSecret },
    );
    const calendar = answer.data?.appointment?.calendar ?? '';
    const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain(`DTSTART:${icsUtc(slot.startsAt)}`);
    expect(lines).toContain(`UID:${booked.id}@medical-tourism`);
    expect(lines).toContain('SUMMARY:피코 레이저 토닝 · 강남 뤼미에르 피부과의원');
    expect(lines.some((line) => line.startsWith('ATTENDEE'))).toBe(false);
    expect(calendar).not.toContain(booked.cancelSecret);
    const mailed = await invitation(await compose(await rowOf(booked.id, 'BOOKING_REQUESTED')));
    expect(mailed.value('UID')).toBe(`${booked.id}@medical-tourism`);

    const wrong = await stack.query<{ appointment: null }>(
      `query($reference: String!, $secret: String!) { appointment(reference: $reference, secret: $secret) { calendar } }`,
      { reference: booked.reference, secret: 'not-the-secret' },
    );
    expect(wrong.data?.appointment).toBeNull();
  });

  run('settings: notificationEmail and staffLocale are checked, and read by the provider’s staff only', async () => {
    const change = (input: Record<string, unknown>, staff: Staff | null = hospitalStaff) =>
      stack.query<{
        updateProviderSettings: {
          __typename: string;
          notificationEmail?: string | null;
          staffLocale?: string;
          fields?: { field: string }[];
        };
      }>(SETTINGS, { input: { providerId: hospitalId, ...input } }, staff);
    const stored = async () => (await db().select().from(providers).where(eq(providers.id, hospitalId)))[0];

    const badEmail = await change({ notificationEmail: 'not an address' });
    expect(badEmail.data?.updateProviderSettings).toMatchObject({
      __typename: 'InvalidInput',
      fields: [{ field: 'notificationEmail' }],
    });
    const badLocale = await change({ staffLocale: 'JA' });
    expect(badLocale.data?.updateProviderSettings).toMatchObject({
      __typename: 'InvalidInput',
      fields: [{ field: 'staffLocale' }],
    });
    expect(await stored()).toMatchObject({ notificationEmail: null, staffLocale: 'KO' });

    const set = await change({ notificationEmail: ' Desk@Hanbit-Cancer.test ', staffLocale: 'EN' });
    expect(set.data?.updateProviderSettings).toEqual({
      __typename: 'Provider',
      notificationEmail: 'Desk@Hanbit-Cancer.test',
      staffLocale: 'EN',
    });
    const forbidden = await change({ staffLocale: 'KO' }, clinicStaff);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toMatchObject({ notificationEmail: 'Desk@Hanbit-Cancer.test', staffLocale: 'EN' });

    const read = (staff: Staff | null) =>
      stack.query<{ provider: { notificationEmail: string | null; staffLocale: string | null } | null }>(
        `query($id: ID!) { provider(id: $id) { notificationEmail staffLocale } }`,
        { id: hospitalId },
        staff,
      );
    expect((await read(hospitalStaff)).data?.provider).toEqual({
      notificationEmail: 'Desk@Hanbit-Cancer.test',
      staffLocale: 'EN',
    });
    expect((await read(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await read(clinicStaff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The English-speaking desk now gets the hospital's requests, in English.
    const booked = await hold((await publish({ providerId: hospitalId, procedureId: null, staff: hospitalStaff })).id);
    const staff = await compose(await rowOf(booked.id, 'BOOKING_REQUESTED', 'STAFF'));
    expect(staff.to).toBe('Desk@Hanbit-Cancer.test');
    expect(staff.subject).toMatch(new RegExp(`^New booking request ${booked.reference}: `));
    expect(staff.text).toContain('Country: Japan');

    const cleared = await change({ notificationEmail: null });
    expect(cleared.data?.updateProviderSettings).toMatchObject({ notificationEmail: null, staffLocale: 'EN' });
  });

  run(
    '/dev/mailbox in development lists, shows and serves a message; nowhere else; no way out of the folder',
    async () => {
      const mailbox = mkdtempSync(join(tmpdir(), 'mt-dev-mailbox-'));
      const development = { NODE_ENV: 'development' as const, MAILBOX_DIR: mailbox, MAIL_FROM };
      const booked = await hold((await publish()).id, { locale: 'EN', name: '<b>Yui</b>' });
      const row = await rowOf(booked.id, 'BOOKING_REQUESTED');
      const mailer = createMailer({ ...testSettings, ...development });
      await mailer.send(row.id, await compose(row));
      mailer.close();
      const [file] = readdirSync(mailbox);
      expect(file).toMatch(new RegExp(`-${row.id}\\.eml$`));

      const gateways: RunningServer[] = [];
      try {
        const gateway = await stack.startGateway(development);
        gateways.push(gateway);
        const list = await fetch(`${gateway.url}/dev/mailbox`);
        expect(list.status).toBe(200);
        expect(list.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
        const listed = await list.text();
        expect(listed).toContain(
          `We have received your booking request at Gangnam Lumière Dermatology Clinic (${booked.reference})`,
        );
        expect(listed).toContain(`patient.${patients}@example.jp`);

        const shown = await fetch(`${gateway.url}/dev/mailbox/${encodeURIComponent(file ?? '')}`);
        expect(shown.status).toBe(200);
        const page = await shown.text();
        expect(page).toContain('Dear &lt;b&gt;Yui&lt;/b&gt;,');
        expect(page).not.toContain('<b>Yui</b>');
        expect(page).toMatch(
          /<a href="https:\/\/graph\.example\.kr\/booking\/#reference=MT-[A-Z0-9]{6}&amp;secret=[\w-]+&amp;lang=en" rel="noreferrer noopener">/,
        );

        const invite = await fetch(`${gateway.url}/dev/mailbox/${encodeURIComponent(file ?? '')}/invite.ics`);
        expect(invite.status).toBe(200);
        expect(invite.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        expect(await invite.text()).toContain(`UID:${booked.id}@medical-tourism`);
        const raw = await fetch(`${gateway.url}/dev/mailbox/${encodeURIComponent(file ?? '')}/raw.eml`);
        expect(await raw.text()).toContain(`Message-ID: <${row.id}@mail.example.kr>`);

        for (const path of [
          '..%2f..%2fetc%2fpasswd',
          '..%2F..%2F..%2Fetc%2Fpasswd.eml',
          '.hidden.eml',
          `${file}/other`,
          'missing.eml',
        ]) {
          const refused = await fetch(`${gateway.url}/dev/mailbox/${path}`);
          expect(refused.status, path).toBe(404);
        }
        expect((await fetch(`${gateway.url}/dev/mailbox/%E0%A4%A`)).status).toBe(400);

        for (const NODE_ENV of ['test', 'production'] as const) {
          const other = await stack.startGateway({ ...development, NODE_ENV });
          gateways.push(other);
          expect((await fetch(`${other.url}/dev/mailbox`)).status).toBe(404);
          expect((await fetch(`${other.url}/dev/mailbox/${encodeURIComponent(file ?? '')}`)).status).toBe(404);
        }
        // The kind comes from the message's X-Message-Kind header.
        expect(listed).toMatch(/<td>BOOKING_REQUESTED<\/td><\/tr>/);
      } finally {
        await Promise.all(gateways.map((gateway) => gateway.close()));
      }
    },
  );
});

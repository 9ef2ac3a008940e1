import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { appointments, rescheduleRequests, slots } from '../subgraphs/providers/schema';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';

const CLINIC = 'gangnam-lumiere-dermatology';
const OTHER_HOSPITAL = 'saebit-transplant-center';
const DAY = 86_400_000;

const clinicStaff: Staff = { kind: 'staff', id: 'p1', role: 'provider-admin', provider: CLINIC };
const hospitalStaff: Staff = { kind: 'staff', id: 'p2', role: 'provider-admin', provider: OTHER_HOSPITAL };

interface Answer<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions: { code: string } }[];
}

interface Booked {
  __typename: string;
  reference: string;
  status: string;
  cancelSecret: string;
  confirmedAt: string | null;
}

type Result = {
  __typename: string;
  status?: string;
  message?: string;
  remaining?: number;
  fields?: { field: string; message: string }[];
  slot?: { id: string; remaining: number };
  declineReason?: string | null;
  declinedAt?: string | null;
  confirmedAt?: string | null;
  cancelledAt?: string | null;
  rescheduledAt?: string | null;
};

const RESULT = `__typename
  ... on Appointment { status declineReason confirmedAt declinedAt cancelledAt rescheduledAt slot { id remaining } }
  ... on InvalidInput { fields { field message } }`;
const HOLD = `mutation($input: HoldSlotInput!) {
  holdSlot(input: $input) { __typename ... on Appointment { reference status cancelSecret confirmedAt } }
}`;
const PUBLISH = `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { ... on SlotsPublished { slots { id } } } }`;
const CONFIRM = `mutation($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { ${RESULT} } }`;
const DECLINE = `mutation($input: DeclineAppointmentInput!) { declineAppointment(input: $input) { ${RESULT} } }`;
const CANCEL = `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { ${RESULT} } }`;
const RESCHEDULE = `mutation($input: RescheduleAppointmentInput!) { rescheduleAppointment(input: $input) {
  ${RESULT} ... on SlotFull { remaining message } } }`;
const SETTINGS = `mutation($input: UpdateProviderSettingsInput!) {
  updateProviderSettings(input: $input) {
    __typename
    ... on Provider { autoConfirm cancellationWindowHours address mapUrl videoCallUrl }
    ... on InvalidInput { fields { field message } }
  }
}`;
const PATIENT_VIEW = `query($reference: String!, $secret: String!) {
  appointment(reference: $reference, secret: $secret) {
    reference status partySize declineReason videoCallUrl
    slot { startsAt endsAt mode provider { slug address mapUrl } }
  }
}`;

describe.each(databaseTargets())('the appointment lifecycle, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;
  let clinicId: string;
  let hospitalId: string;

  const gql = async <T = Record<string, never>>(
    query: string,
    variables: Record<string, unknown> = {},
    staff: Staff | null = null,
  ) => (await stack.query<T>(query, variables, staff)) as Answer<T>;

  const remaining = async (slotId: string) => {
    const [row] = await stack.subgraphs.providers.database.db
      .select({ remaining: slots.remaining })
      .from(slots)
      .where(eq(slots.id, slotId));
    return row?.remaining;
  };

  async function publish(
    capacity: number,
    options: { mode?: 'IN_PERSON' | 'REMOTE'; days?: number; providerId?: string; staff?: Staff } = {},
  ) {
    const answer = await gql<{ publishSlots: { slots?: { id: string }[] } }>(
      PUBLISH,
      {
        input: {
          providerId: options.providerId ?? clinicId,
          mode: options.mode ?? 'IN_PERSON',
          // Distinct minutes, so slots published by one test never collide.
          startsAt: [new Date(Date.now() + (options.days ?? 40) * DAY + (keys += 1) * 60_000).toISOString()],
          durationMinutes: 60,
          capacity,
        },
      },
      options.staff ?? clinicStaff,
    );
    const slotId = answer.data.publishSlots.slots?.[0]?.id;
    if (!slotId) throw new Error(`publishing failed: ${JSON.stringify(answer)}`);
    return slotId;
  }

  let keys = 0;
  async function hold(slotId: string, partySize = 1): Promise<Booked> {
    keys += 1;
    const answer = await gql<{ holdSlot: Booked }>(HOLD, {
      input: {
        slotId,
        partySize,
        consent: true,
        idempotencyKey: `lifecycle-${target.name}-${keys}`,
        // A patient per booking: one contact may hold only a few times (core/contact-throttle.ts).
        contact: { name: 'Sato Yui', email: `yui.${keys}@example.jp`, nationality: 'JP', locale: 'JA' },
      },
    });
    if (answer.data.holdSlot.__typename !== 'Appointment') throw new Error(`hold failed: ${JSON.stringify(answer)}`);
    return answer.data.holdSlot;
  }

  const settings = (input: Record<string, unknown>, staff: Staff = clinicStaff) =>
    gql<{ updateProviderSettings: Result & Record<string, unknown> }>(
      SETTINGS,
      { input: { providerId: clinicId, ...input } },
      staff,
    );

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    const ids = await gql<{ clinic: { id: string }; hospital: { id: string } }>(
      `query($clinic: String!, $hospital: String!) {
        clinic: provider(slug: $clinic) { id }
        hospital: provider(slug: $hospital) { id }
      }`,
      { clinic: CLINIC, hospital: OTHER_HOSPITAL },
    );
    clinicId = ids.data.clinic.id;
    hospitalId = ids.data.hospital.id;
  });
  afterAll(() => stack?.stop());

  run('staff confirm a held booking; a repeat answers it unchanged; others cannot', async () => {
    const slotId = await publish(3);
    const booked = await hold(slotId, 2);
    expect(booked).toMatchObject({ status: 'HELD', confirmedAt: null });

    const anonymous = await gql(CONFIRM, { input: { reference: booked.reference } });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const otherHospital = await gql<{ confirmAppointment: Result }>(
      CONFIRM,
      { input: { reference: booked.reference } },
      hospitalStaff,
    );
    expect(otherHospital.data.confirmAppointment.__typename).toBe('NotFound');

    const confirmed = await gql<{ confirmAppointment: Result }>(
      CONFIRM,
      { input: { reference: booked.reference } },
      clinicStaff,
    );
    expect(confirmed.data.confirmAppointment).toMatchObject({ __typename: 'Appointment', status: 'CONFIRMED' });
    const confirmedAt = confirmed.data.confirmAppointment.confirmedAt;
    expect(confirmedAt).toMatch(/\+09:00$/);
    const again = await gql<{ confirmAppointment: Result }>(
      CONFIRM,
      { input: { reference: booked.reference.toLowerCase() } },
      clinicStaff,
    );
    expect(again.data.confirmAppointment).toMatchObject({ status: 'CONFIRMED', confirmedAt });
    // Confirming holds the places it had: nothing moves.
    expect(await remaining(slotId)).toBe(1);

    const listed = await gql<{
      provider: { appointments: { totalCount: number; edges: { node: { status: string } }[] } };
    }>(
      `query($id: ID!) { provider(id: $id) { appointments(status: CONFIRMED, first: 100) {
        totalCount edges { node { status } } } } }`,
      { id: clinicId },
      clinicStaff,
    );
    expect(listed.data.provider.appointments.totalCount).toBeGreaterThanOrEqual(1);
    expect(new Set(listed.data.provider.appointments.edges.map((edge) => edge.node.status))).toEqual(
      new Set(['CONFIRMED']),
    );
  });

  run('staff decline a held booking with a reason and the places come back', async () => {
    const slotId = await publish(4);
    const booked = await hold(slotId, 3);
    expect(await remaining(slotId)).toBe(1);

    const noReason = await gql<{ declineAppointment: Result }>(
      DECLINE,
      { input: { reference: booked.reference, reason: '   ' } },
      clinicStaff,
    );
    expect(noReason.data.declineAppointment.fields).toEqual([{ field: 'reason', message: 'is required' }]);
    expect(await remaining(slotId)).toBe(1);

    const reason = 'The doctor is at a conference that week.';
    const declined = await gql<{ declineAppointment: Result }>(
      DECLINE,
      { input: { reference: booked.reference, reason } },
      clinicStaff,
    );
    expect(declined.data.declineAppointment).toMatchObject({
      __typename: 'Appointment',
      status: 'DECLINED',
      declineReason: reason,
      slot: { id: slotId, remaining: 4 },
    });
    expect(declined.data.declineAppointment.declinedAt).toMatch(/\+09:00$/);

    // A repeat gives nothing back twice; a declined booking cannot be confirmed, cancelled or moved.
    await gql(DECLINE, { input: { reference: booked.reference, reason } }, clinicStaff);
    expect(await remaining(slotId)).toBe(4);
    const confirm = await gql<{ confirmAppointment: Result }>(
      CONFIRM,
      { input: { reference: booked.reference } },
      clinicStaff,
    );
    expect(confirm.data.confirmAppointment.fields).toEqual([{ field: 'reference', message: 'is declined' }]);
    const cancel = await gql<{ cancelAppointment: Result }>(CANCEL, {
      input: { reference: booked.reference, secret: booked.cancelSecret },
    });
    expect(cancel.data.cancelAppointment.__typename).toBe('InvalidInput');
    expect(await remaining(slotId)).toBe(4);

    const view = await gql<{ appointment: { status: string; declineReason: string } }>(PATIENT_VIEW, {
      reference: booked.reference,
      secret: booked.cancelSecret,
    });
    expect(view.data.appointment).toMatchObject({ status: 'DECLINED', declineReason: reason });
  });

  run('a provider choosing auto-confirm gets bookings confirmed at once', async () => {
    const forbidden = await settings({ autoConfirm: true }, hospitalStaff);
    expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const badLinks = await settings({ mapUrl: 'http://maps.example.com/x', videoCallUrl: '/call', autoConfirm: true });
    expect(badLinks.data.updateProviderSettings.fields?.map((problem) => problem.field)).toEqual([
      'mapUrl',
      'videoCallUrl',
    ]);
    const badWindow = await settings({ cancellationWindowHours: 337 });
    expect(badWindow.data.updateProviderSettings.fields).toEqual([
      { field: 'cancellationWindowHours', message: 'must be 0 to 336 hours' },
    ]);
    const unknown = await gql<{ updateProviderSettings: Result }>(
      SETTINGS,
      { input: { providerId: '00000000-0000-4000-8000-000000000000', autoConfirm: true } },
      clinicStaff,
    );
    expect(unknown.data.updateProviderSettings.__typename).toBe('NotFound');
    // Nothing of the refused changes was stored.
    const before = await gql<{ provider: { autoConfirm: boolean; cancellationWindowHours: number } }>(
      `query($id: ID!) { provider(id: $id) { autoConfirm cancellationWindowHours } }`,
      { id: clinicId },
    );
    expect(before.data.provider).toEqual({ autoConfirm: false, cancellationWindowHours: 24 });

    const on = await settings({ autoConfirm: true });
    expect(on.data.updateProviderSettings).toMatchObject({ __typename: 'Provider', autoConfirm: true });
    try {
      const booked = await hold(await publish(2));
      expect(booked.status).toBe('CONFIRMED');
      expect(booked.confirmedAt).toMatch(/\+09:00$/);
    } finally {
      await settings({ autoConfirm: false });
    }
    expect((await hold(await publish(2))).status).toBe('HELD');
  });

  run('the patient sees the booking with the secret; a wrong secret reads like an unknown reference', async () => {
    const address = '12 Apgujeong-ro, Gangnam-gu, Seoul';
    const set = await settings({
      address,
      mapUrl: 'https://maps.example.com/lumiere',
      videoCallUrl: 'https://video.example.com/lumiere',
    });
    expect(set.data.updateProviderSettings).toMatchObject({
      address,
      mapUrl: 'https://maps.example.com/lumiere',
      videoCallUrl: 'https://video.example.com/lumiere',
    });
    // The public provider shows the address and map link, not the video link.
    const publicView = await gql<{ provider: { address: string; mapUrl: string } }>(
      `query($id: ID!) { provider(id: $id) { address mapUrl } }`,
      { id: clinicId },
    );
    expect(publicView.data.provider).toEqual({ address, mapUrl: 'https://maps.example.com/lumiere' });
    const publicVideo = await gql(`query($id: ID!) { provider(id: $id) { videoCallUrl } }`, { id: clinicId });
    expect(publicVideo.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const inPerson = await hold(await publish(2), 2);
    const remote = await hold(await publish(2, { mode: 'REMOTE' }));
    const view = (reference: string, secret: string) =>
      gql<{ appointment: Record<string, unknown> | null }>(PATIENT_VIEW, { reference, secret });

    expect((await view(inPerson.reference, inPerson.cancelSecret)).data.appointment).toMatchObject({
      reference: inPerson.reference,
      status: 'HELD',
      partySize: 2,
      declineReason: null,
      videoCallUrl: null,
      slot: { mode: 'IN_PERSON', provider: { slug: CLINIC, address, mapUrl: 'https://maps.example.com/lumiere' } },
    });
    expect((await view(remote.reference, remote.cancelSecret)).data.appointment).toMatchObject({
      status: 'HELD',
      videoCallUrl: 'https://video.example.com/lumiere',
      slot: { mode: 'REMOTE' },
    });

    // Another booking's secret, and a reference nobody holds: the same null, no error.
    const wrong = await view(inPerson.reference, remote.cancelSecret);
    const unknownReference = await view('MT-222222', remote.cancelSecret);
    expect(wrong).toEqual({ status: 200, data: { appointment: null } });
    expect(unknownReference).toEqual(wrong);

    // The contact details stay with staff.
    const contact = await gql(
      `query($reference: String!, $secret: String!) { appointment(reference: $reference, secret: $secret) { contact { email } } }`,
      { reference: inPerson.reference, secret: inPerson.cancelSecret },
    );
    expect(contact.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  run('inside the cancellation window the patient cannot cancel, staff can', async () => {
    await settings({ cancellationWindowHours: 336 });
    try {
      const slotId = await publish(3, { days: 5 });
      const booked = await hold(slotId, 2);
      const patient = await gql<{ cancelAppointment: Result }>(CANCEL, {
        input: { reference: booked.reference, secret: booked.cancelSecret },
      });
      expect(patient.data.cancelAppointment.fields).toEqual([
        {
          field: 'reference',
          message: 'can no longer be changed online within 336 hours of the start: please contact the clinic',
        },
      ]);
      expect(await remaining(slotId)).toBe(1);

      const staff = await gql<{ cancelAppointment: Result }>(
        CANCEL,
        { input: { reference: booked.reference } },
        clinicStaff,
      );
      expect(staff.data.cancelAppointment).toMatchObject({ status: 'CANCELLED', slot: { remaining: 3 } });
      expect(staff.data.cancelAppointment.cancelledAt).toMatch(/\+09:00$/);
      await gql(CANCEL, { input: { reference: booked.reference } }, clinicStaff);
      expect(await remaining(slotId)).toBe(3);
    } finally {
      await settings({ cancellationWindowHours: 24 });
    }
    // Outside the window the patient cancels.
    const slotId = await publish(2);
    const booked = await hold(slotId);
    const patient = await gql<{ cancelAppointment: Result }>(CANCEL, {
      input: { reference: booked.reference, secret: booked.cancelSecret },
    });
    expect(patient.data.cancelAppointment).toMatchObject({ status: 'CANCELLED', slot: { remaining: 2 } });

    // Once it has begun, only staff cancel.
    const begunSlot = await publish(2);
    const begun = await hold(begunSlot);
    await stack.subgraphs.providers.database.db
      .update(slots)
      .set({ startsAt: new Date(Date.now() - 60_000) })
      .where(eq(slots.id, begunSlot));
    const late = await gql<{ cancelAppointment: Result }>(CANCEL, {
      input: { reference: begun.reference, secret: begun.cancelSecret },
    });
    expect(late.data.cancelAppointment.fields).toEqual([
      { field: 'reference', message: 'the appointment has already begun' },
    ]);
    const byStaff = await gql<{ cancelAppointment: Result }>(
      CANCEL,
      { input: { reference: begun.reference } },
      clinicStaff,
    );
    expect(byStaff.data.cancelAppointment).toMatchObject({ status: 'CANCELLED', slot: { remaining: 2 } });
  });

  run('rescheduling moves the places exactly, and a retry replays the first answer', async () => {
    const from = await publish(5);
    const to = await publish(4);
    const booked = await hold(from, 3);
    await gql(CONFIRM, { input: { reference: booked.reference } }, clinicStaff);
    const input = {
      reference: booked.reference,
      secret: booked.cancelSecret,
      slotId: to,
      idempotencyKey: 'move-1-abc',
    };

    const moved = await gql<{ rescheduleAppointment: Result }>(RESCHEDULE, { input });
    expect(moved.data.rescheduleAppointment).toMatchObject({
      __typename: 'Appointment',
      // Back to the staff to confirm the new time.
      status: 'HELD',
      confirmedAt: null,
      slot: { id: to, remaining: 1 },
    });
    expect(moved.data.rescheduleAppointment.rescheduledAt).toMatch(/\+09:00$/);
    expect(await remaining(from)).toBe(5);

    const replayed = await gql<{ rescheduleAppointment: Result }>(RESCHEDULE, { input });
    expect(replayed.data.rescheduleAppointment).toEqual(moved.data.rescheduleAppointment);
    expect([await remaining(from), await remaining(to)]).toEqual([5, 1]);
    const reused = await gql<{ rescheduleAppointment: Result }>(RESCHEDULE, { input: { ...input, slotId: from } });
    expect(reused.data.rescheduleAppointment.fields).toEqual([
      { field: 'idempotencyKey', message: 'was already used for a different request' },
    ]);

    // Staff move it back without the secret; with auto-confirm it is confirmed at once.
    await settings({ autoConfirm: true });
    try {
      const back = await gql<{ rescheduleAppointment: Result }>(
        RESCHEDULE,
        { input: { reference: booked.reference, slotId: from, idempotencyKey: 'move-2-abc' } },
        clinicStaff,
      );
      expect(back.data.rescheduleAppointment).toMatchObject({ status: 'CONFIRMED', slot: { id: from, remaining: 2 } });
    } finally {
      await settings({ autoConfirm: false });
    }
    expect(await remaining(to)).toBe(4);

    const full = await publish(2);
    const tooMany = await gql<{ rescheduleAppointment: Result }>(RESCHEDULE, {
      input: { ...input, slotId: full, idempotencyKey: 'move-3-abc' },
    });
    expect(tooMany.data.rescheduleAppointment).toMatchObject({ __typename: 'SlotFull', remaining: 2 });
    expect([await remaining(from), await remaining(full)]).toEqual([2, 2]);
  });

  run('rescheduling is refused for other providers’ times, closed, past and current ones, and late', async () => {
    const from = await publish(3);
    const booked = await hold(from, 1);
    let key = 0;
    const attempt = async (slotId: string, staff: Staff | null = null) => {
      key += 1;
      const input = {
        reference: booked.reference,
        ...(staff ? {} : { secret: booked.cancelSecret }),
        slotId,
        idempotencyKey: `refused-${key}-abc`,
      };
      return (await gql<{ rescheduleAppointment: Result }>(RESCHEDULE, { input }, staff)).data.rescheduleAppointment;
    };
    const problem = async (slotId: string, staff: Staff | null = null) => (await attempt(slotId, staff)).fields;
    const stored = async () => {
      const [row] = await stack.subgraphs.providers.database.db.select({ value: count() }).from(rescheduleRequests);
      return row?.value;
    };
    const storedBefore = await stored();

    const hospitalSlot = await publish(3, { providerId: hospitalId, staff: hospitalStaff });
    expect(await problem(hospitalSlot)).toEqual([{ field: 'slotId', message: 'is a time of another provider' }]);
    expect(await problem(from)).toEqual([{ field: 'slotId', message: 'is the appointment’s current time' }]);
    const closed = await publish(3);
    await gql(`mutation($id: ID!) { closeSlot(slotId: $id) { __typename } }`, { id: closed }, clinicStaff);
    expect(await problem(closed)).toEqual([{ field: 'slotId', message: 'this time is no longer offered' }]);
    expect((await attempt('00000000-0000-4000-8000-000000000000')).__typename).toBe('NotFound');

    const db = stack.subgraphs.providers.database.db;
    const past = await publish(3);
    await db
      .update(slots)
      .set({ startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() - DAY + 3_600_000) })
      .where(eq(slots.id, past));
    expect(await problem(past)).toEqual([{ field: 'slotId', message: 'this time has already started' }]);

    // Another provider's staff do not find the booking at all.
    const otherStaff = await gql<{ rescheduleAppointment: Result }>(
      RESCHEDULE,
      { input: { reference: booked.reference, slotId: closed, idempotencyKey: 'refused-other-abc' } },
      hospitalStaff,
    );
    expect(otherStaff.data.rescheduleAppointment.__typename).toBe('NotFound');

    const later = await publish(3);
    await settings({ cancellationWindowHours: 336 });
    try {
      await db
        .update(slots)
        .set({ startsAt: new Date(Date.now() + 2 * DAY), endsAt: new Date(Date.now() + 2 * DAY + 3_600_000) })
        .where(eq(slots.id, from));
      expect((await problem(later))?.[0]?.message).toMatch(/^can no longer be changed online within 336 hours/);
    } finally {
      await settings({ cancellationWindowHours: 24 });
    }
    // Once begun, not even staff move it.
    await db
      .update(slots)
      .set({ startsAt: new Date(Date.now() - 60_000) })
      .where(eq(slots.id, from));
    expect(await problem(later, clinicStaff)).toEqual([
      { field: 'reference', message: 'the appointment has already begun' },
    ]);

    const cancelledBooking = await hold(await publish(2));
    await gql(CANCEL, { input: { reference: cancelledBooking.reference } }, clinicStaff);
    const cancelledMove = await gql<{ rescheduleAppointment: Result }>(
      RESCHEDULE,
      { input: { reference: cancelledBooking.reference, slotId: later, idempotencyKey: 'refused-cancelled' } },
      clinicStaff,
    );
    expect(cancelledMove.data.rescheduleAppointment.fields).toEqual([
      { field: 'reference', message: 'is cancelled and cannot be moved' },
    ]);

    // Nothing moved, nothing stored.
    expect([await remaining(from), await remaining(later), await remaining(hospitalSlot)]).toEqual([2, 3, 3]);
    expect(await stored()).toBe(storedBefore);
  });

  run('40 concurrent reschedules into one slot never exceed it', async () => {
    const from = await publish(50);
    const booked: Booked[] = [];
    for (let index = 0; index < 40; index += 1) booked.push(await hold(from));
    const into = await publish(7);

    const answers = await Promise.all(
      booked.map((appointment, index) =>
        gql<{ rescheduleAppointment: Result }>(RESCHEDULE, {
          input: {
            reference: appointment.reference,
            secret: appointment.cancelSecret,
            slotId: into,
            idempotencyKey: `crowd-${index}-abc`,
          },
        }),
      ),
    );
    const kinds = answers.map((answer) => answer.data.rescheduleAppointment.__typename);
    expect(kinds.filter((kind) => kind === 'Appointment')).toHaveLength(7);
    expect(kinds.filter((kind) => kind === 'SlotFull')).toHaveLength(33);

    expect(await remaining(into)).toBe(0);
    expect(await remaining(from)).toBe(10 + 7);
    const db = stack.subgraphs.providers.database.db;
    const [inNew] = await db.select({ value: count() }).from(appointments).where(eq(appointments.slotId, into));
    const [inOld] = await db.select({ value: count() }).from(appointments).where(eq(appointments.slotId, from));
    expect([inNew?.value, inOld?.value]).toEqual([7, 33]);
  });
});

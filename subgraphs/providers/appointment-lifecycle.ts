import { and, asc, eq, gt, gte, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type AuditValues } from '../../core/audit';
import type { Staff } from '../../core/auth';
import { answerOrRefusal, invalidInput, notFound, Refusal } from '../../core/errors';
import { allowed } from '../../core/policy';
import { secretsEqual } from '../../core/secrets';
import { idSchema, idempotencyKeySchema } from '../../core/validation';
import { cancellationSecret, slotFull, type SlotFull } from './booking';
import type { ProvidersDb } from './data';
import type { AppointmentModel } from './models';
import { recordChange, transactionWithOutbox } from './outbox';
import { appointments, auditTrail, providers, rescheduleRequests, slots, type AppointmentRow } from './schema';

const HOUR_MS = 3_600_000;
/** A placeholder id for an unknown reference, so that case computes the same HMAC as a wrong secret. */
const NO_APPOINTMENT = '00000000-0000-0000-0000-000000000000';

export const referenceSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^MT-[2-9A-Z]{6}$/, 'is not a booking reference');
const secretSchema = z.string().trim().min(1, 'is required').max(100, 'is not a cancellation secret');

export const cancelInputSchema = z.object({ reference: referenceSchema, secret: secretSchema.nullish() });
export const confirmInputSchema = z.object({ reference: referenceSchema });
export const declineInputSchema = z.object({
  reference: referenceSchema,
  reason: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
});
export const rescheduleInputSchema = z.object({
  reference: referenceSchema,
  secret: secretSchema.nullish(),
  slotId: idSchema,
  idempotencyKey: idempotencyKeySchema,
});
export const patientViewArgsSchema = z.object({ reference: referenceSchema, secret: secretSchema });

/**
 * Who asks: the patient, holding the secret holdSlot gave them, or staff whose role may manage bookings (the policy,
 * core/policy.ts, then decides for each booking's provider). Decided by the resolver from the signed viewer.
 */
export type Caller = { kind: 'patient'; secret: string } | { kind: 'staff'; staff: Staff };

type Found = { __typename: 'Appointment' } & AppointmentModel;
type Invalid = ReturnType<typeof invalidInput>;
type Missing = ReturnType<typeof notFound>;
export type LifecycleAnswer = Found | Missing | Invalid;
export type RescheduleAnswer = LifecycleAnswer | SlotFull;

function entitled(caller: Caller, serviceKey: string, appointmentId: string, provider: string | undefined): boolean {
  if (caller.kind === 'patient') return secretsEqual(caller.secret, cancellationSecret(serviceKey, appointmentId));
  return allowed(caller.staff, 'appointment:manage', { provider });
}

const refuse = (field: string, message: string) => new Refusal<Invalid>(invalidInput([{ field, message }]));
/** Who the outbox says acted: staff know of their own changes, so only the patient's are announced to them. */
const actor = (caller: Caller) => (caller.kind === 'patient' ? 'patient' : 'staff');
const answer = (row: AppointmentRow): Found => ({ __typename: 'Appointment', ...row });

/**
 * The appointment with its slot and provider settings, the appointment row locked for the transaction, so the
 * state every check reads is the state the conditional UPDATEs change. A caller who may not see it gets the
 * answer for an unknown reference, so references cannot be probed.
 */
async function lockAppointment(tx: ProvidersDb, reference: string, caller: Caller, serviceKey: string) {
  const [appointment] = await tx.select().from(appointments).where(eq(appointments.reference, reference)).for('update');
  const [context] = appointment
    ? await tx
        .select({
          slot: { startsAt: slots.startsAt, providerId: slots.providerId },
          provider: {
            slug: providers.slug,
            autoConfirm: providers.autoConfirm,
            windowHours: providers.cancellationWindowHours,
          },
        })
        .from(slots)
        .innerJoin(providers, eq(providers.id, slots.providerId))
        .where(eq(slots.id, appointment.slotId))
    : [];
  // Checked for an unknown reference too, so a patient's wrong secret and unknown reference take the same time.
  const mayChange = entitled(caller, serviceKey, appointment?.id ?? NO_APPOINTMENT, context?.provider.slug);
  if (!appointment || !context || !mayChange) {
    throw new Refusal<Missing>(notFound(reference, 'Appointment'));
  }
  return { appointment, ...context };
}

/** The last instant the patient can still cancel or reschedule online: the start less the provider's window. */
export function patientDeadline(startsAt: Date, windowHours: number): Date {
  return new Date(startsAt.getTime() - windowHours * HOUR_MS);
}

/** The patient may change a booking only before the provider's cancellation window; nobody once it has begun. */
function refuseLateChange(caller: Caller, startsAt: Date, windowHours: number, now: Date, staffMayAfterStart: boolean) {
  if (startsAt <= now) {
    if (caller.kind !== 'patient' && staffMayAfterStart) return;
    throw refuse('reference', 'the appointment has already begun');
  }
  if (caller.kind === 'patient' && patientDeadline(startsAt, windowHours) <= now) {
    throw refuse(
      'reference',
      `can no longer be changed online within ${windowHours} hours of the start: please contact the clinic`,
    );
  }
}

/** Gives a party's places back to a slot; never above its capacity (which the CHECK backs too). */
async function givePlacesBack(tx: ProvidersDb, slotId: string, partySize: number) {
  const [slot] = await tx
    .update(slots)
    .set({ remaining: sql`${slots.remaining} + ${partySize}` })
    .where(and(eq(slots.id, slotId), sql`${slots.remaining} + ${partySize} <= ${slots.capacity}`))
    .returning({ id: slots.id });
  if (!slot) throw new Error(`slot ${slotId} would exceed its capacity`);
}

/** Moves the appointment from the status it was read in; a concurrent change makes it fail rather than be lost. */
async function transition(tx: ProvidersDb, from: AppointmentRow, change: Partial<AppointmentRow>) {
  const [changed] = await tx
    .update(appointments)
    .set(change)
    .where(
      and(eq(appointments.id, from.id), eq(appointments.status, from.status), eq(appointments.slotId, from.slotId)),
    )
    .returning();
  if (!changed) throw new Error(`appointment ${from.id} changed under its lock`);
  return changed;
}

/** An appointment as the audit trail keeps it: where and how it stands, never who the patient is. */
const appointmentValues = (appointment: AppointmentRow, startsAt: Date, extra: AuditValues = {}): AuditValues => ({
  status: appointment.status,
  slotId: appointment.slotId,
  startsAt,
  ...extra,
});

/**
 * Records a change staff made (the patient's own changes are not staff changes: no entry), in the change's
 * transaction, owned by the appointment's provider.
 */
async function auditStaffChange(
  tx: ProvidersDb,
  caller: Caller,
  change: { action: string; appointmentId: string; provider: string; before: AuditValues; after: AuditValues },
) {
  if (caller.kind !== 'staff') return;
  await recordAudit(tx, auditTrail, caller.staff, {
    action: change.action,
    entityType: 'Appointment',
    entityId: change.appointmentId,
    owner: { provider: change.provider },
    before: change.before,
    after: change.after,
  });
}

/** One transaction per change, its messages written to the outbox in it (subgraphs/providers/outbox.ts). */
function run<T>(db: ProvidersDb, work: (tx: ProvidersDb) => Promise<T>): Promise<T | Missing | Invalid> {
  return answerOrRefusal<T | Missing | Invalid>(() => transactionWithOutbox(db, work));
}

/** HELD → CONFIRMED. Confirming a confirmed appointment answers it unchanged (and announces nothing). */
export function confirmAppointment(db: ProvidersDb, reference: string, caller: Caller, now: Date, serviceKey: string) {
  return run(db, async (tx) => {
    const { appointment, slot, provider } = await lockAppointment(tx, reference, caller, serviceKey);
    if (appointment.status === 'CONFIRMED') return answer(appointment);
    if (appointment.status !== 'HELD') throw refuse('reference', `is ${appointment.status.toLowerCase()}`);
    const confirmed = await transition(tx, appointment, { status: 'CONFIRMED', confirmedAt: now });
    await recordChange(tx, { event: 'confirmed', appointment: confirmed, by: actor(caller), now });
    await auditStaffChange(tx, caller, {
      action: 'appointment.confirm',
      appointmentId: appointment.id,
      provider: provider.slug,
      before: appointmentValues(appointment, slot.startsAt),
      after: appointmentValues(confirmed, slot.startsAt),
    });
    return answer(confirmed);
  });
}

/** HELD → DECLINED with the staff's reason, the places given back in the same transaction. */
export function declineAppointment(
  db: ProvidersDb,
  input: z.infer<typeof declineInputSchema>,
  caller: Caller,
  now: Date,
  serviceKey: string,
) {
  return run(db, async (tx) => {
    const { appointment, slot, provider } = await lockAppointment(tx, input.reference, caller, serviceKey);
    if (appointment.status === 'DECLINED') return answer(appointment);
    if (appointment.status !== 'HELD') {
      throw refuse('reference', `is ${appointment.status.toLowerCase()}: only a requested appointment can be declined`);
    }
    const declined = await transition(tx, appointment, {
      status: 'DECLINED',
      declinedAt: now,
      declineReason: input.reason,
    });
    await givePlacesBack(tx, declined.slotId, declined.partySize);
    await recordChange(tx, { event: 'declined', appointment: declined, by: actor(caller), now });
    // The reason is the staff's own words to the patient: part of what they did.
    await auditStaffChange(tx, caller, {
      action: 'appointment.decline',
      appointmentId: appointment.id,
      provider: provider.slug,
      before: appointmentValues(appointment, slot.startsAt),
      after: appointmentValues(declined, slot.startsAt, { declineReason: input.reason }),
    });
    return answer(declined);
  });
}

/**
 * HELD or CONFIRMED → CANCELLED, the places given back in the same transaction, so they come back exactly once;
 * cancelling again answers it unchanged. The patient cannot cancel inside the provider's window or once begun.
 */
export function cancelAppointment(db: ProvidersDb, reference: string, caller: Caller, now: Date, serviceKey: string) {
  return run(db, async (tx) => {
    const { appointment, slot, provider } = await lockAppointment(tx, reference, caller, serviceKey);
    if (appointment.status === 'CANCELLED') return answer(appointment);
    if (appointment.status === 'DECLINED') throw refuse('reference', 'was declined by the clinic');
    refuseLateChange(caller, slot.startsAt, provider.windowHours, now, true);
    const cancelled = await transition(tx, appointment, { status: 'CANCELLED', cancelledAt: now });
    await givePlacesBack(tx, cancelled.slotId, cancelled.partySize);
    await recordChange(tx, { event: 'cancelled', appointment: cancelled, by: actor(caller), now });
    await auditStaffChange(tx, caller, {
      action: 'appointment.cancel',
      appointmentId: appointment.id,
      provider: provider.slug,
      before: appointmentValues(appointment, slot.startsAt),
      after: appointmentValues(cancelled, slot.startsAt),
    });
    return answer(cancelled);
  });
}

/**
 * Moves the party's places to another slot of the same provider in one transaction: both slots locked in id
 * order (two opposite moves cannot deadlock), the new one decremented only while it has room (backed by the
 * CHECK), the old one given the places back, the appointment moved and HELD again unless the provider
 * auto-confirms. The key is stored per appointment with the success only: a refusal stores nothing, and a retry
 * of a success answers the appointment as it is.
 */
export function rescheduleAppointment(
  db: ProvidersDb,
  input: z.infer<typeof rescheduleInputSchema>,
  caller: Caller,
  now: Date,
  serviceKey: string,
): Promise<RescheduleAnswer> {
  return answerOrRefusal<RescheduleAnswer>(() =>
    transactionWithOutbox(db, async (tx) => {
      const { appointment, slot, provider } = await lockAppointment(tx, input.reference, caller, serviceKey);
      const [earlier] = await tx
        .select({ slotId: rescheduleRequests.slotId })
        .from(rescheduleRequests)
        .where(
          and(
            eq(rescheduleRequests.appointmentId, appointment.id),
            eq(rescheduleRequests.idempotencyKey, input.idempotencyKey),
          ),
        );
      if (earlier) {
        if (earlier.slotId !== input.slotId) throw refuse('idempotencyKey', 'was already used for a different request');
        return answer(appointment);
      }

      if (appointment.status === 'CANCELLED' || appointment.status === 'DECLINED') {
        throw refuse('reference', `is ${appointment.status.toLowerCase()} and cannot be moved`);
      }
      refuseLateChange(caller, slot.startsAt, provider.windowHours, now, false);
      if (input.slotId === appointment.slotId) throw refuse('slotId', 'is the appointment’s current time');

      const locked = await tx
        .select()
        .from(slots)
        .where(inArray(slots.id, [appointment.slotId, input.slotId]))
        .orderBy(asc(slots.id))
        .for('update');
      const target = locked.find((row) => row.id === input.slotId);
      if (!target) throw new Refusal<Missing>(notFound(input.slotId, 'Slot'));
      if (target.providerId !== slot.providerId) throw refuse('slotId', 'is a time of another provider');
      if (target.closedAt) throw refuse('slotId', 'this time is no longer offered');
      if (target.startsAt <= now) throw refuse('slotId', 'this time has already started');

      const [taken] = await tx
        .update(slots)
        .set({ remaining: sql`${slots.remaining} - ${appointment.partySize}` })
        .where(
          and(
            eq(slots.id, target.id),
            gte(slots.remaining, appointment.partySize),
            gt(slots.startsAt, now),
            isNull(slots.closedAt),
          ),
        )
        .returning({ id: slots.id });
      if (!taken) throw new Refusal<SlotFull>(slotFull(target.id, target.remaining));
      await givePlacesBack(tx, appointment.slotId, appointment.partySize);
      const moved = await transition(tx, appointment, {
        slotId: target.id,
        status: provider.autoConfirm ? 'CONFIRMED' : 'HELD',
        confirmedAt: provider.autoConfirm ? now : null,
        rescheduledAt: now,
      });
      await tx
        .insert(rescheduleRequests)
        .values({ appointmentId: appointment.id, idempotencyKey: input.idempotencyKey, slotId: target.id });
      await recordChange(tx, {
        event: 'rescheduled',
        appointment: moved,
        previousStartsAt: slot.startsAt,
        by: actor(caller),
        now,
      });
      await auditStaffChange(tx, caller, {
        action: 'appointment.reschedule',
        appointmentId: appointment.id,
        provider: provider.slug,
        before: appointmentValues(appointment, slot.startsAt),
        after: appointmentValues(moved, target.startsAt),
      });
      return answer(moved);
    }),
  );
}

/**
 * The patient's view: the appointment when the secret is its own, else null, exactly as for an unknown
 * reference — the HMAC is computed and compared in constant time either way.
 */
export async function appointmentForPatient(
  db: ProvidersDb,
  args: z.infer<typeof patientViewArgsSchema>,
  serviceKey: string,
): Promise<AppointmentRow | null> {
  const [row] = await db.select().from(appointments).where(eq(appointments.reference, args.reference));
  const matches = secretsEqual(args.secret, cancellationSecret(serviceKey, row?.id ?? NO_APPOINTMENT));
  return row && matches ? row : null;
}

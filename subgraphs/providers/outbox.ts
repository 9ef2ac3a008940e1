import { and, eq, inArray } from 'drizzle-orm';
import { outboxSignal } from '../../core/outbox-worker';
import type { ProvidersDb } from './data';
import {
  outboxMessages,
  procedures,
  providers,
  slots,
  type AppointmentRow,
  type MessageFacts,
  type OutboxMessageRow,
} from './schema';

const DAY_MS = 86_400_000;

/**
 * A step of an appointment's life, as the transaction that took it left the appointment. `by` is who took it:
 * the patient (with the manage secret) or staff (the provider's or the platform admin).
 */
export type Change = { appointment: AppointmentRow; by: 'patient' | 'staff'; now: Date } & (
  { event: 'booked' | 'confirmed' | 'declined' | 'cancelled' } | { event: 'rescheduled'; previousStartsAt: Date }
);

const ANNOUNCES: Record<Exclude<Change['event'], 'booked'>, OutboxMessageRow['kind']> = {
  confirmed: 'BOOKING_CONFIRMED',
  declined: 'BOOKING_DECLINED',
  cancelled: 'BOOKING_CANCELLED',
  rescheduled: 'BOOKING_RESCHEDULED',
};

/** Messages waiting for a time that a cancellation, a decline or a move makes wrong. */
const SCHEDULED_KINDS: OutboxMessageRow['kind'][] = ['REMINDER', 'FOLLOW_UP_INVITATION'];

/** Wakes this process's delivery worker once a transaction that recorded messages has committed. */
export const bookingSignal = outboxSignal<ProvidersDb>();

/**
 * Writes the messages a change announces into the outbox, in the caller's transaction, so they exist exactly when
 * the change does: the patient's message for every change; the staff's (when the provider has a notification
 * address) for what they did not do themselves — a new booking, the patient's cancellation or move; for a new or
 * moved booking, a reminder the day before (none when it starts within a day) and, after a procedure with a remote
 * follow-up, the invitation to book it. A cancellation, decline or move skips the reminder and invitation still
 * waiting. `facts` is what the message announces as it is now; no secret is stored (the manage link is derived when
 * the message is composed).
 */
export async function recordChange(tx: ProvidersDb, change: Change): Promise<void> {
  const { appointment, now } = change;
  const [context] = await tx
    .select({
      slot: { startsAt: slots.startsAt, endsAt: slots.endsAt, mode: slots.mode, procedureId: slots.procedureId },
      notificationEmail: providers.notificationEmail,
      followUp: { remote: procedures.remoteFollowUp, recoveryDays: procedures.recoveryDays },
    })
    .from(slots)
    .innerJoin(providers, eq(providers.id, slots.providerId))
    .leftJoin(procedures, eq(procedures.id, slots.procedureId))
    .where(eq(slots.id, appointment.slotId));
  if (!context) throw new Error(`slot of appointment ${appointment.id} is missing`);
  const { slot } = context;

  const facts: MessageFacts = {
    reference: appointment.reference,
    status: appointment.status,
    slotId: appointment.slotId,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    mode: slot.mode,
    procedureId: slot.procedureId,
    partySize: appointment.partySize,
    ...(change.event === 'rescheduled' && { previousStartsAt: change.previousStartsAt.toISOString() }),
    ...(change.event === 'declined' && appointment.declineReason && { declineReason: appointment.declineReason }),
  };
  const message = (kind: OutboxMessageRow['kind'], recipient: OutboxMessageRow['recipient'], notBefore = now) => ({
    appointmentId: appointment.id,
    kind,
    recipient,
    facts,
    notBefore,
  });

  // A booking the provider auto-confirms is announced as confirmed, to the staff too.
  const kind =
    change.event === 'booked'
      ? appointment.status === 'CONFIRMED'
        ? 'BOOKING_CONFIRMED'
        : 'BOOKING_REQUESTED'
      : ANNOUNCES[change.event];
  const messages = [message(kind, 'PATIENT')];
  const staffUnaware =
    change.event === 'booked' ||
    (change.by === 'patient' && (change.event === 'cancelled' || change.event === 'rescheduled'));
  if (staffUnaware && context.notificationEmail) messages.push(message(kind, 'STAFF'));

  if (change.event !== 'booked' && change.event !== 'confirmed') {
    await tx
      .update(outboxMessages)
      .set({ status: 'SKIPPED', leaseUntil: null })
      .where(
        and(
          eq(outboxMessages.appointmentId, appointment.id),
          eq(outboxMessages.status, 'PENDING'),
          inArray(outboxMessages.kind, SCHEDULED_KINDS),
        ),
      );
  }
  if (change.event === 'booked' || change.event === 'rescheduled') {
    const reminderAt = new Date(slot.startsAt.getTime() - DAY_MS);
    if (reminderAt > now) messages.push(message('REMINDER', 'PATIENT', reminderAt));
    if (context.followUp?.remote) {
      const invitationAt = new Date(slot.endsAt.getTime() + Math.max(1, context.followUp.recoveryDays) * DAY_MS);
      messages.push(message('FOLLOW_UP_INVITATION', 'PATIENT', invitationAt));
    }
  }
  await tx.insert(outboxMessages).values(messages);
  bookingSignal.recorded(tx);
}

/**
 * Runs `work` in one transaction, as db.transaction does, and once it has committed with messages recorded
 * (recordChange), wakes this process's delivery worker rather than leaving them to its next poll.
 */
export const transactionWithOutbox = bookingSignal.transaction;

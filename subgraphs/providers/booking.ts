import { createHmac } from 'node:crypto';
import { and, desc, eq, gt, gte, isNull, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import {
  CONTACT_LIMITS,
  inWindow,
  lockContact,
  sameContact,
  secondsUntilOutOf,
  throttledFor,
  type ContactLimit,
  type Throttled,
} from '../../core/contact-throttle';
import { answerOrRefusal, fieldProblems, invalidInput, notFound, Refusal } from '../../core/errors';
import {
  campaignCodeSchema,
  consentSchema,
  contactSchema,
  idSchema,
  idempotencyKeySchema,
  newReference,
  requestFingerprint,
  siteKeySchema,
  timeZoneSchema,
} from '../../core/validation';
import { creditedSite } from '../../core/attribution';
import type { ProvidersDb } from './data';
import type { AppointmentModel } from './models';
import { recordChange, transactionWithOutbox } from './outbox';
import { appointments, holdRequests, providers, slots } from './schema';

export const holdSlotInputSchema = z.object({
  slotId: idSchema,
  partySize: z.number().int().min(1, 'must be between 1 and 10').max(10, 'must be between 1 and 10'),
  consent: consentSchema,
  idempotencyKey: idempotencyKeySchema,
  contact: contactSchema.extend({ timeZone: timeZoneSchema.nullish() }),
  campaignCode: campaignCodeSchema.nullish(),
  siteKey: siteKeySchema.nullish(),
});

export type SlotFull = { __typename: 'SlotFull'; slotId: string; remaining: number; message: string };
type StoredAnswer = { __typename: 'Appointment'; id: string } | SlotFull;

export type HoldSlotAnswer =
  | ({ __typename: 'Appointment' } & AppointmentModel)
  | SlotFull
  | ReturnType<typeof notFound>
  | ReturnType<typeof invalidInput>
  | Throttled;

/** Advisory-lock namespace of bookings' contacts (core/contact-throttle.ts). */
const HOLD_CONTACT_LOCK = 7_270_201;

/** When the contact may hold a place with this provider, if one of CONTACT_LIMITS.holds is reached. */
async function holdThrottle(db: ProvidersDb, email: string, providerId: string): Promise<Throttled | null> {
  const { perContact, perProvider } = CONTACT_LIMITS.holds;
  const waitUnder = (limit: ContactLimit, ...also: SQL[]) =>
    db
      .select({ wait: secondsUntilOutOf(appointments.createdAt, limit) })
      .from(appointments)
      .innerJoin(slots, eq(slots.id, appointments.slotId))
      .where(and(sameContact(appointments.contactEmail, email), inWindow(appointments.createdAt, limit), ...also))
      .orderBy(desc(appointments.createdAt))
      .offset(limit.count - 1)
      .limit(1);
  // Both limits in one statement.
  const rows = await unionAll(waitUnder(perContact), waitUnder(perProvider, eq(slots.providerId, providerId)));
  return throttledFor(rows.map((row) => row.wait));
}

export function slotFull(slotId: string, remaining: number): SlotFull {
  const message = remaining === 0 ? 'This time is fully booked.' : `Only ${remaining} place(s) left at this time.`;
  return { __typename: 'SlotFull', slotId, remaining, message };
}

/**
 * The patient's cancellation secret: derived from the appointment id with the service's key, so it is never
 * stored, and a retried holdSlot can hand it out again.
 */
export function cancellationSecret(serviceKey: string, appointmentId: string): string {
  return createHmac('sha256', serviceKey).update(`cancel:${appointmentId}`).digest('base64url').slice(0, 32);
}

async function replay(db: ProvidersDb, stored: StoredAnswer, serviceKey: string): Promise<HoldSlotAnswer> {
  if (stored.__typename === 'SlotFull') return stored;
  const [appointment] = await db.select().from(appointments).where(eq(appointments.id, stored.id));
  if (!appointment) throw new Error(`stored appointment ${stored.id} is missing`);
  return { __typename: 'Appointment', ...appointment, cancelSecret: cancellationSecret(serviceKey, appointment.id) };
}

/**
 * Holds places on a slot. The decrement is one conditional UPDATE (remaining >= partySize), backed by
 * the CHECK (remaining >= 0), so concurrent holds can never sell more than the capacity. The idempotency
 * key is claimed in the same transaction: a concurrent retry waits for it and then replays its answer. A contact
 * over CONTACT_LIMITS.holds gets Throttled, and nothing is stored (the claimed key is rolled back too). The
 * appointment is CONFIRMED at once when the provider auto-confirms, else HELD until its staff answer. Its messages
 * are written to the outbox in the same transaction; a replay or a refusal writes none.
 */
export async function holdSlot(
  db: ProvidersDb,
  rawInput: unknown,
  now: Date,
  serviceKey: string,
  verifiedSite: string | null,
): Promise<HoldSlotAnswer> {
  const parsed = holdSlotInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalidInput(fieldProblems(parsed.error));
  const input = parsed.data;
  const credited = creditedSite(input.siteKey, verifiedSite);
  if (credited.problem) return invalidInput([credited.problem]);
  const fingerprint = requestFingerprint({ ...input, idempotencyKey: undefined });

  return answerOrRefusal(() =>
    transactionWithOutbox(db, async (tx) => {
      const [claimed] = await tx
        .insert(holdRequests)
        .values({ idempotencyKey: input.idempotencyKey, requestHash: fingerprint, result: {} })
        .onConflictDoNothing()
        .returning({ key: holdRequests.idempotencyKey });
      if (!claimed) {
        const [earlier] = await tx
          .select()
          .from(holdRequests)
          .where(eq(holdRequests.idempotencyKey, input.idempotencyKey));
        if (earlier?.requestHash !== fingerprint) {
          throw new Refusal<HoldSlotAnswer>(
            invalidInput([{ field: 'idempotencyKey', message: 'was already used for a different request' }]),
          );
        }
        return replay(tx, earlier.result as StoredAnswer, serviceKey);
      }

      const [slot] = await tx
        .update(slots)
        .set({ remaining: sql`${slots.remaining} - ${input.partySize}` })
        .where(
          and(
            eq(slots.id, input.slotId),
            gte(slots.remaining, input.partySize),
            gt(slots.startsAt, now),
            isNull(slots.closedAt),
          ),
        )
        .returning({
          id: slots.id,
          providerId: slots.providerId,
          // The provider's choice, read in the same statement: confirmed at once, or held for the staff's answer.
          autoConfirm: sql<boolean>`(select ${providers.autoConfirm} from ${providers} where ${providers.id} = ${slots.providerId})`,
        });

      let answer: HoldSlotAnswer;
      let stored: StoredAnswer;
      if (slot) {
        // Counted only for a hold that would be stored (a full slot is answered SlotFull as ever); a refusal rolls
        // the places back with everything else.
        await lockContact(tx, HOLD_CONTACT_LOCK, input.contact.email);
        const throttle = await holdThrottle(tx, input.contact.email, slot.providerId);
        if (throttle) throw new Refusal<HoldSlotAnswer>(throttle);
        const [appointment] = await tx
          .insert(appointments)
          .values({
            reference: newReference('MT'),
            slotId: slot.id,
            partySize: input.partySize,
            status: slot.autoConfirm ? 'CONFIRMED' : 'HELD',
            confirmedAt: slot.autoConfirm ? now : null,
            contactName: input.contact.name,
            contactEmail: input.contact.email,
            contactPhone: input.contact.phone ?? null,
            nationality: input.contact.nationality,
            locale: input.contact.locale,
            timeZone: input.contact.timeZone ?? null,
            campaignCode: input.campaignCode ?? null,
            siteKey: credited.site,
            consentAt: now,
          })
          .returning();
        if (!appointment) throw new Error('appointment insert returned nothing');
        await recordChange(tx, { event: 'booked', appointment, by: 'patient', now });
        answer = {
          __typename: 'Appointment',
          ...appointment,
          cancelSecret: cancellationSecret(serviceKey, appointment.id),
        };
        stored = { __typename: 'Appointment', id: appointment.id };
      } else {
        const [current] = await tx.select().from(slots).where(eq(slots.id, input.slotId));
        if (!current) throw new Refusal<HoldSlotAnswer>(notFound(input.slotId, 'Slot'));
        if (current.closedAt) {
          throw new Refusal<HoldSlotAnswer>(
            invalidInput([{ field: 'slotId', message: 'this time is no longer offered' }]),
          );
        }
        if (current.startsAt <= now) {
          throw new Refusal<HoldSlotAnswer>(
            invalidInput([{ field: 'slotId', message: 'this time has already started' }]),
          );
        }
        answer = slotFull(current.id, current.remaining);
        stored = answer;
      }
      await tx
        .update(holdRequests)
        .set({ result: stored, appointmentId: stored.__typename === 'Appointment' ? stored.id : null })
        .where(eq(holdRequests.idempotencyKey, input.idempotencyKey));
      return answer;
    }),
  );
}

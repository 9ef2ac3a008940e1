import { and, eq, gt, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { answerOrRefusal, fieldProblems, invalidInput, notFound, Refusal } from '../../core/errors';
import {
  campaignCodeSchema,
  consentSchema,
  contactSchema,
  idSchema,
  idempotencyKeySchema,
  newReference,
  requestFingerprint,
} from '../../core/validation';
import type { ProvidersDb } from './data';
import { appointments, holdRequests, slots, type AppointmentRow } from './schema';

export const holdSlotInputSchema = z.object({
  slotId: idSchema,
  partySize: z.number().int().min(1, 'must be between 1 and 10').max(10, 'must be between 1 and 10'),
  consent: consentSchema,
  idempotencyKey: idempotencyKeySchema,
  contact: contactSchema,
  campaignCode: campaignCodeSchema.nullish(),
});

type SlotFull = { __typename: 'SlotFull'; slotId: string; remaining: number; message: string };
type StoredAnswer = { __typename: 'Appointment'; id: string } | SlotFull;

export type HoldSlotAnswer =
  | ({ __typename: 'Appointment' } & AppointmentRow)
  | SlotFull
  | ReturnType<typeof notFound>
  | ReturnType<typeof invalidInput>;

function slotFull(slotId: string, remaining: number): SlotFull {
  const message = remaining === 0 ? 'This time is fully booked.' : `Only ${remaining} place(s) left at this time.`;
  return { __typename: 'SlotFull', slotId, remaining, message };
}

async function replay(db: ProvidersDb, stored: StoredAnswer): Promise<HoldSlotAnswer> {
  if (stored.__typename === 'SlotFull') return stored;
  const [appointment] = await db.select().from(appointments).where(eq(appointments.id, stored.id));
  if (!appointment) throw new Error(`stored appointment ${stored.id} is missing`);
  return { __typename: 'Appointment', ...appointment };
}

/**
 * Holds places on a slot. The decrement is one conditional UPDATE (remaining >= partySize), backed by
 * the CHECK (remaining >= 0), so concurrent holds can never sell more than the capacity. The idempotency
 * key is claimed in the same transaction: a concurrent retry waits for it and then replays its answer.
 */
export async function holdSlot(db: ProvidersDb, rawInput: unknown, now: Date): Promise<HoldSlotAnswer> {
  const parsed = holdSlotInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalidInput(fieldProblems(parsed.error));
  const input = parsed.data;
  const fingerprint = requestFingerprint({ ...input, idempotencyKey: undefined });

  return answerOrRefusal(() =>
    db.transaction(async (tx) => {
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
        return replay(tx, earlier.result as StoredAnswer);
      }

      const [slot] = await tx
        .update(slots)
        .set({ remaining: sql`${slots.remaining} - ${input.partySize}` })
        .where(and(eq(slots.id, input.slotId), gte(slots.remaining, input.partySize), gt(slots.startsAt, now)))
        .returning({ id: slots.id });

      let answer: HoldSlotAnswer;
      let stored: StoredAnswer;
      if (slot) {
        const [appointment] = await tx
          .insert(appointments)
          .values({
            reference: newReference('MT'),
            slotId: slot.id,
            partySize: input.partySize,
            status: 'HELD',
            contactName: input.contact.name,
            contactEmail: input.contact.email,
            contactPhone: input.contact.phone ?? null,
            nationality: input.contact.nationality,
            locale: input.contact.locale,
            campaignCode: input.campaignCode ?? null,
            consentAt: now,
          })
          .returning();
        if (!appointment) throw new Error('appointment insert returned nothing');
        answer = { __typename: 'Appointment', ...appointment };
        stored = { __typename: 'Appointment', id: appointment.id };
      } else {
        const [current] = await tx.select().from(slots).where(eq(slots.id, input.slotId));
        if (!current) throw new Refusal<HoldSlotAnswer>(notFound(input.slotId, 'Slot'));
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

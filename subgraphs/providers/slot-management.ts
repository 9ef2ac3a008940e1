import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { invalidInput, notFound } from '../../core/errors';
import { LOCALES } from '../../core/locale';
import { idSchema } from '../../core/validation';
import type { ProvidersDb } from './data';
import { procedures, providers, slots, type ProviderRow, type SlotRow } from './schema';

const DAY_MS = 86_400_000;

const startTime = (now: Date) =>
  z
    .date()
    .refine((instant) => instant > now, 'must be in the future')
    .refine((instant) => instant.getTime() - now.getTime() <= 366 * DAY_MS, 'must be within a year');
const durationMinutes = z.number().int().min(5, 'must be 5 to 600 minutes').max(600, 'must be 5 to 600 minutes');
const capacity = z.number().int().min(1, 'must be 1 to 50').max(50, 'must be 1 to 50');
const mode = z.enum(['IN_PERSON', 'REMOTE']);

export function publishSlotsSchema(now: Date) {
  return z.object({
    providerId: idSchema,
    procedureId: idSchema.nullish(),
    mode,
    startsAt: z
      .array(startTime(now))
      .min(1, 'give at least one start time')
      .max(200, 'at most 200 slots at once')
      .refine((times) => new Set(times.map((time) => time.getTime())).size === times.length, 'has duplicate times'),
    durationMinutes,
    capacity,
    interpreterLanguage: z.enum(LOCALES).nullish(),
  });
}

export function updateSlotSchema(now: Date) {
  return z
    .object({
      slotId: idSchema,
      capacity: capacity.nullish(),
      startsAt: startTime(now).nullish(),
      durationMinutes: durationMinutes.nullish(),
      mode: mode.nullish(),
      interpreterLanguage: z.enum(LOCALES).nullish(),
      clearInterpreter: z.boolean().nullish(),
    })
    .refine((input) => !(input.clearInterpreter && input.interpreterLanguage), {
      message: 'give an interpreter language or clear it, not both',
      path: ['clearInterpreter'],
    });
}
export type UpdateSlotInput = z.infer<ReturnType<typeof updateSlotSchema>>;

/** The provider a slot operation is about, so the resolver can check the caller may manage it. */
export async function providerOf(db: ProvidersDb, providerId: string): Promise<ProviderRow | null> {
  const [row] = await db.select().from(providers).where(eq(providers.id, providerId));
  return row ?? null;
}

export type PublishAnswer =
  { __typename: 'SlotsPublished'; slots: SlotRow[] } | ReturnType<typeof notFound> | ReturnType<typeof invalidInput>;

/** Offers new slots, all or none; a procedure must be one of the provider's own. */
export async function publishSlots(
  db: ProvidersDb,
  input: z.infer<ReturnType<typeof publishSlotsSchema>>,
): Promise<PublishAnswer> {
  if (input.procedureId) {
    const [procedure] = await db
      .select({ id: procedures.id })
      .from(procedures)
      .where(and(eq(procedures.id, input.procedureId), eq(procedures.providerId, input.providerId)));
    if (!procedure) return invalidInput([{ field: 'procedureId', message: 'is not a procedure of this provider' }]);
  }
  const created = await db
    .insert(slots)
    .values(
      input.startsAt.map((startsAt) => ({
        providerId: input.providerId,
        procedureId: input.procedureId ?? null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
        mode: input.mode,
        capacity: input.capacity,
        remaining: input.capacity,
        interpreterLanguage: input.interpreterLanguage ?? null,
      })),
    )
    .returning();
  return { __typename: 'SlotsPublished', slots: created };
}

export type UpdateAnswer = ({ __typename: 'Slot' } & SlotRow) | ReturnType<typeof invalidInput>;

/**
 * Changes an open slot in one conditional UPDATE, so a hold racing with it is either counted in the new
 * `remaining` or refused: capacity never drops below the places held, and a slot with bookings keeps its time.
 */
export async function updateSlot(
  db: ProvidersDb,
  slot: SlotRow,
  input: UpdateSlotInput,
  now: Date,
): Promise<UpdateAnswer> {
  if (slot.startsAt <= now) return invalidInput([{ field: 'slotId', message: 'has already started' }]);
  if (slot.closedAt) return invalidInput([{ field: 'slotId', message: 'is closed; publish a new slot instead' }]);
  const startsAt = input.startsAt ?? slot.startsAt;
  const minutes = input.durationMinutes ?? (slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000;
  const moves = input.startsAt != null || input.durationMinutes != null;
  const held = sql`${slots.capacity} - ${slots.remaining}`;
  const [updated] = await db
    .update(slots)
    .set({
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      mode: input.mode ?? slot.mode,
      interpreterLanguage: input.clearInterpreter ? null : (input.interpreterLanguage ?? slot.interpreterLanguage),
      ...(input.capacity != null && {
        capacity: input.capacity,
        remaining: sql`${slots.remaining} + ${input.capacity} - ${slots.capacity}`,
      }),
    })
    .where(
      and(
        eq(slots.id, slot.id),
        isNull(slots.closedAt),
        input.capacity != null ? sql`${held} <= ${input.capacity}` : undefined,
        moves ? sql`${held} = 0` : undefined,
      ),
    )
    .returning();
  if (updated) return { __typename: 'Slot', ...updated };
  const [current] = await db.select().from(slots).where(eq(slots.id, slot.id));
  const heldNow = current ? current.capacity - current.remaining : 0;
  if (current?.closedAt) return invalidInput([{ field: 'slotId', message: 'is closed; publish a new slot instead' }]);
  if (moves && heldNow > 0) {
    return invalidInput([
      { field: 'startsAt', message: `has ${heldNow} places held; close it and publish a new slot instead` },
    ]);
  }
  return invalidInput([{ field: 'capacity', message: `must be at least the ${heldNow} places already held` }]);
}

/** Closes a slot once; closing again answers the slot as it is. */
export async function closeSlot(db: ProvidersDb, slot: SlotRow, now: Date): Promise<SlotRow> {
  const [closed] = await db
    .update(slots)
    .set({ closedAt: now })
    .where(and(eq(slots.id, slot.id), isNull(slots.closedAt)))
    .returning();
  return closed ?? slot;
}

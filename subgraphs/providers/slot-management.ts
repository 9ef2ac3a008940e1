import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { fieldProblems, invalidInput, notFound } from '../../core/errors';
import { LOCALES } from '../../core/locale';
import { idSchema } from '../../core/validation';
import type { ProvidersDb } from './data';
import { procedures, providers, slots, type ProviderRow, type SlotRow } from './schema';

const DAY_MS = 86_400_000;

export function publishSlotsSchema(now: Date) {
  return z.object({
    providerId: idSchema,
    procedureId: idSchema.nullish(),
    mode: z.enum(['IN_PERSON', 'REMOTE']),
    startsAt: z
      .array(
        z
          .date()
          .refine((instant) => instant > now, 'must be in the future')
          .refine((instant) => instant.getTime() - now.getTime() <= 366 * DAY_MS, 'must be within a year'),
      )
      .min(1, 'give at least one start time')
      .max(200, 'at most 200 slots at once')
      .refine((times) => new Set(times.map((time) => time.getTime())).size === times.length, 'has duplicate times'),
    durationMinutes: z.number().int().min(5, 'must be 5 to 600 minutes').max(600, 'must be 5 to 600 minutes'),
    capacity: z.number().int().min(1, 'must be 1 to 50').max(50, 'must be 1 to 50'),
    interpreterLanguage: z.enum(LOCALES).nullish(),
  });
}

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

export function parsePublishInput(rawInput: unknown, now: Date) {
  const parsed = publishSlotsSchema(now).safeParse(rawInput);
  return parsed.success ? { input: parsed.data } : { problem: invalidInput(fieldProblems(parsed.error)) };
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

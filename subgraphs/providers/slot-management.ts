import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { MAX_PATTERN_SLOTS, MAX_SLOT_CAPACITY } from '../../core/list-caps';
import { z } from 'zod';
import { recordAudit, recordAudits, type AuditValues } from '../../core/audit';
import type { Staff } from '../../core/auth';
import { answerOrRefusal, invalidInput, notFound, Refusal, staleVersion, type FieldProblem } from '../../core/errors';
import { LOCALES } from '../../core/locale';
import { addDays, isoWeekday, koreaDate, koreaInstant } from '../../core/time';
import { idSchema } from '../../core/validation';
import type { ProvidersDb } from './data';
import type { Weekday } from './generated/resolvers';
import { auditTrail, procedures, providers, slots, type ProviderRow, type SlotRow } from './schema';

const DAY_MS = 86_400_000;
/** How far ahead slots may be offered: a clinic's calendar, not a standing promise. */
const MAX_DAYS_AHEAD = 366;
/** The longest range a weekly pattern covers, from its first to its last day. */
const MAX_PATTERN_DAYS = 92;

/** ISO weekday numbers (core/time.ts isoWeekday) of the schema's Weekday values; typed, so none can be missing. */
const ISO_WEEKDAY: Record<Weekday, number> = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};
const WEEKDAYS = Object.keys(ISO_WEEKDAY) as [Weekday, ...Weekday[]];

const startTime = (now: Date) =>
  z
    .date()
    .refine((instant) => instant > now, 'must be in the future')
    .refine((instant) => instant.getTime() - now.getTime() <= MAX_DAYS_AHEAD * DAY_MS, 'must be within a year');
const durationMinutes = z.number().int().min(5, 'must be 5 to 600 minutes').max(600, 'must be 5 to 600 minutes');
const capacityMessage = `must be 1 to ${MAX_SLOT_CAPACITY}`;
const capacity = z.number().int().min(1, capacityMessage).max(MAX_SLOT_CAPACITY, capacityMessage);
const mode = z.enum(['IN_PERSON', 'REMOTE']);
const distinct = (values: readonly unknown[]) => new Set(values).size === values.length;

/**
 * What every new slot is offered as, whether its starts are given one by one (publishSlots) or as a weekly pattern
 * (publishSlotPattern): one set of rules for both. That the procedure is the provider's own is checked with the
 * database, in the transaction that inserts (`insertSlots`).
 */
const offerShape = {
  providerId: idSchema,
  procedureId: idSchema.nullish(),
  mode,
  durationMinutes,
  capacity,
  interpreterLanguage: z.enum(LOCALES).nullish(),
};
type Offer = z.infer<z.ZodObject<typeof offerShape>>;

export function publishSlotsSchema(now: Date) {
  return z.object({
    ...offerShape,
    startsAt: z
      .array(startTime(now))
      .min(1, 'give at least one start time')
      .max(200, 'at most 200 slots at once')
      .refine((times) => distinct(times.map((time) => time.getTime())), 'has duplicate times'),
  });
}
export type PublishSlotsInput = z.infer<ReturnType<typeof publishSlotsSchema>>;

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD');
const daysBetween = (from: string, until: string) => (Date.parse(until) - Date.parse(from)) / DAY_MS;

/** The Korean days of [from, until] that fall on one of `weekdays`, in order. */
function patternDays(from: string, until: string, weekdays: readonly Weekday[]): string[] {
  const wanted = new Set(weekdays.map((day) => ISO_WEEKDAY[day]));
  const days: string[] = [];
  for (let day = from; day <= until; day = addDays(day, 1)) if (wanted.has(isoWeekday(day))) days.push(day);
  return days;
}

/**
 * A weekly pattern over Korean days: the range checked against today in Korea (a range ending today still has
 * slots later today), its size against MAX_PATTERN_SLOTS before anything is read, so an oversized pattern costs
 * nothing but this check.
 */
export function publishSlotPatternSchema(now: Date) {
  const today = koreaDate(now);
  // Its last day ends at most MAX_DAYS_AHEAD days from now, as every start publishSlots takes.
  const lastDay = koreaDate(new Date(now.getTime() + (MAX_DAYS_AHEAD - 1) * DAY_MS));
  return z
    .object({
      ...offerShape,
      from: dateSchema,
      until: dateSchema,
      weekdays: z
        .array(z.enum(WEEKDAYS))
        .min(1, 'choose at least one day of the week')
        .refine(distinct, 'names a day twice'),
      times: z
        .array(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day, HH:MM (00:00 to 23:59)'))
        .min(1, 'give at least one start time')
        .max(24, 'at most 24 start times a day')
        .refine(distinct, 'has duplicate times'),
    })
    .superRefine((input, context) => {
      const problem = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
      if (input.until < input.from) return problem('until', 'must be on or after from');
      if (daysBetween(input.from, input.until) > MAX_PATTERN_DAYS) {
        return problem('until', `must be at most ${MAX_PATTERN_DAYS} days after from`);
      }
      if (input.until < today) return problem('until', 'must not be in the past');
      if (input.until > lastDay) return problem('until', 'must be within a year');
      const count = patternDays(input.from, input.until, input.weekdays).length * input.times.length;
      if (count > MAX_PATTERN_SLOTS) {
        const message = `makes ${count} slots, at most ${MAX_PATTERN_SLOTS} at once: choose fewer days, times or weeks`;
        for (const field of ['weekdays', 'times', 'until']) problem(field, message);
      }
    });
}
export type PublishSlotPatternInput = z.infer<ReturnType<typeof publishSlotPatternSchema>>;

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
      expectedVersion: z.number().int().min(1, 'is not a version of this slot').nullish(),
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

/** A slot as the audit trail keeps it: what staff decide (places left and the version follow from bookings). */
function slotValues(slot: SlotRow): AuditValues {
  return {
    procedureId: slot.procedureId,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    mode: slot.mode,
    capacity: slot.capacity,
    interpreterLanguage: slot.interpreterLanguage,
    closedAt: slot.closedAt,
  };
}

/** Who changes a provider's calendar: the staff member, and the provider (its slug names the audit entries' owner). */
export interface CalendarEditor {
  staff: Staff;
  provider: ProviderRow;
}

type Invalid = ReturnType<typeof invalidInput>;
const refuse = (problems: FieldProblem[]) => new Refusal<Invalid>(invalidInput(problems));

/**
 * Inserts slots of one offer with an audit entry each, in the caller's transaction; refuses (rolling it back) a
 * procedure that is not the provider's own.
 */
async function insertSlots(tx: ProvidersDb, editor: CalendarEditor, offer: Offer, starts: Date[]): Promise<SlotRow[]> {
  if (offer.procedureId) {
    const [procedure] = await tx
      .select({ id: procedures.id })
      .from(procedures)
      .where(and(eq(procedures.id, offer.procedureId), eq(procedures.providerId, editor.provider.id)));
    if (!procedure) throw refuse([{ field: 'procedureId', message: 'is not a procedure of this provider' }]);
  }
  if (starts.length === 0) return [];
  const created = await tx
    .insert(slots)
    .values(
      starts.map((startsAt) => ({
        providerId: editor.provider.id,
        procedureId: offer.procedureId ?? null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + offer.durationMinutes * 60_000),
        mode: offer.mode,
        capacity: offer.capacity,
        remaining: offer.capacity,
        interpreterLanguage: offer.interpreterLanguage ?? null,
      })),
    )
    .returning();
  await recordAudits(
    tx,
    auditTrail,
    editor.staff,
    created.map((slot) => ({
      action: 'slot.publish',
      entityType: 'Slot',
      entityId: slot.id,
      owner: { provider: editor.provider.slug },
      before: null,
      after: slotValues(slot),
    })),
  );
  return created;
}

export type PublishAnswer = { __typename: 'SlotsPublished'; slots: SlotRow[] } | Invalid;

/** Offers new slots, all or none; a procedure must be one of the provider's own. */
export function publishSlots(
  db: ProvidersDb,
  editor: CalendarEditor,
  input: PublishSlotsInput,
): Promise<PublishAnswer> {
  return answerOrRefusal<PublishAnswer>(() =>
    db.transaction(async (tx) => ({
      __typename: 'SlotsPublished' as const,
      slots: await insertSlots(tx, editor, input, input.startsAt),
    })),
  );
}

export type PatternAnswer = { __typename: 'SlotPatternPublished'; slots: SlotRow[]; skipped: number } | Invalid;

/**
 * Publishes a weekly pattern: every chosen weekday of [from, until] at every time, in Korea time, less the times
 * already past and those the provider already offers (an open slot of the same procedure and mode starting then),
 * in one transaction. The provider's row is locked for it, so two patterns published at once cannot both add the
 * same time.
 */
export function publishSlotPattern(
  db: ProvidersDb,
  editor: CalendarEditor,
  input: PublishSlotPatternInput,
  now: Date,
): Promise<PatternAnswer> {
  const starts = patternDays(input.from, input.until, input.weekdays).flatMap((day) =>
    input.times.map((time) => koreaInstant(day, time)),
  );
  const future = starts.filter((instant) => instant > now);
  return answerOrRefusal<PatternAnswer>(() =>
    db.transaction(async (tx) => {
      await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, editor.provider.id)).for('update');
      const offered =
        future.length === 0
          ? []
          : await tx
              .select({ startsAt: slots.startsAt })
              .from(slots)
              .where(
                and(
                  eq(slots.providerId, editor.provider.id),
                  sql`${slots.procedureId} is not distinct from ${input.procedureId ?? null}`,
                  eq(slots.mode, input.mode),
                  isNull(slots.closedAt),
                  inArray(slots.startsAt, future),
                ),
              );
      const taken = new Set(offered.map((slot) => slot.startsAt.getTime()));
      const fresh = future.filter((instant) => !taken.has(instant.getTime()));
      const created = await insertSlots(tx, editor, input, fresh);
      return { __typename: 'SlotPatternPublished' as const, slots: created, skipped: starts.length - created.length };
    }),
  );
}

export type UpdateAnswer =
  ({ __typename: 'Slot' } & SlotRow) | Invalid | ReturnType<typeof notFound> | ReturnType<typeof staleVersion>;

/**
 * Changes an open slot. Its row is locked first, so a hold racing with the change waits and is counted in the new
 * `remaining` (or refused by it): capacity never drops below the places held, and a slot with bookings keeps its
 * time. A save naming an older version than the stored one is refused, storing nothing.
 */
export function updateSlot(
  db: ProvidersDb,
  editor: CalendarEditor,
  input: UpdateSlotInput,
  now: Date,
): Promise<UpdateAnswer> {
  return answerOrRefusal<UpdateAnswer>(() =>
    db.transaction(async (tx) => {
      const [slot] = await tx.select().from(slots).where(eq(slots.id, input.slotId)).for('update');
      if (!slot) throw new Refusal(notFound(input.slotId, 'Slot'));
      if (input.expectedVersion != null && input.expectedVersion !== slot.version) {
        throw new Refusal(staleVersion(slot.id, slot.version));
      }
      if (slot.closedAt) throw refuse([{ field: 'slotId', message: 'is closed; publish a new slot instead' }]);
      if (slot.startsAt <= now) throw refuse([{ field: 'slotId', message: 'has already started' }]);
      const held = slot.capacity - slot.remaining;
      const moves = input.startsAt != null || input.durationMinutes != null;
      if (moves && held > 0) {
        throw refuse([
          { field: 'startsAt', message: `has ${held} places held; close it and publish a new slot instead` },
        ]);
      }
      if (input.capacity != null && input.capacity < held) {
        throw refuse([{ field: 'capacity', message: `must be at least the ${held} places already held` }]);
      }
      const startsAt = input.startsAt ?? slot.startsAt;
      const minutes = input.durationMinutes ?? (slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000;
      const [updated] = await tx
        .update(slots)
        .set({
          startsAt,
          endsAt: new Date(startsAt.getTime() + minutes * 60_000),
          mode: input.mode ?? slot.mode,
          interpreterLanguage: input.clearInterpreter ? null : (input.interpreterLanguage ?? slot.interpreterLanguage),
          ...(input.capacity != null && { capacity: input.capacity, remaining: input.capacity - held }),
          version: slot.version + 1,
        })
        .where(and(eq(slots.id, slot.id), eq(slots.version, slot.version)))
        .returning();
      if (!updated) throw new Error(`slot ${slot.id} changed under its lock`);
      await recordAudit(tx, auditTrail, editor.staff, {
        action: 'slot.update',
        entityType: 'Slot',
        entityId: slot.id,
        owner: { provider: editor.provider.slug },
        before: slotValues(slot),
        after: slotValues(updated),
      });
      return { __typename: 'Slot' as const, ...updated };
    }),
  );
}

/** Closes a slot once; closing again answers the slot as it is and records nothing. */
export function closeSlot(db: ProvidersDb, editor: CalendarEditor, slot: SlotRow, now: Date): Promise<SlotRow> {
  return db.transaction(async (tx) => {
    const [closed] = await tx
      .update(slots)
      .set({ closedAt: now, version: sql`${slots.version} + 1` })
      .where(and(eq(slots.id, slot.id), isNull(slots.closedAt)))
      .returning();
    if (!closed) {
      const [current] = await tx.select().from(slots).where(eq(slots.id, slot.id));
      return current ?? slot;
    }
    await recordAudit(tx, auditTrail, editor.staff, {
      action: 'slot.close',
      entityType: 'Slot',
      entityId: slot.id,
      owner: { provider: editor.provider.slug },
      before: { closedAt: null },
      after: { closedAt: closed.closedAt },
    });
    return closed;
  });
}

import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../core/audit';
import type { Staff } from '../../core/auth';
import { answerOrRefusal, invalidInput, parseInput, Refusal, staleVersion } from '../../core/errors';
import type { ItinerariesDb } from './data';
import { replySignal } from './delivery';
import { auditTrail, inquiries, inquiryEvents, replyOutbox, type InquiryRow, type PackageRow } from './schema';

export type InquiryStatus = InquiryRow['status'];

/**
 * The pipeline, as data: where an inquiry may go from each status. Forward one step at a time; LOST from any open
 * status; a lost inquiry may be taken up again (CONTACTED); BOOKED is the end.
 */
export const NEXT_STATUSES: Readonly<Record<InquiryStatus, readonly InquiryStatus[]>> = {
  NEW: ['CONTACTED', 'LOST'],
  CONTACTED: ['QUOTED', 'LOST'],
  QUOTED: ['BOOKED', 'LOST'],
  BOOKED: [],
  LOST: ['CONTACTED'],
};

export const MAX_REASON_CHARS = 500;
export const MAX_NOTE_CHARS = 2_000;
export const MAX_REPLY_CHARS = 5_000;

const staffText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max.toLocaleString('en')} characters`);

const statusInput = z
  .object({
    status: z.enum(inquiries.status.enumValues),
    reason: staffText(MAX_REASON_CHARS).nullish(),
    expectedVersion: z.number().int().nullish(),
  })
  .superRefine((input, context) => {
    if (input.status === 'LOST' && !input.reason) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'is required to mark an inquiry LOST' });
    }
    if (input.status !== 'LOST' && input.reason) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'is only given when marking an inquiry LOST' });
    }
  });
const noteInput = z.object({ text: staffText(MAX_NOTE_CHARS) });
const replyInput = z.object({ text: staffText(MAX_REPLY_CHARS) });

/** An inquiry its region's staff handle: the row, and the region of its package (the audit trail's owner). */
export interface HandledInquiry {
  inquiry: InquiryRow;
  region: PackageRow['region'];
  staff: Staff;
}

type InquiryAnswer = { __typename: 'Inquiry' } & InquiryRow;
export type InquiryUpdateAnswer = InquiryAnswer | ReturnType<typeof invalidInput> | ReturnType<typeof staleVersion>;

function transitionProblem(from: InquiryStatus, to: InquiryStatus): string | null {
  if (NEXT_STATUSES[from].includes(to)) return null;
  if (from === to) return `is already ${to}`;
  const next = NEXT_STATUSES[from];
  return next.length === 0
    ? `cannot change: a ${from} inquiry is final`
    : `cannot go from ${from} to ${to}; from ${from} it can go to ${next.join(' or ')}`;
}

/** The inquiry locked for a change, as stored; StaleVersion when the change was based on an older version. */
async function lockInquiry(tx: ItinerariesDb, id: string, expectedVersion: number | null | undefined) {
  const [current] = await tx.select().from(inquiries).where(eq(inquiries.id, id)).for('update');
  if (!current) throw new Error(`inquiry ${id} vanished while it was changed`);
  if (expectedVersion != null && current.version !== expectedVersion) {
    throw new Refusal<InquiryUpdateAnswer>(staleVersion(id, current.version));
  }
  return current;
}

/** Moves the inquiry to `status`, a new version, with its STATUS event (carrying `reason`). */
async function moveTo(
  tx: ItinerariesDb,
  current: InquiryRow,
  status: InquiryStatus,
  reason: string | null,
  staff: Staff,
  expectedVersion: number | null | undefined,
): Promise<InquiryRow> {
  const [moved] = await tx
    .update(inquiries)
    .set({ status, version: sql`${inquiries.version} + 1` })
    .where(
      and(eq(inquiries.id, current.id), expectedVersion != null ? eq(inquiries.version, expectedVersion) : undefined),
    )
    .returning();
  if (!moved) throw new Refusal<InquiryUpdateAnswer>(staleVersion(current.id, current.version));
  await tx
    .insert(inquiryEvents)
    .values({ inquiryId: current.id, actorId: staff.id, kind: 'STATUS', status, text: reason });
  return moved;
}

/**
 * Moves an inquiry along the pipeline (NEXT_STATUSES), with its event in the history and an audit entry; a move
 * the pipeline does not allow is InvalidInput on `status`, and nothing is stored. The reason for LOST goes to the
 * history only: staff may write anything in it, so the audit trail records the move alone.
 */
export async function setInquiryStatus(
  db: ItinerariesDb,
  handled: HandledInquiry,
  args: unknown,
): Promise<InquiryUpdateAnswer> {
  const { input, problem } = parseInput(statusInput, args);
  if (!input) return problem;
  return answerOrRefusal(() =>
    db.transaction(async (tx) => {
      const current = await lockInquiry(tx, handled.inquiry.id, input.expectedVersion);
      const refused = transitionProblem(current.status, input.status);
      if (refused) throw new Refusal<InquiryUpdateAnswer>(invalidInput([{ field: 'status', message: refused }]));
      const moved = await moveTo(tx, current, input.status, input.reason ?? null, handled.staff, input.expectedVersion);
      await recordAudit(tx, auditTrail, handled.staff, {
        action: 'inquiry.status',
        entityType: 'Inquiry',
        entityId: current.id,
        owner: { region: handled.region },
        before: { status: current.status },
        after: { status: moved.status },
      });
      return { __typename: 'Inquiry' as const, ...moved };
    }),
  );
}

/**
 * Adds a note to the inquiry's history. Notes may hold anything the staff learnt about the patient: the audit trail
 * records that a note was added (its event id), never its text.
 */
export async function addInquiryNote(
  db: ItinerariesDb,
  handled: HandledInquiry,
  args: unknown,
): Promise<InquiryUpdateAnswer> {
  const { input, problem } = parseInput(noteInput, args);
  if (!input) return problem;
  return db.transaction(async (tx) => {
    const [event] = await tx
      .insert(inquiryEvents)
      .values({ inquiryId: handled.inquiry.id, actorId: handled.staff.id, kind: 'NOTE', text: input.text })
      .returning({ id: inquiryEvents.id });
    await recordAudit(tx, auditTrail, handled.staff, {
      action: 'inquiry.note',
      entityType: 'Inquiry',
      entityId: handled.inquiry.id,
      owner: { region: handled.region },
      before: null,
      after: { note: event?.id ?? null },
    });
    const [inquiry] = await tx.select().from(inquiries).where(eq(inquiries.id, handled.inquiry.id));
    if (!inquiry) throw new Error(`inquiry ${handled.inquiry.id} vanished while a note was added`);
    return { __typename: 'Inquiry' as const, ...inquiry };
  });
}

/**
 * Records the staff's reply and its e-mail in the outbox in one transaction, so the patient gets it exactly when it
 * is recorded (the delivery worker sends it once this commits: subgraphs/itineraries/delivery.ts). A NEW inquiry
 * becomes CONTACTED. The audit trail records that a reply was sent (its event id) and the status, never the text
 * or the address.
 */
export async function replyToInquiry(
  db: ItinerariesDb,
  handled: HandledInquiry,
  args: unknown,
): Promise<InquiryUpdateAnswer> {
  const { input, problem } = parseInput(replyInput, args);
  if (!input) return problem;
  return replySignal.transaction(db, async (tx) => {
    const current = await lockInquiry(tx, handled.inquiry.id, null);
    const [event] = await tx
      .insert(inquiryEvents)
      .values({ inquiryId: current.id, actorId: handled.staff.id, kind: 'REPLY', text: input.text })
      .returning({ id: inquiryEvents.id });
    if (!event) throw new Error('the reply event was not written');
    await tx.insert(replyOutbox).values({ eventId: event.id });
    replySignal.recorded(tx);
    const after =
      current.status === 'NEW' ? await moveTo(tx, current, 'CONTACTED', null, handled.staff, null) : current;
    await recordAudit(tx, auditTrail, handled.staff, {
      action: 'inquiry.reply',
      entityType: 'Inquiry',
      entityId: current.id,
      owner: { region: handled.region },
      before: { status: current.status },
      after: { status: after.status, reply: event.id },
    });
    return { __typename: 'Inquiry' as const, ...after };
  });
}

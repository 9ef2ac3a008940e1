import { and, desc, eq, type SQL } from 'drizzle-orm';
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
import { answerOrRefusal, fieldProblems, invalidInput, notFound, Refusal, type FieldProblem } from '../../core/errors';
import { LOCALES } from '../../core/locale';
import { addDays, koreaDate } from '../../core/time';
import {
  campaignCodeSchema,
  consentSchema,
  contactSchema,
  idempotencyKeySchema,
  idSchema,
  newReference,
  requestFingerprint,
  siteKeySchema,
} from '../../core/validation';
import { creditedSite } from '../../core/attribution';
import type { ItinerariesDb } from './data';
import { inquiries, inquiryRequests, packages, type InquiryRow } from './schema';

export const submitInquiryInputSchema = z.object({
  packageId: idSchema,
  contact: contactSchema,
  partySize: z.number().int().min(1, 'must be at least 1').max(11, 'must be at most 11'),
  preferredStart: z.string().nullish(),
  locale: z.enum(LOCALES),
  consent: consentSchema,
  campaignCode: campaignCodeSchema.nullish(),
  siteKey: siteKeySchema.nullish(),
  idempotencyKey: idempotencyKeySchema,
  message: z.string().trim().max(2_000, 'must be at most 2,000 characters').nullish(),
});

export type SubmitInquiryAnswer =
  ({ __typename: 'Inquiry' } & InquiryRow) | ReturnType<typeof notFound> | ReturnType<typeof invalidInput> | Throttled;

/** Advisory-lock namespace of inquiries' contacts (core/contact-throttle.ts). */
const INQUIRY_CONTACT_LOCK = 7_270_101;

const MAX_LEAD_DAYS = 730;

function scheduleProblems(
  input: z.infer<typeof submitInquiryInputSchema>,
  maxGuardians: number,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.partySize > 1 + maxGuardians) {
    problems.push({
      field: 'partySize',
      message: `this package allows the patient and at most ${maxGuardians} guardian(s)`,
    });
  }
  if (input.preferredStart && input.preferredStart < today) {
    problems.push({ field: 'preferredStart', message: 'must not be in the past' });
  }
  if (input.preferredStart && input.preferredStart > addDays(today, MAX_LEAD_DAYS)) {
    problems.push({ field: 'preferredStart', message: 'must be within two years' });
  }
  return problems;
}

/** When the contact may ask about this package again, if one of CONTACT_LIMITS.inquiries is reached. */
async function inquiryThrottle(db: ItinerariesDb, email: string, packageId: string): Promise<Throttled | null> {
  const { perContact, perPackage } = CONTACT_LIMITS.inquiries;
  const waitUnder = (limit: ContactLimit, ...also: SQL[]) =>
    db
      .select({ wait: secondsUntilOutOf(inquiries.createdAt, limit) })
      .from(inquiries)
      .where(and(sameContact(inquiries.contactEmail, email), inWindow(inquiries.createdAt, limit), ...also))
      .orderBy(desc(inquiries.createdAt))
      .offset(limit.count - 1)
      .limit(1);
  // Both limits in one statement.
  const rows = await unionAll(waitUnder(perContact), waitUnder(perPackage, eq(inquiries.packageId, packageId)));
  return throttledFor(rows.map((row) => row.wait));
}

/**
 * Records an inquiry about a package once per idempotency key; a retry returns the first inquiry. A contact over
 * CONTACT_LIMITS.inquiries gets Throttled, and nothing is stored (the claimed key is rolled back with the rest).
 */
export async function submitInquiry(
  db: ItinerariesDb,
  rawInput: unknown,
  now: Date,
  verifiedSite: string | null,
): Promise<SubmitInquiryAnswer> {
  const parsed = submitInquiryInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalidInput(fieldProblems(parsed.error));
  const input = parsed.data;
  const credited = creditedSite(input.siteKey, verifiedSite);
  if (credited.problem) return invalidInput([credited.problem]);
  const fingerprint = requestFingerprint({ ...input, idempotencyKey: undefined });

  return answerOrRefusal(() =>
    db.transaction(async (tx) => {
      const [claimed] = await tx
        .insert(inquiryRequests)
        .values({ idempotencyKey: input.idempotencyKey, requestHash: fingerprint })
        .onConflictDoNothing()
        .returning({ key: inquiryRequests.idempotencyKey });
      if (!claimed) {
        const [earlier] = await tx
          .select()
          .from(inquiryRequests)
          .where(eq(inquiryRequests.idempotencyKey, input.idempotencyKey));
        const [inquiry] = earlier?.inquiryId
          ? await tx.select().from(inquiries).where(eq(inquiries.id, earlier.inquiryId))
          : [];
        if (earlier?.requestHash !== fingerprint || !inquiry) {
          throw new Refusal<SubmitInquiryAnswer>(
            invalidInput([{ field: 'idempotencyKey', message: 'was already used for a different request' }]),
          );
        }
        return { __typename: 'Inquiry' as const, ...inquiry };
      }

      const [pkg] = await tx.select().from(packages).where(eq(packages.id, input.packageId));
      if (!pkg || pkg.status !== 'PUBLISHED')
        throw new Refusal<SubmitInquiryAnswer>(notFound(input.packageId, 'Package'));
      const problems = scheduleProblems(input, pkg.maxGuardians, koreaDate(now));
      if (problems.length) throw new Refusal<SubmitInquiryAnswer>(invalidInput(problems));
      await lockContact(tx, INQUIRY_CONTACT_LOCK, input.contact.email);
      const throttle = await inquiryThrottle(tx, input.contact.email, pkg.id);
      if (throttle) throw new Refusal<SubmitInquiryAnswer>(throttle);

      const [inquiry] = await tx
        .insert(inquiries)
        .values({
          reference: newReference('MTQ'),
          packageId: pkg.id,
          partySize: input.partySize,
          preferredStart: input.preferredStart ?? null,
          locale: input.locale,
          contactName: input.contact.name,
          contactEmail: input.contact.email,
          contactPhone: input.contact.phone ?? null,
          nationality: input.contact.nationality,
          message: input.message ?? null,
          campaignCode: input.campaignCode ?? null,
          siteKey: credited.site,
          consentAt: now,
        })
        .returning();
      if (!inquiry) throw new Error('inquiry insert returned nothing');
      await tx
        .update(inquiryRequests)
        .set({ inquiryId: inquiry.id })
        .where(eq(inquiryRequests.idempotencyKey, input.idempotencyKey));
      return { __typename: 'Inquiry' as const, ...inquiry };
    }),
  );
}

import { eq } from 'drizzle-orm';
import { z } from 'zod';
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
  ({ __typename: 'Inquiry' } & InquiryRow) | ReturnType<typeof notFound> | ReturnType<typeof invalidInput>;

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

/** Records an inquiry about a package once per idempotency key; a retry returns the first inquiry. */
export async function submitInquiry(db: ItinerariesDb, rawInput: unknown, now: Date): Promise<SubmitInquiryAnswer> {
  const parsed = submitInquiryInputSchema.safeParse(rawInput);
  if (!parsed.success) return invalidInput(fieldProblems(parsed.error));
  const input = parsed.data;
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
          siteKey: input.siteKey ?? null,
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

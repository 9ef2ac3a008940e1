import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { idSchema, safeLinkSchema } from '../../core/validation';
import type { ProvidersDb } from './data';
import { providers, type ProviderRow } from './schema';

/** A link patients follow out of the page (map, video call): https only, never a path on the partner's site. */
const httpsLinkSchema = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .pipe(safeLinkSchema)
  .refine((link) => link.startsWith('https://'), 'must be an https:// link');

/** Undefined leaves a setting as it is; null clears the optional ones (and means "unchanged" for the others). */
export const providerSettingsSchema = z.object({
  providerId: idSchema,
  autoConfirm: z.boolean().nullish(),
  cancellationWindowHours: z
    .number()
    .int()
    .min(0, 'must be 0 to 336 hours')
    .max(336, 'must be 0 to 336 hours')
    .nullish(),
  address: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').nullish(),
  mapUrl: httpsLinkSchema.nullish(),
  videoCallUrl: httpsLinkSchema.nullish(),
  notificationEmail: z
    .string()
    .trim()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email('is not an email address'))
    .nullish(),
  /** The staff's messages are written in Korean or English only (subgraphs/providers/messages/staff.ts). */
  staffLocale: z.enum(['KO', 'EN'], { error: 'must be KO or EN' }).nullish(),
});
export type ProviderSettingsInput = z.infer<typeof providerSettingsSchema>;

/** Changes the settings given, in one UPDATE; with none given the provider answers unchanged. */
export async function updateProviderSettings(
  db: ProvidersDb,
  provider: ProviderRow,
  input: ProviderSettingsInput,
): Promise<ProviderRow> {
  const change: Partial<ProviderRow> = {
    ...(input.autoConfirm != null && { autoConfirm: input.autoConfirm }),
    ...(input.cancellationWindowHours != null && { cancellationWindowHours: input.cancellationWindowHours }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.mapUrl !== undefined && { mapUrl: input.mapUrl }),
    ...(input.videoCallUrl !== undefined && { videoCallUrl: input.videoCallUrl }),
    ...(input.notificationEmail !== undefined && { notificationEmail: input.notificationEmail }),
    ...(input.staffLocale != null && { staffLocale: input.staffLocale }),
  };
  if (Object.keys(change).length === 0) return provider;
  const [updated] = await db.update(providers).set(change).where(eq(providers.id, provider.id)).returning();
  if (!updated) throw new Error(`provider ${provider.id} is missing`);
  return updated;
}

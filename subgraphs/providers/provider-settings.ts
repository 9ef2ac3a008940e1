import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type AuditValues } from '../../core/audit';
import type { Staff } from '../../core/auth';
import { answerOrRefusal, Refusal, staleVersion } from '../../core/errors';
import { LOCALES } from '../../core/locale';
import { idSchema, safeLinkSchema } from '../../core/validation';
import type { ProvidersDb } from './data';
import { auditTrail, chatChannelEnum, coordinators, providers, type ProviderRow } from './schema';

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
  /** One coordinator per language (the table's primary key), each reachable on at least one channel. */
  coordinators: z
    .array(
      z.object({
        language: z.enum(LOCALES),
        channels: z
          .array(z.enum(chatChannelEnum.enumValues))
          .min(1, 'give at least one chat channel')
          .refine((channels) => new Set(channels).size === channels.length, 'names a channel twice'),
      }),
    )
    .max(LOCALES.length, `at most ${LOCALES.length} coordinators, one per language`)
    .refine(
      (list) => new Set(list.map((coordinator) => coordinator.language)).size === list.length,
      'has two coordinators for one language',
    )
    .nullish(),
  expectedVersion: z.number().int().min(1, 'is not a settings version of this provider').nullish(),
});
export type ProviderSettingsInput = z.infer<typeof providerSettingsSchema>;

type Coordinators = { language: string; channels: string[] }[];

/** The settings the audit trail compares: the provider's own columns staff edit, and the coordinators. */
type Setting =
  | 'autoConfirm'
  | 'cancellationWindowHours'
  | 'address'
  | 'mapUrl'
  | 'videoCallUrl'
  | 'notificationEmail'
  | 'staffLocale';

/** A list compared and recorded in one order, whatever order the staff gave it in. */
const ordered = (list: Coordinators): Coordinators =>
  [...list]
    .map((coordinator) => ({ language: coordinator.language, channels: [...coordinator.channels].sort() }))
    .sort((a, b) => a.language.localeCompare(b.language));

export type SettingsAnswer = ProviderRow | ReturnType<typeof staleVersion>;

/**
 * Changes the settings given, and replaces the coordinators when given, in one transaction with the provider's row
 * locked: a save naming an older settingsVersion than the stored one is refused, storing nothing. Only what
 * actually changes is stored, bumps the version and is recorded (before and after) in the audit trail; a save that
 * changes nothing answers the provider unchanged.
 */
export function updateProviderSettings(
  db: ProvidersDb,
  staff: Staff,
  providerId: string,
  input: ProviderSettingsInput,
): Promise<SettingsAnswer> {
  return answerOrRefusal<SettingsAnswer>(() =>
    db.transaction(async (tx) => {
      const [provider] = await tx.select().from(providers).where(eq(providers.id, providerId)).for('update');
      if (!provider) throw new Error(`provider ${providerId} is missing`);
      if (input.expectedVersion != null && input.expectedVersion !== provider.settingsVersion) {
        throw new Refusal(staleVersion(provider.id, provider.settingsVersion));
      }
      const given: Partial<Pick<ProviderRow, Setting>> = {
        ...(input.autoConfirm != null && { autoConfirm: input.autoConfirm }),
        ...(input.cancellationWindowHours != null && { cancellationWindowHours: input.cancellationWindowHours }),
        ...(input.address !== undefined && { address: input.address }),
        ...(input.mapUrl !== undefined && { mapUrl: input.mapUrl }),
        ...(input.videoCallUrl !== undefined && { videoCallUrl: input.videoCallUrl }),
        ...(input.notificationEmail !== undefined && { notificationEmail: input.notificationEmail }),
        ...(input.staffLocale != null && { staffLocale: input.staffLocale }),
      };
      const before: AuditValues = {};
      const after: AuditValues = {};
      const change: Partial<ProviderRow> = {};
      for (const [key, value] of Object.entries(given) as [Setting, ProviderRow[Setting]][]) {
        if (provider[key] === value) continue;
        before[key] = provider[key];
        after[key] = value;
        Object.assign(change, { [key]: value });
      }
      if (input.coordinators) {
        const stored = ordered(
          await tx
            .select({ language: coordinators.language, channels: coordinators.channels })
            .from(coordinators)
            .where(eq(coordinators.providerId, provider.id))
            .orderBy(asc(coordinators.language)),
        );
        const wanted = ordered(input.coordinators);
        if (JSON.stringify(stored) !== JSON.stringify(wanted)) {
          await tx.delete(coordinators).where(eq(coordinators.providerId, provider.id));
          if (input.coordinators.length > 0) {
            await tx
              .insert(coordinators)
              .values(input.coordinators.map((coordinator) => ({ providerId: provider.id, ...coordinator })));
          }
          before.coordinators = stored;
          after.coordinators = wanted;
        }
      }
      if (Object.keys(after).length === 0) return provider;
      const [updated] = await tx
        .update(providers)
        .set({ ...change, settingsVersion: provider.settingsVersion + 1 })
        .where(eq(providers.id, provider.id))
        .returning();
      if (!updated) throw new Error(`provider ${provider.id} is missing`);
      await recordAudit(tx, auditTrail, staff, {
        action: 'provider.settings',
        entityType: 'Provider',
        entityId: provider.id,
        owner: { provider: provider.slug },
        before,
        after,
      });
      return updated;
    }),
  );
}

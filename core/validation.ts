import { createHash } from 'node:crypto';
import { z } from 'zod';
import { LOCALES, type LocalizedText } from './locale';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export const idSchema = z.string().regex(UUID, 'is not a valid id');

/** `entity(id, slug)` lookups: exactly one of the two. */
export const lookupArgsSchema = z
  .object({ id: idSchema.nullish(), slug: z.string().max(200).nullish() })
  .refine((args) => Boolean(args.id) !== Boolean(args.slug), {
    message: 'give exactly one of id and slug',
    path: ['id'],
  });

export const idempotencyKeySchema = z
  .string()
  .min(8, 'must be 8 to 100 characters')
  .max(100, 'must be 8 to 100 characters')
  .regex(/^[A-Za-z0-9._:-]+$/, 'may contain only letters, digits and . _ : -');

export const countryCodeSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as JP'));

/** Texts per locale as staff enter them ([{ locale, text }]), stored as LocalizedText; EN or KO is required. */
export function localizedTextInput(maxLength: number) {
  return z
    .array(
      z.object({
        locale: z.enum(LOCALES),
        text: z.string().trim().min(1, 'must not be empty').max(maxLength, `must be at most ${maxLength} characters`),
      }),
    )
    .max(LOCALES.length)
    .refine((texts) => new Set(texts.map((entry) => entry.locale)).size === texts.length, 'has a locale twice')
    .refine((texts) => texts.some((entry) => entry.locale === 'EN' || entry.locale === 'KO'), 'needs an EN or KO text')
    .transform((texts): LocalizedText => Object.fromEntries(texts.map((entry) => [entry.locale, entry.text])));
}

/** The readable part of a URL staff choose for a package, campaign or event. */
export const slugSchema = z
  .string()
  .trim()
  .min(3, 'must be 3 to 80 characters')
  .max(80, 'must be 3 to 80 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'may contain only lowercase letters, digits and single hyphens');

/** An embed site's key, as partner pages send it. */
export const siteKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{3,64}$/, 'is not a site key');

export const campaignCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{3,32}$/, 'is not a campaign code')
  .transform((value) => value.toUpperCase());

/** A patient's contact details: the minimum needed to answer them, nothing about their health. */
export const contactSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  email: z.string().trim().max(254, 'must be at most 254 characters').pipe(z.email('is not an email address')),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,24}$/, 'is not a phone number')
    .nullish(),
  nationality: countryCodeSchema,
  locale: z.enum(LOCALES),
});

export const consentSchema = z.literal(true, { error: 'must be given to continue' });

/** A stable fingerprint of a mutation's input, to tell a retry from a different request under the same key. */
export function requestFingerprint(input: unknown): string {
  const canonical = JSON.stringify(input, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A short booking reference patients can read over the phone, e.g. MT-7K3Q9P. */
export function newReference(prefix: string): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]).join('')}`;
}

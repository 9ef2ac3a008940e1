import { createHash } from 'node:crypto';
import { z } from 'zod';
import { LOCALES, type LocalizedText } from './locale';
import { checkLink } from './safe-link';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

// C0 control characters other than tab, line feed and carriage return: no visitor types them, a NUL is refused
// by Postgres (text cannot hold it), and the rest only hide text from the staff who read it.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The one rule every string a client sends must pass (arguments, variables, cursors), wherever it goes:
 * no C0 control characters but \t \n \r, and no lone UTF-16 surrogates (Postgres cannot encode them as UTF-8).
 * Returns what is wrong, or null.
 */
export function textProblem(value: string): string | null {
  if (CONTROL_CHARACTER.test(value)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode (no lone surrogates)';
  return null;
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

/** An IANA time zone the runtime knows (e.g. America/Los_Angeles), in its canonical spelling. */
export const timeZoneSchema = z
  .string()
  .trim()
  .max(64, 'is not a time zone')
  .transform((zone, context) => {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      context.addIssue({ code: 'custom', message: 'is not a time zone (e.g. America/Los_Angeles)' });
      return z.NEVER;
    }
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

// ---------------------------------------------------------------------------------------------------------------
// Links staff store and visitors follow (issue 10, class 7).

/**
 * A link on a creative (or anything else stored to be followed): https, or a path that stays on the page's own
 * origin, judged on the parsed URL (core/safe-link.ts, shared with the widgets). Answers the normalised link, so
 * what is stored is exactly what was checked.
 */
export const safeLinkSchema = z.string().transform((value, context) => {
  const checked = checkLink(value);
  if (checked.ok) return checked.href;
  context.addIssue({ code: 'custom', message: checked.problem });
  return z.NEVER;
});
